import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../cases/workspace-store.js';
import { CaseListPage } from '../pages/CaseListPage.js';
import { CasePage } from '../pages/CasePage.js';
import { LoginPage } from '../pages/LoginPage.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { formatRoute } from './route.js';
import { useRoute } from './use-route.js';

// The editor (d3, the indicators, the map format) loads only when a map is opened.
const MapEditorPage = lazy(() => import('../pages/MapEditorPage.js'));

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const { workspace, dropped, update, saveError } = useWorkspace();
  const mainRef = useRef<HTMLElement>(null);

  // Move focus to the new page so keyboard and screen-reader users start at its top.
  useEffect(() => {
    mainRef.current?.focus();
  }, [route.page]);

  const goCases = () => { window.location.hash = formatRoute({ page: 'cases' }); };

  return (
    <>
      <a className="skip-link" href="#main">{t('app.skip')}</a>
      <header className="app-header">
        <a className="brand" href={formatRoute({ page: 'cases' })}>{t('app.name')}</a>
        <span className="tagline">{t('app.tagline')}</span>
        <nav aria-label={t('app.nav.main')}>
          <ul>
            <li><a href={formatRoute({ page: 'cases' })} aria-current={route.page === 'cases' ? 'page' : undefined}>{t('app.nav.cases')}</a></li>
            <li><a href={formatRoute({ page: 'login' })} aria-current={route.page === 'login' ? 'page' : undefined}>{t('app.nav.login')}</a></li>
          </ul>
        </nav>
        <LanguageSwitch />
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {dropped > 0 ? <p className="error-notice" role="alert">{t('errors.storageDropped', { count: dropped })}</p> : null}
        {saveError ? <p className="error-notice" role="alert">{t('errors.storageFull')}</p> : null}
        {route.page === 'login' ? <LoginPage onLoggedIn={goCases} onOffline={goCases} /> : null}
        {route.page === 'cases' ? <CaseListPage workspace={workspace} update={update} /> : null}
        {route.page === 'case' ? <CasePage workspace={workspace} caseId={route.caseId} update={update} /> : null}
        {route.page === 'map' ? (
          <Suspense fallback={<p>{t('app.loading')}</p>}>
            <MapEditorPage workspace={workspace} update={update} caseId={route.caseId} mapId={route.mapId} tab={route.tab} />
          </Suspense>
        ) : null}
      </main>
    </>
  );
}
