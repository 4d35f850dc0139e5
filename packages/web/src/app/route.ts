/**
 * The pages of the app as data, kept in the URL hash so that reload and the back button work
 * without a router library or server-side routes.
 */
export type EditorTab = 'persoon' | 'gesprek' | 'lezen' | 'versies';
export const EDITOR_TABS: readonly EditorTab[] = ['persoon', 'gesprek', 'lezen', 'versies'];

export type Route =
  | { readonly page: 'login' }
  | { readonly page: 'cases' }
  | { readonly page: 'case'; readonly caseId: string }
  | { readonly page: 'map'; readonly caseId: string; readonly mapId: string; readonly tab: EditorTab }
  /** The family's version of the network plan, on its own page to print. */
  | { readonly page: 'familyPlan'; readonly caseId: string }
  | { readonly page: 'socialMap' }
  /** The beheerder's page: accounts and the audit log. */
  | { readonly page: 'admin' }
  /** The zorgkracht survey: open per site, enter paper forms, results (issue 13). */
  | { readonly page: 'survey' }
  /** Figures over the network maps per quarter, for the beheerder and the onderzoeker. */
  | { readonly page: 'orgReport' }
  /** The survey's paper form, to print. */
  | { readonly page: 'surveyPaper' }
  /** Self-completion with the token of a survey link: no account, nothing else reachable. */
  | { readonly page: 'answer'; readonly token: string }
  /** The family's one-page print-out alone on a page: what the server turns into a PDF. */
  | { readonly page: 'print'; readonly mapId: string; readonly planOf?: string }
  /** Issue 12: the doelenplan per life domain (two views), the family's rights schema (printed alone), the organisation's rights. */
  | { readonly page: 'doelenplan'; readonly caseId: string }
  | { readonly page: 'rightsSchema'; readonly caseId: string }
  | { readonly page: 'rightsAdmin' }
  /** The organisation's signals and network meetings; the agenda of one meeting (printable). */
  | { readonly page: 'signals' }
  | { readonly page: 'agenda'; readonly meetingId: string }
  /** The caseload of workers and teams. */
  | { readonly page: 'caseload' }
  /** Everything a case holds, readable, alone on a page: what the server turns into the family's PDF. */
  | { readonly page: 'caseData'; readonly caseId: string }
  /** The catalogue of working models and initiatives: the list, one model, one initiative. */
  | { readonly page: 'catalogue' }
  | { readonly page: 'workingModel'; readonly code: string }
  | { readonly page: 'initiative'; readonly id: string };

const SAFE = /^[A-Za-z0-9_-]{1,64}$/;

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter((p) => p !== '').map(decodeURIComponent);
  const [first, caseId, second, mapId, tab] = parts;
  if (first === 'login') return { page: 'login' };
  if (first === 'sociale-kaart') return { page: 'socialMap' };
  if (first === 'beheer') return { page: 'admin' };
  if (first === 'rechten') return { page: 'rightsAdmin' };
  if (first === 'signalen') return caseId === 'overleg' && second !== undefined && SAFE.test(second) ? { page: 'agenda', meetingId: second } : { page: 'signals' };
  if (first === 'caseload') return { page: 'caseload' };
  if (first === 'gegevens' && caseId !== undefined && SAFE.test(caseId)) return { page: 'caseData', caseId };
  if (first === 'cijfers') return { page: 'orgReport' };
  if (first === 'vragenlijst') return caseId === 'papier' ? { page: 'surveyPaper' } : { page: 'survey' };
  if (first === 'invullen' && caseId !== undefined && SAFE.test(caseId)) return { page: 'answer', token: caseId };
  if (first === 'catalogus') {
    if (caseId === 'werkmodel' && second !== undefined && SAFE.test(second)) return { page: 'workingModel', code: second };
    if (caseId === 'initiatief' && second !== undefined && SAFE.test(second)) return { page: 'initiative', id: second };
    return { page: 'catalogue' };
  }
  if (first === 'afdruk' && caseId !== undefined && SAFE.test(caseId)) {
    // `afdruk/<map>/gezinsplan/<case>`: the print-out with the family's plan after the map.
    if (second === 'gezinsplan' && mapId !== undefined && SAFE.test(mapId)) return { page: 'print', mapId: caseId, planOf: mapId };
    return { page: 'print', mapId: caseId };
  }
  if (first === 'dossiers' && caseId !== undefined && SAFE.test(caseId)) {
    if (second === 'kaart' && mapId !== undefined && SAFE.test(mapId)) {
      return { page: 'map', caseId, mapId, tab: (EDITOR_TABS as readonly string[]).includes(tab ?? '') ? (tab as EditorTab) : 'persoon' };
    }
    if (second === 'gezinsplan') return { page: 'familyPlan', caseId };
    if (second === 'doelenplan') return { page: 'doelenplan', caseId };
    if (second === 'rechtenschema') return { page: 'rightsSchema', caseId };
    return { page: 'case', caseId };
  }
  return { page: 'cases' };
}

export function formatRoute(route: Route): string {
  switch (route.page) {
    case 'login':
      return '#/login';
    case 'cases':
      return '#/dossiers';
    case 'case':
      return `#/dossiers/${encodeURIComponent(route.caseId)}`;
    case 'map':
      return `#/dossiers/${encodeURIComponent(route.caseId)}/kaart/${encodeURIComponent(route.mapId)}/${route.tab}`;
    case 'print':
      return `#/afdruk/${encodeURIComponent(route.mapId)}${route.planOf ? `/gezinsplan/${encodeURIComponent(route.planOf)}` : ''}`;
    case 'familyPlan':
      return `#/dossiers/${encodeURIComponent(route.caseId)}/gezinsplan`;
    case 'socialMap':
      return '#/sociale-kaart';
    case 'admin':
      return '#/beheer';
    case 'doelenplan':
      return `#/dossiers/${encodeURIComponent(route.caseId)}/doelenplan`;
    case 'rightsSchema':
      return `#/dossiers/${encodeURIComponent(route.caseId)}/rechtenschema`;
    case 'rightsAdmin':
      return '#/rechten';
    case 'signals':
      return '#/signalen';
    case 'agenda':
      return `#/signalen/overleg/${encodeURIComponent(route.meetingId)}`;
    case 'caseload':
      return '#/caseload';
    case 'caseData':
      return `#/gegevens/${encodeURIComponent(route.caseId)}`;
    case 'survey':
      return '#/vragenlijst';
    case 'surveyPaper':
      return '#/vragenlijst/papier';
    case 'orgReport':
      return '#/cijfers';
    case 'answer':
      return `#/invullen/${encodeURIComponent(route.token)}`;
    case 'catalogue':
      return '#/catalogus';
    case 'workingModel':
      return `#/catalogus/werkmodel/${encodeURIComponent(route.code)}`;
    case 'initiative':
      return `#/catalogus/initiatief/${encodeURIComponent(route.id)}`;
  }
}
