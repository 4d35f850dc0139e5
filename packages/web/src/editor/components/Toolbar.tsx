import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_RING_COUNT, MIN_RING_COUNT, SECTOR_SCHEMES, SUPPORT_FUNCTION_VOCABULARY, type SectorSchemeCode, type SupportFunction } from '@netwerkkracht/core';
import type { CareView, EditorDoc, EditorUi, Tool } from '../editor-doc.js';
import type { EditorCommand } from '../editor-state.js';
import { useLanguage } from '../../i18n/use-language.js';

interface Props {
  readonly doc: EditorDoc;
  readonly ui: EditorUi;
  readonly run: (command: EditorCommand) => void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onPrint: () => void;
  /** The family's print-out as a PDF made by the server; with the family's plan when asked. */
  readonly onPdf: (withPlan: boolean) => void;
  /** A download for Gephi, R or Excel (docs/interop.md), with names only when chosen. */
  readonly onExport?: (kind: ExportKind, names: boolean) => void;
  /** The last thing the map said (a line drawn, a person moved): shown in the status line and read out. */
  readonly announcement: string;
  readonly announce: (message: string) => void;
}

/**
 * The exports of the map's menu: the shown version as GraphML, every version as GraphML in a zip,
 * the whole map as egor's three files for R (comma) or Excel (semicolon with byte order mark).
 */
export const EXPORT_KINDS = ['graphml', 'graphmlZip', 'egorR', 'egorExcel'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

const TOOLS: readonly Tool[] = ['select', 'add', 'link'];
const VIEWS: readonly CareView[] = ['alle', 'informeel', 'formeel'];

/**
 * The editor's toolbar in one row (tools, undo, what stands out) with the rest in the "Meer" menu
 * (shape of the map, print-outs, exports), and below it one status line: the tool's hint, or what
 * just happened.
 */
export function Toolbar({ doc, ui, run, canUndo, canRedo, onPrint, onPdf, onExport, announcement, announce }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { scheme: useId(), rings: useId(), ringsHint: useId(), highlight: useId(), view: useId(), hint: useId(), menu: useId(), exportGroup: useId() };
  const [open, setOpen] = useState(false);
  const [withPlan, setWithPlan] = useState(false);
  // Pseudonyms unless the worker chooses names, each time the menu is used (never remembered).
  const [exportNames, setExportNames] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (menuRef.current && !menuRef.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const changeRings = (ringCount: number) => {
    const moved = doc.snapshot.alters.filter((a) => a.ring > ringCount).length;
    run({ action: 'setRingCount', input: { ringCount } });
    announce(moved === 0 ? t('field.ringsChangedNone', { rings: ringCount }) : t('field.ringsChanged', { rings: ringCount, count: moved }));
  };
  return (
    <>
      <div className="toolbar" role="toolbar" aria-label={t('editor.tools')} aria-describedby={ids.hint}>
        <div className="tool-group" role="radiogroup" aria-label={t('editor.tools')}>
          {TOOLS.map((tool) => (
            // On a narrow screen the button shows the first word(s) of its name only (the name stays whole).
            <button key={tool} type="button" role="radio" aria-checked={ui.tool === tool} className={ui.tool === tool ? 'active' : ''}
              aria-label={t(`editor.tool.${tool}`)} onClick={() => run({ action: 'setTool', input: { tool } })}>
              <span className="long-text">{t(`editor.tool.${tool}`)}</span><span className="short-text">{t(`field.toolShort.${tool}`)}</span>
            </button>
          ))}
        </div>
        <div className="tool-group">
          <button type="button" disabled={!canUndo} onClick={() => run({ action: 'undo' })} aria-keyshortcuts="Control+Z" aria-label={t('editor.undo')} title={t('editor.undo')}>↶</button>
          <button type="button" disabled={!canRedo} onClick={() => run({ action: 'redo' })} aria-keyshortcuts="Control+Y" aria-label={t('editor.redo')} title={t('editor.redo')}>↷</button>
        </div>
        <div className="tool-group">
          <label htmlFor={ids.highlight}>{t('editor.highlight')}</label>
          <select id={ids.highlight} value={ui.highlight ?? ''} onChange={(e) => run({ action: 'setHighlight', input: { highlight: (e.target.value || null) as SupportFunction | null } })}>
            <option value="">{t('editor.highlightNone')}</option>
            {SUPPORT_FUNCTION_VOCABULARY.map((f) => <option key={f.code} value={f.code}>{f.labels[lang]}</option>)}
          </select>
          <label htmlFor={ids.view}>{t('editor.view')}</label>
          <select id={ids.view} value={ui.view} onChange={(e) => run({ action: 'setView', input: { view: e.target.value as CareView } })}>
            {VIEWS.map((v) => <option key={v} value={v}>{t(`editor.views.${v}`)}</option>)}
          </select>
        </div>
        <div className="tool-menu" ref={menuRef} onKeyDown={(e) => { if (e.key === 'Escape' && open) { e.stopPropagation(); close(); } }}>
          <button ref={buttonRef} type="button" aria-expanded={open} aria-controls={ids.menu} aria-label={t('field.moreLabel')} onClick={() => setOpen(!open)}>
            {t('field.more')} <span aria-hidden="true">▾</span>
          </button>
          <div id={ids.menu} className="tool-menu-panel" hidden={!open}>
            <label className="choice">
              <input type="checkbox" checked={ui.showReciprocal} onChange={(e) => run({ action: 'setShowReciprocal', input: { show: e.target.checked } })} />
              <span>{t('editor.reciprocal')}</span>
            </label>
            <div className="field">
              <label htmlFor={ids.scheme}>{t('editor.scheme')}</label>
              <select id={ids.scheme} value={doc.sectorScheme} onChange={(e) => run({ action: 'setScheme', input: { scheme: e.target.value as SectorSchemeCode } })}>
                {Object.values(SECTOR_SCHEMES).map((s) => <option key={s.code} value={s.code}>{s.labels[lang]}</option>)}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.rings}>{t('editor.rings')}</label>
              <select id={ids.rings} value={doc.ringCount} aria-describedby={ids.ringsHint} onChange={(e) => changeRings(Number(e.target.value))}>
                {Array.from({ length: MAX_RING_COUNT - MIN_RING_COUNT + 1 }, (_, i) => MIN_RING_COUNT + i).map((n) => <option key={n} value={n}>{n}</option>)}
              </select>
              <span id={ids.ringsHint} className="hint">{t('field.ringsFewer')} {t('field.ringsMore')}</span>
            </div>
            <label className="choice">
              <input type="checkbox" checked={withPlan} onChange={(e) => setWithPlan(e.target.checked)} />
              <span>{t('field.pdfWithPlan')}</span>
            </label>
            <div className="tool-menu-actions">
              <button type="button" onClick={() => { setOpen(false); onPrint(); }}>{t('editor.print')}</button>
              <button type="button" onClick={() => { setOpen(false); onPdf(withPlan); }}>{t('editor.pdf')}</button>
            </div>
            {onExport ? (
              <fieldset className="group tool-menu-export" aria-describedby={ids.exportGroup}>
                <legend>{t('interop.export.title')}</legend>
                <span id={ids.exportGroup} className="hint">{t('interop.export.help')}</span>
                <label className="choice">
                  <input type="radio" name={`${ids.exportGroup}-names`} checked={!exportNames} onChange={() => setExportNames(false)} />
                  <span>{t('interop.export.pseudonyms')}</span>
                </label>
                <label className="choice">
                  <input type="radio" name={`${ids.exportGroup}-names`} checked={exportNames} onChange={() => setExportNames(true)} />
                  <span>{t('interop.export.names')}</span>
                </label>
                <div className="tool-menu-actions">
                  {EXPORT_KINDS.map((kind) => (
                    <button key={kind} type="button" onClick={() => { setOpen(false); onExport(kind, exportNames); setExportNames(false); }}>{t(`interop.export.${kind}`)}</button>
                  ))}
                </div>
              </fieldset>
            ) : null}
          </div>
        </div>
      </div>
      <p className="map-status-line">
        <span id={ids.hint} className="tool-hint" hidden={announcement !== ''}>{t(`editor.toolHint.${ui.tool}`)}</span>
        <span className="map-status" aria-live="polite">{announcement}</span>
      </p>
    </>
  );
}
