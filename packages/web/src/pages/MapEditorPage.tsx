import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { labelOf, snapshotId, STATUS_VOCABULARY, type AlterId, type Snapshot, type SnapshotKind } from '@netwerkkracht/core';
import { docFromMap } from '../editor/editor-doc.js';
import { createEditorState, runCommand, type EditorCommand } from '../editor/editor-state.js';
import { canRedo, canUndo } from '../editor/history.js';
import type { Point } from '../editor/geometry.js';
import { MapCanvas } from '../editor/components/MapCanvas.js';
import { EditPanel } from '../editor/components/EditPanel.js';
import { Toolbar } from '../editor/components/Toolbar.js';
import { PeopleList } from '../editor/components/PeopleList.js';
import { Legend } from '../editor/components/Legend.js';
import { ReadingView } from '../reading/ReadingView.js';
import { CompareView, VersionsPanel } from '../versions/VersionsPanel.js';
import { GuidePanel } from '../guide/GuidePanel.js';
import { guideReducer, parseGuideState } from '../guide/guide-state.js';
import { PrintSheet } from '../print/PrintSheet.js';
import { findMapEntry, updateMapEntry, type Workspace } from '../cases/workspace.js';
import { newId } from '../cases/workspace-store.js';
import { EDITOR_TABS, formatRoute, type EditorTab } from '../app/route.js';
import { useLanguage } from '../i18n/use-language.js';
import { ringLabel, sectorLabel } from '../i18n/vocab.js';

interface Props {
  readonly workspace: Workspace;
  readonly update: (change: (w: Workspace) => Workspace) => void;
  readonly caseId: string;
  readonly mapId: string;
  readonly tab: EditorTab;
}

/** The map editor page: loads the map from the workspace, edits it, writes the draft back. */
export default function MapEditorPage(props: Props) {
  const { t } = useTranslation();
  const found = findMapEntry(props.workspace, props.caseId, props.mapId);
  if (!found) {
    return <section className="page"><p>{t('caseView.notFound')}</p><a href={formatRoute({ page: 'cases' })}>{t('caseView.back')}</a></section>;
  }
  return <Editor key={props.mapId} {...props} found={found} />;
}

function Editor({ update, caseId, mapId, tab, found }: Props & { found: NonNullable<ReturnType<typeof findMapEntry>> }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { mapEntry } = found;
  const [state, dispatch] = useReducer(runCommand, undefined, () => createEditorState(docFromMap(mapEntry.map, mapEntry.draft)));
  const [guide, sendGuide] = useReducer(guideReducer, mapEntry.guide, parseGuideState);
  const [announcement, setAnnouncement] = useState('');
  const [focusName, setFocusName] = useState(false);
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
  const [comparing, setComparing] = useState<{ fromId: string; toId: string } | null>(null);
  const doc = state.history.present;
  const stateRef = useRef(state);
  stateRef.current = state;

  const run = useCallback((command: EditorCommand) => {
    setFocusName(false);
    dispatch(command);
  }, []);

  // Write the working version back to the workspace (which saves it on this device).
  useEffect(() => {
    update((w) => updateMapEntry(w, caseId, mapId, (m) => ({
      ...m,
      map: { ...m.map, sectorScheme: doc.sectorScheme, ringCount: doc.ringCount },
      draft: doc.snapshot,
      guide,
    })));
  }, [doc, guide, update, caseId, mapId]);

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
    setFocusName(true);
    setAnnouncement(t('editor.added', { name }));
    setTabTo('persoon');
  }, [t]);

  const setTabTo = (next: EditorTab) => {
    window.location.hash = formatRoute({ page: 'map', caseId, mapId, tab: next });
  };

  const saveVersion = (kind: SnapshotKind, date: string, label: string | undefined) => {
    const saved: Snapshot = { ...doc.snapshot, id: snapshotId(newId()), kind, date, ...(label ? { label } : {}) };
    update((w) => updateMapEntry(w, caseId, mapId, (m) => ({ ...m, map: { ...m.map, snapshots: [...m.map.snapshots, saved] } })));
  };

  const selected = useMemo(() => doc.snapshot.alters.find((a) => a.id === state.ui.selected) ?? null, [doc, state.ui.selected]);
  const egoName = mapEntry.map.ego.name;

  return (
    <div className="editor-page">
      <div className="editor-head">
        <a href={formatRoute({ page: 'case', caseId })}>← {t('editor.back')}</a>
        <h1>{t('editor.title', { name: egoName })}</h1>
        <Legend />
      </div>
      <Toolbar doc={doc} ui={state.ui} run={run} canUndo={canUndo(state.history)} canRedo={canRedo(state.history)} onPrint={() => window.print()} />
      <div className="editor-body">
        <MapCanvas doc={doc} ui={state.ui} egoName={egoName} run={run} onAddAt={onAddAt} announce={setAnnouncement} describeMove={describeMove} />
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
              ? <EditPanel key={selected.id} doc={doc} alter={selected} members={found.caseEntry.case.members} run={run} focusName={focusName} />
              : <PeopleList doc={doc} run={run} />) : null}
            {tab === 'gesprek' ? <GuidePanel guide={guide} send={sendGuide} doc={doc} run={run} /> : null}
            {tab === 'lezen' ? <ReadingView doc={doc} run={run} /> : null}
            {tab === 'versies' ? (
              <VersionsPanel map={mapEntry.map} doc={doc} egoName={egoName} onSave={saveVersion}
                onUse={(snapshot) => run({ action: 'loadSnapshot', input: { snapshot } })}
                onCompare={(fromId, toId) => setComparing({ fromId, toId })} />
            ) : null}
          </div>
        </aside>
      </div>
      {comparing ? <CompareView doc={doc} map={mapEntry.map} egoName={egoName} fromId={comparing.fromId} toId={comparing.toId} onClose={() => setComparing(null)} /> : null}
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
      <p className="save-state">{t('editor.savedLocally')} · {labelOf(STATUS_VOCABULARY, 'actief', lang)}: {doc.snapshot.alters.filter((a) => a.status === 'actief').length}</p>
      {printing ? <PrintSheet doc={doc} egoName={egoName} /> : null}
    </div>
  );
}
