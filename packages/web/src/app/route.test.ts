import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from './route.js';

describe('hash routes', () => {
  it('every route survives a round trip through the URL hash', () => {
    const routes: Route[] = [
      { page: 'login' },
      { page: 'cases' },
      { page: 'case', caseId: 'c1' },
      { page: 'map', caseId: 'c1', mapId: 'm-2', tab: 'versies' },
      { page: 'print', mapId: 'm-2' },
      { page: 'print', mapId: 'm-2', planOf: 'c1' },
      { page: 'familyPlan', caseId: 'c1' },
      { page: 'socialMap' },
      { page: 'admin' },
      { page: 'doelenplan', caseId: 'c1' },
      { page: 'rightsSchema', caseId: 'c1' },
      { page: 'rightsAdmin' },
      { page: 'signals' },
      { page: 'agenda', meetingId: 'm-3' },
      { page: 'caseload' },
      { page: 'caseData', caseId: 'c1' },
      { page: 'survey' },
      { page: 'surveyPaper' },
      { page: 'orgReport' },
      { page: 'answer', token: 'AbC-12_xyz' },
      { page: 'catalogue' },
      { page: 'workingModel', code: 'buddywerking' },
      { page: 'initiative', id: 'samen-op-stap' },
    ];
    for (const route of routes) expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('an unknown or unsafe hash falls back to the case list', () => {
    expect(parseRoute('')).toEqual({ page: 'cases' });
    expect(parseRoute('#/iets')).toEqual({ page: 'cases' });
    expect(parseRoute('#/dossiers/<script>')).toEqual({ page: 'cases' });
    expect(parseRoute('#/signalen/overleg/<x>')).toEqual({ page: 'signals' });
    expect(parseRoute('#/gegevens/<x>')).toEqual({ page: 'cases' });
    // A survey link with a token that is not one of ours opens nothing but the case list.
    expect(parseRoute('#/invullen/a%20b')).toEqual({ page: 'cases' });
  });

  it('an unknown editor tab opens the person tab', () => {
    expect(parseRoute('#/dossiers/c/kaart/m/xyz')).toEqual({ page: 'map', caseId: 'c', mapId: 'm', tab: 'persoon' });
  });
});
