import { useId } from 'react';
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
  /** The family's print-out as a PDF made by the server. */
  readonly onPdf: () => void;
  /** The snapshot as GraphML for Gephi or R (pseudonyms, docs/interop.md). */
  readonly onGraphml?: () => void;
  /** The whole map as egor's three files in one zip (pseudonyms). */
  readonly onEgor?: () => void;
}

const TOOLS: readonly Tool[] = ['select', 'add', 'link'];
const VIEWS: readonly CareView[] = ['alle', 'informeel', 'formeel'];

export function Toolbar({ doc, ui, run, canUndo, canRedo, onPrint, onPdf, onGraphml, onEgor }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { scheme: useId(), rings: useId(), highlight: useId(), view: useId(), hint: useId() };
  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.tools')} aria-describedby={ids.hint}>
      <div className="tool-group" role="radiogroup" aria-label={t('editor.tools')}>
        {TOOLS.map((tool) => (
          <button key={tool} type="button" role="radio" aria-checked={ui.tool === tool} className={ui.tool === tool ? 'active' : ''}
            onClick={() => run({ action: 'setTool', input: { tool } })}>{t(`editor.tool.${tool}`)}</button>
        ))}
      </div>
      <div className="tool-group">
        <button type="button" disabled={!canUndo} onClick={() => run({ action: 'undo' })} aria-keyshortcuts="Control+Z">↶ {t('editor.undo')}</button>
        <button type="button" disabled={!canRedo} onClick={() => run({ action: 'redo' })} aria-keyshortcuts="Control+Y">↷ {t('editor.redo')}</button>
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
        <label className="choice">
          <input type="checkbox" checked={ui.showReciprocal} onChange={(e) => run({ action: 'setShowReciprocal', input: { show: e.target.checked } })} />
          <span>{t('editor.reciprocal')}</span>
        </label>
      </div>
      <div className="tool-group">
        <label htmlFor={ids.scheme}>{t('editor.scheme')}</label>
        <select id={ids.scheme} value={doc.sectorScheme} onChange={(e) => run({ action: 'setScheme', input: { scheme: e.target.value as SectorSchemeCode } })}>
          {Object.values(SECTOR_SCHEMES).map((s) => <option key={s.code} value={s.code}>{s.labels[lang]}</option>)}
        </select>
        <label htmlFor={ids.rings}>{t('editor.rings')}</label>
        <select id={ids.rings} value={doc.ringCount} onChange={(e) => run({ action: 'setRingCount', input: { ringCount: Number(e.target.value) } })}>
          {Array.from({ length: MAX_RING_COUNT - MIN_RING_COUNT + 1 }, (_, i) => MIN_RING_COUNT + i).map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
        <button type="button" onClick={onPrint}>{t('editor.print')}</button>
        <button type="button" onClick={onPdf}>{t('editor.pdf')}</button>
        {onGraphml ? <button type="button" onClick={onGraphml}>{t('interop.exportGraphml')}</button> : null}
        {onEgor ? <button type="button" onClick={onEgor}>{t('interop.exportEgor')}</button> : null}
      </div>
      <p id={ids.hint} className="tool-hint">{t(`editor.toolHint.${ui.tool}`)}</p>
    </div>
  );
}
