import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import {
  labelOf, latestCurrentSnapshot, snapshotId, STATUS_VOCABULARY, type AlterId, type CaseMember, type Indicators, type Snapshot, type SnapshotComparison, type SnapshotKind,
} from '@netwerkkracht/core';
import { maps, type ServerMap } from '../api/endpoints.js';
import type { ApiError } from '../api/api-error.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { useLoad } from '../app/use-load.js';
import { takeEditorData } from './editor-preload.js';
import { docFromMap, type EditorDoc } from '../editor/editor-doc.js';
import { createEditorState, runCommand, type EditorCommand } from '../editor/editor-state.js';
import { canRedo, canUndo } from '../editor/history.js';
import type { Point } from '../editor/geometry.js';
import { MapCanvas } from '../editor/components/MapCanvas.js';
import { EditPanel } from '../editor/components/EditPanel.js';
import { Toolbar, type ExportKind } from '../editor/components/Toolbar.js';
import { PeopleList } from '../editor/components/PeopleList.js';
import { Legend } from '../editor/components/Legend.js';
import { ReadingView } from '../reading/ReadingView.js';
import { CompareView, CURRENT, describeVersion, VersionsPanel } from '../versions/VersionsPanel.js';
import { GuidePanel } from '../guide/GuidePanel.js';
import type { GuideState } from '../guide/guide-state.js';
import { useGuideSync } from '../guide/use-guide-sync.js';
import { PrintSheet } from '../print/PrintSheet.js';
import { interop } from '../api/interop-endpoints.js';
import { newId, today } from '../app/ids.js';
import type { LocalDraft } from '../maps/local-draft.js';
import { useMapSync } from '../maps/use-map-sync.js';
import { savedVersions, WORKING_ID, workingVersion } from '../maps/working-version.js';
import { ConflictNotice } from '../maps/ConflictNotice.js';
import { ConflictScreen } from '../offline/ConflictScreen.js';
import { EDITOR_TABS, formatRoute, type EditorTab } from '../app/route.js';
import { useLanguage } from '../i18n/use-language.js';
import { ringLabel, sectorLabel } from '../i18n/vocab.js';

interface Props {
  readonly caseId: string;
  readonly mapId: string;
  readonly tab: EditorTab;
}

/** The map editor page: loads the map (and the case's members) from the server, then edits it. */
export default function MapEditorPage(props: Props) {
  const { t } = useTranslation();
  const { loaded, reload } = useLoad(() => takeEditorData(props.caseId, props.mapId), [props.mapId, props.caseId], props.mapId);
  if (loaded.status === 'loading') return <p className="page">{t('app.loading')}</p>;
  if (loaded.status === 'failed') {
    return (
      <section className="page">
        {loaded.error.kind === 'not_found' ? <p>{t('caseView.notFound')}</p> : <ErrorNotice error={loaded.error} onReload={reload} />}
        <a href={formatRoute({ page: 'cases' })}>{t('caseView.back')}</a>
      </section>
    );
  }
  const { server, members, draft, guide, onDevice } = loaded.value;
  return <Editor key={props.mapId} {...props} initial={server} members={members} draft={draft} initialGuide={guide} guideVersion={loaded.value.guideVersion} guideUnsent={loaded.value.guideUnsent} onDevice={onDevice} />;
}

/** Where the editor starts: the server's working version, or this device's unsaved edits on top of it. */
function startingPoint(server: ServerMap, draft: LocalDraft | null): { doc: EditorDoc; saved: EditorDoc | null; recovered: boolean } {
  const fromServer = docFromMap(server.map, workingVersion(server.map, today()));
  if (!draft) return { doc: fromServer, saved: fromServer, recovered: false };
  // Edits based on an older version are still offered: the first save then meets the conflict
  // notice, where the user decides, instead of the edits vanishing.
  const doc = docFromMap(draft.map, workingVersion(draft.map, today()));
  return { doc, saved: null, recovered: true };
}

interface Comparing {
  readonly from: Snapshot;
  readonly to: Snapshot;
  readonly fromName: string;
  readonly toName: string;
  readonly comparison: SnapshotComparison;
}

interface EditorProps extends Props {
  readonly initial: ServerMap;
  readonly members: readonly CaseMember[];
  /** This device's unsaved edits of the map, already opened and checked. */
  readonly draft: LocalDraft | null;
  readonly initialGuide: GuideState;
  readonly guideVersion: number;
  readonly guideUnsent: boolean;
  /** Whether this device can keep the edits (a device key is there). */
  readonly onDevice: boolean;
}

function Editor({ caseId, mapId, tab, initial, members, draft, initialGuide, guideVersion, guideUnsent, onDevice }: EditorProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [start] = useState(() => startingPoint(initial, draft));
  const [state, dispatch] = useReducer(runCommand, undefined, () => createEditorState(start.doc));
  const doc = state.history.present;
  const reset = useCallback((next: EditorDoc) => dispatch({ action: 'reset', doc: next }), []);
  const sync = useMapSync(initial, start.saved, doc, reset, onDevice, draft);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [savedIndicators, setSavedIndicators] = useState<Indicators | null>(null);
  const { guide, send: sendGuide, error: guideError, retry: retryGuide } = useGuideSync(mapId, initialGuide, guideVersion, guideUnsent);
  const [announcement, setAnnouncement] = useState('');
  // A new person gets the keyboard focus on the map (the name can be changed in the panel beside it).
  const [focusRequest, setFocusRequest] = useState<{ id: AlterId; nonce: number } | null>(null);
  const focusNew = useCallback((id: AlterId) => setFocusRequest((before) => ({ id, nonce: (before?.nonce ?? 0) + 1 })), []);
  // The print sheet is a second full drawing: only render it while printing.
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const [comparing, setComparing] = useState<Comparing | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;

  const run = useCallback((command: EditorCommand) => {
    dispatch(command);
  }, []);

  // The reading uses the server's analysis (with the organisation's settings) once the map is saved.
  const saved = sync.status === 'saved';
  const savedVersion = sync.server.version;
  useEffect(() => {
    if (!saved || tab !== 'lezen' || !sync.server.map.snapshots.some((x) => x.id === WORKING_ID)) {
      setSavedIndicators(null);
      return;
    }
    let live = true;
    void maps.analysis(mapId, WORKING_ID).then((result) => { if (live) setSavedIndicators(result.ok ? result.value : null); });
    return () => { live = false; };
  }, [saved, savedVersion, tab, mapId, sync.server.map.snapshots]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      if (!(e.ctrlKey || e.metaKey)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) { e.preventDefault(); dispatch({ action: 'undo' }); }
      else if (key === 'y' || (key === 'z' && e.shiftKey)) { e.preventDefault(); dispatch({ action: 'redo' }); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const uncategorised = t('editor.uncategorised');
  const describeMove = useCallback((id: AlterId) => {
    const current = stateRef.current.history.present;
    const alter = current.snapshot.alters.find((a) => a.id === id);
    if (!alter) return '';
    return t('editor.moved', {
      name: alter.name,
      sector: sectorLabel(alter.sector, lang, uncategorised),
      ring: ringLabel(alter.ring, current.ringCount, lang, (n) => t('editor.ring', { n })),
    });
  }, [t, lang, uncategorised]);

  const onAddAt = useCallback((point: Point) => {
    const id = newId() as AlterId;
    const name = t('editor.newPerson');
    dispatch({ action: 'addPerson', input: { id, name, at: point } });
    focusNew(id);
    setAnnouncement(t('editor.added', { name }));
    setTabTo('persoon');
  }, [t, focusNew]);

  const setTabTo = (next: EditorTab) => {
    window.location.hash = formatRoute({ page: 'map', caseId, mapId, tab: next });
  };

  const saveVersion = async (kind: SnapshotKind, date: string, label: string | undefined): Promise<boolean> => {
    setActionError(null);
    if (!(await sync.save())) return false;
    const result = await maps.saveVersion(mapId, sync.latestVersion(), {
      id: snapshotId(newId()), kind, date, copyFrom: WORKING_ID, ...(label ? { label } : {}),
      ...(doc.snapshot.appraisal ? { appraisal: doc.snapshot.appraisal } : {}),
    });
    if (!result.ok) {
      setActionError(result.error);
      return false;
    }
    const problem = await sync.refresh();
    if (problem) setActionError(problem);
    return true;
  };

  const compare = async (fromId: string, toId: string) => {
    setActionError(null);
    setComparing(null);
    if ((fromId === CURRENT || toId === CURRENT) && !(await sync.save())) return;
    const idOf = (id: string) => (id === CURRENT ? WORKING_ID : id);
    const result = await maps.compare(mapId, idOf(fromId), idOf(toId));
    if (!result.ok) return setActionError(result.error);
    const all = sync.current().snapshots;
    const from = all.find((x) => x.id === idOf(fromId));
    const to = all.find((x) => x.id === idOf(toId));
    if (!from || !to) return;
    const nameOf = (id: string, snap: Snapshot) => (id === CURRENT ? t('versions.current') : describeVersion(snap, lang));
    setComparing({ from, to, fromName: nameOf(fromId, from), toName: nameOf(toId, to), comparison: result.value });
  };

  const openPdf = async (withPlan: boolean) => {
    setActionError(null);
    // Without a connection this device makes the print-out (the print page, from what the device keeps).
    if (!navigator.onLine) {
      window.location.hash = formatRoute(withPlan ? { page: 'print', mapId, planOf: caseId } : { page: 'print', mapId });
      return;
    }
    if (await sync.save()) window.open(maps.pdfUrl(mapId, lang, withPlan), '_blank', 'noopener');
  };

  /** A download from the map's menu (docs/interop.md): saved first, so it holds the map as it is on the screen. */
  const openExport = async (kind: ExportKind, names: boolean) => {
    setActionError(null);
    if (!(await sync.save())) return;
    let url: string | undefined;
    if (kind === 'graphml') {
      // The working version exists on the server only once an edit was saved; else the latest saved version.
      const stored = sync.server.map.snapshots;
      const id = stored.some((s) => s.id === doc.snapshot.id) ? doc.snapshot.id : (latestCurrentSnapshot(sync.server.map) ?? stored[stored.length - 1])?.id;
      url = id ? interop.graphmlUrl(mapId, id, names) : undefined;
    } else if (kind === 'graphmlZip') url = interop.graphmlZipUrl(mapId, names);
    else url = interop.egorZipUrl(mapId, kind === 'egorExcel' ? 'excel' : 'r', names);
    if (url) window.open(url, '_blank', 'noopener');
  };

  const selected = useMemo(() => doc.snapshot.alters.find((a) => a.id === state.ui.selected) ?? null, [doc, state.ui.selected]);
  const egoName = sync.server.map.ego.name;
  const versionsMap = useMemo(() => ({ ...sync.server.map, snapshots: savedVersions(sync.server.map) }), [sync.server.map]);

  return (
    <div className="editor-page">
      <div className="editor-head">
        <a href={formatRoute({ page: 'case', caseId })}>← {t('editor.back')}</a>
        <h1>{t('editor.title', { name: egoName })}</h1>
        <Legend />
      </div>
      <Toolbar doc={doc} ui={state.ui} run={run} canUndo={canUndo(state.history)} canRedo={canRedo(state.history)} onPrint={() => window.print()} onPdf={(withPlan) => { void openPdf(withPlan); }} onExport={(kind, names) => { void openExport(kind, names); }} announcement={announcement} announce={setAnnouncement} />
      {sync.error && sync.error.kind === 'conflict' && sync.error.code !== 'consent_required'
        ? <ConflictNotice onReapply={sync.reapply} onDiscard={sync.discard} current={sync.current} onDevice={sync.onDevice} />
        : null}
      {sync.error && !(sync.error.kind === 'conflict' && sync.error.code !== 'consent_required')
        ? <ErrorNotice error={sync.error} override={!sync.onDevice && sync.error.kind === 'network' ? t('errors.networkPageOnly') : undefined} onReload={() => { void sync.reapply(); }} />
        : null}
      {sync.conflicts.length > 0 ? <ConflictScreen conflicts={sync.conflicts} onResolve={sync.resolve} /> : null}
      {/* Without a connection the guide waits on the device and goes when it is back (the header says so): no alarm. */}
      {guideError && guideError.kind !== 'network' ? <ErrorNotice error={guideError} onReload={retryGuide} /> : null}
      {actionError ? <ErrorNotice error={actionError} onReload={() => { void sync.refresh().then(() => setActionError(null)); }} /> : null}
      {start.recovered && sync.status !== 'saved' ? <p className="notice" role="status">{t('editor.recovered')}</p> : null}
      <div className="editor-body">
        <MapCanvas doc={doc} ui={state.ui} egoName={egoName} run={run} onAddAt={onAddAt} announce={setAnnouncement} describeMove={describeMove} focusRequest={focusRequest} />
        <aside className="side-panel" aria-label={t(`editor.tabs.${tab}`)}>
          <div role="tablist" className="tabs" aria-label={t('editor.tools')}>
            {EDITOR_TABS.map((id) => (
              <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls="side-tabpanel"
                tabIndex={tab === id ? 0 : -1} onClick={() => setTabTo(id)}
                onKeyDown={(e) => {
                  const i = EDITOR_TABS.indexOf(id);
                  const next = e.key === 'ArrowRight' ? EDITOR_TABS[(i + 1) % EDITOR_TABS.length] : e.key === 'ArrowLeft' ? EDITOR_TABS[(i - 1 + EDITOR_TABS.length) % EDITOR_TABS.length] : undefined;
                  if (next) { setTabTo(next); document.getElementById(`tab-${next}`)?.focus(); }
                }}>
                {t(`editor.tabs.${id}`)}
              </button>
            ))}
          </div>
          <div id="side-tabpanel" role="tabpanel" aria-labelledby={`tab-${tab}`} className="tabpanel">
            {tab === 'persoon' ? (selected
              ? <EditPanel key={selected.id} doc={doc} alter={selected} members={members} run={run} />
              : <PeopleList doc={doc} run={run} onAdded={(id, name) => { focusNew(id); setAnnouncement(t('editor.added', { name })); }} />) : null}
            {tab === 'gesprek' ? <GuidePanel guide={guide} send={sendGuide} doc={doc} run={run} /> : null}
            {tab === 'lezen' ? <ReadingView doc={doc} run={run} saved={savedIndicators} /> : null}
            {tab === 'versies' ? (
              <VersionsPanel map={versionsMap} doc={doc} egoName={egoName} onSave={saveVersion}
                onUse={(snapshot) => run({ action: 'loadSnapshot', input: { snapshot } })}
                onCompare={(fromId, toId) => { void compare(fromId, toId); }} />
            ) : null}
          </div>
        </aside>
      </div>
      {comparing ? <CompareView doc={doc} egoName={egoName} {...comparing} onClose={() => setComparing(null)} /> : null}
      <p className="save-state" role="status" data-save-state={sync.status}>
        {!sync.onDevice && (sync.status === 'unsaved' || sync.status === 'failed') ? t(`editor.pageOnly.${sync.status}`) : t(`editor.saveState.${sync.status}`)}
        {sync.status === 'unsaved' || sync.status === 'failed' ? <> <button type="button" className="link" onClick={() => { void sync.save(); }}>{t('editor.saveNow')}</button></> : null}
        {' · '}{labelOf(STATUS_VOCABULARY, 'actief', lang)}: {doc.snapshot.alters.filter((a) => a.status === 'actief').length}
      </p>
      {printing ? <PrintSheet doc={doc} egoName={egoName} /> : null}
    </div>
  );
}
