import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseListPage } from '../pages/CaseListPage.js';
import { CasePage } from '../pages/CasePage.js';
import { LoginPage } from '../pages/LoginPage.js';
import { PasswordPage } from '../pages/PasswordPage.js';
import { OfflineUnlockPage } from '../offline/OfflineUnlockPage.js';
import { SyncIndicator } from '../offline/SyncIndicator.js';
import { waitingDraftCount } from '../device/device-storage.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { ResetNotice } from './ResetNotice.js';
import { formatRoute, type EditorTab } from './route.js';
import { useEditorModule } from '../pages/editor-module.js';
import { preloadEditorData } from '../pages/editor-preload.js';
import { useRoute } from './use-route.js';
import { useSession } from './use-session.js';

// The editor (d3, the indicators, the map format) loads only when a map is opened, without a
// Suspense fallback and together with the map's data (pages/editor-preload.ts).
const PrintPage = lazy(() => import('../pages/PrintPage.js'));
// The sociale kaart and the family's plan are pages of their own, loaded when opened.
const SocialMapPage = lazy(() => import('../social-map/SocialMapPage.js'));
const FamilyPlanPage = lazy(() => import('../plan/FamilyPlanPage.js'));
const AdminPage = lazy(() => import('../admin/AdminPage.js'));
// Issue 12: family support's own pages.
const DoelenplanPage = lazy(() => import('../family/DoelenplanPage.js'));
const RightsSchemaPage = lazy(() => import('../family/RightsSchemaPage.js'));
const RightsAdminPage = lazy(() => import('../family/RightsAdminPage.js'));
const SignalsPage = lazy(() => import('../signals/SignalsPage.js'));
const AgendaPage = lazy(() => import('../signals/AgendaPage.js'));
const CaseloadPage = lazy(() => import('../coordination/CaseloadPage.js'));
const CaseDataPage = lazy(() => import('../coordination/CaseDataPage.js'));
// The survey: the staff page, the paper form and the respondent's page without an account.
const SurveyPage = lazy(() => import('../survey/SurveyPage.js'));
const PaperForm = lazy(() => import('../survey/PaperForm.js'));
const AnswerPage = lazy(() => import('../survey/AnswerPage.js'));
const OrganisationReportPage = lazy(() => import('../org-report/OrganisationReportPage.js'));
// The catalogue (working models and initiatives, a large text) loads only when opened.
const CataloguePage = lazy(() => import('../catalogue/CataloguePage.js'));

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const { state, signedIn, unlock, signOut, resetNoticeSeen } = useSession();
  const mainRef = useRef<HTMLElement>(null);

  // Move focus to the new page so keyboard and screen-reader users start at its top.
  useEffect(() => {
    mainRef.current?.focus();
  }, [route.page, state.status]);

  if (route.page === 'print' && state.status === 'signed-in' && !state.user.mustChangePassword) {
    // The print-out stands alone: no header, nothing else on the page (also what the PDF shows).
    return <main id="main" className="print-page"><Suspense fallback={<p>{t('app.loading')}</p>}><PrintPage mapId={route.mapId} planOf={route.planOf ?? null} /></Suspense></main>;
  }
  if (route.page === 'rightsSchema' && state.status === 'signed-in' && !state.user.mustChangePassword) {
    // The family's rights schema stands alone too: it is what the server prints to PDF.
    return <main id="main" className="print-page"><Suspense fallback={<p>{t('app.loading')}</p>}><RightsSchemaPage caseId={route.caseId} /></Suspense></main>;
  }

  if (route.page === 'caseData' && state.status === 'signed-in' && !state.user.mustChangePassword) {
    // The family's data stands alone like the print-out: it is also what the PDF shows.
    return <main id="main" className="print-page"><Suspense fallback={<p>{t('app.loading')}</p>}><CaseDataPage caseId={route.caseId} /></Suspense></main>;
  }

  if (route.page === 'answer') {
    // A respondent on a tablet: the questions only, no header, no menu, no account needed.
    return <main id="main" className="answer-main" ref={mainRef} tabIndex={-1}><Suspense fallback={<p>{t('app.loading')}</p>}><AnswerPage token={route.token} /></Suspense></main>;
  }

  const page = () => {
    if (state.status === 'checking') return <p className="page">{t('app.loading')}</p>;
    if (state.status === 'anonymous') return <LoginPage onLoggedIn={signedIn} />;
    if (state.status === 'locked') return <OfflineUnlockPage onUnlock={unlock} />;
    if (state.user.mustChangePassword) return <PasswordPage reset={state.user.passwordReset} onChanged={signedIn} />;
    switch (route.page) {
      case 'login':
      case 'cases':
        return <CaseListPage user={state.user} />;
      case 'case':
        return <CasePage caseId={route.caseId} />;
      case 'familyPlan':
        return <Suspense fallback={<p>{t('app.loading')}</p>}><FamilyPlanPage caseId={route.caseId} /></Suspense>;
      case 'socialMap':
        return <Suspense fallback={<p>{t('app.loading')}</p>}><SocialMapPage user={state.user} /></Suspense>;
      case 'survey':
        return <Suspense fallback={<p>{t('app.loading')}</p>}><SurveyPage user={state.user} onSignOut={signOut} /></Suspense>;
      case 'orgReport':
        return state.user.role === 'beheerder' || state.user.role === 'onderzoeker'
          ? <Suspense fallback={<p>{t('app.loading')}</p>}><OrganisationReportPage /></Suspense>
          : <CaseListPage user={state.user} />;
      case 'surveyPaper':
        return <Suspense fallback={<p>{t('app.loading')}</p>}><PaperForm /></Suspense>;
      case 'catalogue':
      case 'workingModel':
      case 'initiative':
        return <Suspense fallback={<p className="page">{t('app.loading')}</p>}><CataloguePage route={route} /></Suspense>;
      case 'admin':
        return state.user.role === 'beheerder' ? <Suspense fallback={<p>{t('app.loading')}</p>}><AdminPage /></Suspense> : <CaseListPage user={state.user} />;
      case 'doelenplan':
        return <Suspense fallback={<p>{t('app.loading')}</p>}><DoelenplanPage caseId={route.caseId} /></Suspense>;
      case 'rightsSchema':
        return <Suspense fallback={<p>{t('app.loading')}</p>}><RightsSchemaPage caseId={route.caseId} /></Suspense>;
      case 'rightsAdmin':
        return <Suspense fallback={<p>{t('app.loading')}</p>}><RightsAdminPage user={state.user} /></Suspense>;
      case 'signals':
        return <Suspense fallback={<p>{t('app.loading')}</p>}><SignalsPage user={state.user} /></Suspense>;
      case 'agenda':
        return state.user.role === 'onderzoeker' ? <Suspense fallback={<p>{t('app.loading')}</p>}><SignalsPage user={state.user} /></Suspense>
          : <Suspense fallback={<p>{t('app.loading')}</p>}><AgendaPage meetingId={route.meetingId} /></Suspense>;
      case 'caseload':
        return state.user.role === 'onderzoeker' ? <CaseListPage user={state.user} /> : <Suspense fallback={<p>{t('app.loading')}</p>}><CaseloadPage user={state.user} /></Suspense>;
      case 'map':
        return <EditorRoute caseId={route.caseId} mapId={route.mapId} tab={route.tab} />;
      case 'print':
      case 'caseData':
        return (
          <Suspense fallback={<p>{t('app.loading')}</p>}>
            {route.page === 'print' ? <PrintPage mapId={route.mapId} planOf={route.planOf ?? null} /> : <CaseDataPage caseId={route.caseId} />}
          </Suspense>
        );
    }
  };

  return (
    <>
      <a className="skip-link" href="#main">{t('app.skip')}</a>
      <header className="app-header">
        <a className="brand" href={formatRoute({ page: 'cases' })}>{t('app.name')}</a>
        <span className="tagline">{t('app.tagline')}</span>
        {/* With a one-time password only the password change is open: no links to pages that would refuse. */}
        {state.status === 'signed-in' && state.user.mustChangePassword ? null : (
          <nav aria-label={t('app.nav.main')}>
            <ul>
              <li><a href={formatRoute({ page: 'cases' })} aria-current={route.page === 'cases' ? 'page' : undefined}>{t('app.nav.cases')}</a></li>
              {state.status === 'signed-in' && (state.user.role === 'beheerder' || state.user.role === 'onderzoeker')
                ? <li><a href={formatRoute({ page: 'orgReport' })} aria-current={route.page === 'orgReport' ? 'page' : undefined}>{t('orgReport.nav')}</a></li>
                : null}
              {state.status === 'signed-in' ? <li><a href={formatRoute({ page: 'survey' })} aria-current={route.page === 'survey' ? 'page' : undefined}>{t('survey.nav')}</a></li> : null}
              {state.status === 'signed-in' ? <li><a href={formatRoute({ page: 'socialMap' })} aria-current={route.page === 'socialMap' ? 'page' : undefined}>{t('socialMap.nav')}</a></li> : null}
              {state.status === 'signed-in' ? <li><a href={formatRoute({ page: 'rightsAdmin' })} aria-current={route.page === 'rightsAdmin' ? 'page' : undefined}>{t('family.admin.nav')}</a></li> : null}
              {state.status === 'signed-in' ? <li><a href={formatRoute({ page: 'signals' })} aria-current={route.page === 'signals' || route.page === 'agenda' ? 'page' : undefined}>{t('signals.nav')}</a></li> : null}
              {state.status === 'signed-in' && state.user.role !== 'onderzoeker'
                ? <li><a href={formatRoute({ page: 'caseload' })} aria-current={route.page === 'caseload' ? 'page' : undefined}>{t('caseload.nav')}</a></li>
                : null}
              {state.status === 'signed-in' ? <li><a href={formatRoute({ page: 'catalogue' })} aria-current={route.page === 'catalogue' ? 'page' : undefined}>{t('catalogue.nav')}</a></li> : null}
              {state.status === 'signed-in' && state.user.role === 'beheerder'
                ? <li><a href={formatRoute({ page: 'admin' })} aria-current={route.page === 'admin' ? 'page' : undefined}>{t('admin.nav')}</a></li>
                : null}
            </ul>
          </nav>
        )}
        {state.status === 'signed-in' || state.status === 'locked' ? <SyncIndicator /> : null}
        {state.status === 'signed-in' ? (
          <span className="account">
            {/* At laptop widths only the name shows (the words stay for screen readers), so the menu keeps one row. */}
            <span className="account-label">{t('app.signedInAs')}</span> <span className="account-name">{state.user.displayName}</span>{' '}
            <button type="button" className="link" onClick={() => {
              // Edits not yet on the server would be lost with the device key: ask first.
              if (waitingDraftCount() > 0 && !window.confirm(t('offline.signOutWaiting'))) return;
              void signOut().then(() => { window.location.hash = formatRoute({ page: 'login' }); });
            }}>{t('app.nav.logout')}</button>
          </span>
        ) : null}
        <LanguageSwitch />
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {state.status === 'signed-in' && state.user.passwordReset && !state.user.mustChangePassword
          ? <div className="page"><ResetNotice reset={state.user.passwordReset} onSeen={() => { void resetNoticeSeen(); }} /></div>
          : null}
        {page()}
      </main>
    </>
  );
}

/** The map editor: its code and the map's data are asked for at once. */
function EditorRoute({ caseId, mapId, tab }: { caseId: string; mapId: string; tab: EditorTab }) {
  const { t } = useTranslation();
  // Idempotent: the first render of this map starts the requests, later renders find them started.
  preloadEditorData(caseId, mapId);
  const editor = useEditorModule();
  if (!editor) return <p className="page">{t('app.loading')}</p>;
  const MapEditorPage = editor.default;
  return <MapEditorPage caseId={caseId} mapId={mapId} tab={tab} />;
}
