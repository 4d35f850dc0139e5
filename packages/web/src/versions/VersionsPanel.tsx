import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isIsoDate, labelOf, readComparison, SNAPSHOT_KIND_VOCABULARY, type NetworkMap, type Snapshot, type SnapshotComparison,
  type SnapshotKind, type Language,
} from '@netwerkkracht/core';
import type { EditorDoc } from '../editor/editor-doc.js';
import { MapDrawing } from '../editor/components/MapDrawing.js';
import { useLanguage } from '../i18n/use-language.js';
import { today } from '../app/ids.js';
import { CHANGE_KINDS, overlayOf } from './overlay-marks.js';

interface Props {
  readonly map: NetworkMap;
  readonly doc: EditorDoc;
  readonly egoName: string;
  /** Saves the working version as a dated version; resolves false when the server refused. */
  readonly onSave: (kind: SnapshotKind, date: string, label: string | undefined) => Promise<boolean>;
  readonly onUse: (snapshot: Snapshot) => void;
  /** Shows the comparison of two versions (ids; CURRENT for the map being edited) across the page. */
  readonly onCompare: (fromId: string, toId: string) => void;
}

export const CURRENT = '__current__';

/** Saving a dated version (was / is / wens), viewing any, and comparing two. */
export function VersionsPanel({ map, doc, egoName, onSave, onUse, onCompare }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { kind: useId(), date: useId(), label: useId(), from: useId(), to: useId() };
  const [kind, setKind] = useState<SnapshotKind>('is');
  const [date, setDate] = useState(today());
  const [label, setLabel] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [viewing, setViewing] = useState<Snapshot | null>(null);
  const [chosenFrom, setFromId] = useState('');
  // Until one is chosen, compare from the first saved version (also one saved after opening).
  const fromId = chosenFrom || (map.snapshots[0]?.id ?? '');
  const [toId, setToId] = useState<string>(CURRENT);

  const describe = (s: Snapshot) => describeVersion(s, lang);

  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (!isIsoDate(date)) {
      setMessage(t('versions.dateInvalid'));
      return;
    }
    setBusy(true);
    setMessage(null);
    const ok = await onSave(kind, date, label.trim() === '' ? undefined : label.trim());
    setBusy(false);
    if (!ok) return;
    setLabel('');
    setMessage(t('versions.saved'));
  };

  return (
    <section className="versions" aria-labelledby={`${ids.kind}-h`}>
      <h2 id={`${ids.kind}-h`}>{t('versions.title')}</h2>
      <p className="intro">{t('versions.intro')}</p>
      {map.snapshots.length > 0 ? (
        <>
          <h3>{t('versions.compare')}</h3>
          <div className="compare-pick">
            <div className="field">
              <label htmlFor={ids.from}>{t('versions.from')}</label>
              <select id={ids.from} value={fromId} onChange={(e) => setFromId(e.target.value)}>
                {map.snapshots.map((s) => <option key={s.id} value={s.id}>{describe(s)}</option>)}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.to}>{t('versions.to')}</label>
              <select id={ids.to} value={toId} onChange={(e) => setToId(e.target.value)}>
                {map.snapshots.map((s) => <option key={s.id} value={s.id}>{describe(s)}</option>)}
                <option value={CURRENT}>{t('versions.current')}</option>
              </select>
            </div>
            <button type="button" onClick={() => { const [a, b] = earlierFirst(fromId, toId, map.snapshots); onCompare(a, b); }}>{t('versions.compareButton')}</button>
          </div>
        </>
      ) : null}
      <form className="save-version" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <div className="field">
          <label htmlFor={ids.kind}>{t('versions.kind')}</label>
          <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as SnapshotKind)}>
            {SNAPSHOT_KIND_VOCABULARY.map((k) => <option key={k.code} value={k.code}>{k.labels[lang]}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.date}>{t('versions.date')}</label>
          <input id={ids.date} type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor={ids.label}>{t('versions.label')}</label>
          <input id={ids.label} type="text" value={label} maxLength={120} onChange={(e) => setLabel(e.target.value)} />
        </div>
        <button type="submit" disabled={busy}>{t('versions.save')}</button>
        <p role="status" className="status-line">{message}</p>
      </form>

      <h3>{t('versions.list')}</h3>
      {map.snapshots.length === 0 ? <p>{t('versions.none')}</p> : (
        <ul className="version-list">
          {[...map.snapshots].reverse().map((s) => (
            <li key={s.id}>
              <span>{describe(s)}</span>
              <button type="button" onClick={() => setViewing(s)}>{t('versions.view')}</button>
              <button type="button" className="quiet" onClick={() => onUse(s)}>{t('versions.useInEditor')}</button>
            </li>
          ))}
        </ul>
      )}
      {viewing ? (
        <div className="version-view">
          <MapDrawing shape={doc} snapshot={viewing} egoName={egoName} title={describe(viewing)} />
          <button type="button" onClick={() => setViewing(null)}>{t('versions.close')}</button>
        </div>
      ) : null}

    </section>
  );
}

/**
 * A comparison always reads from the earlier version to the later one, whichever way round the two
 * were chosen: by date, then by the order they were saved; the map as it is now comes last.
 */
export function earlierFirst(a: string, b: string, snapshots: readonly Snapshot[]): readonly [string, string] {
  const rank = (id: string): [string, number] => {
    if (id === CURRENT) return ['9999-99-99', Number.MAX_SAFE_INTEGER];
    const i = snapshots.findIndex((s) => s.id === id);
    return [snapshots[i]?.date ?? '', i];
  };
  const [da, ia] = rank(a);
  const [db, ib] = rank(b);
  return da > db || (da === db && ia > ib) ? [b, a] : [a, b];
}

export function describeVersion(s: Snapshot, lang: Language): string {
  return `${s.label ? `${s.label} – ` : ''}${labelOf(SNAPSHOT_KIND_VOCABULARY, s.kind, lang)}, ${s.date}`;
}

interface CompareProps {
  readonly doc: EditorDoc;
  readonly egoName: string;
  readonly from: Snapshot;
  readonly to: Snapshot;
  /** The comparison as the server computed it (with the organisation's indicator settings). */
  readonly comparison: SnapshotComparison;
  /** The names of the two versions as the user picked them. */
  readonly fromName: string;
  readonly toName: string;
  readonly onClose: () => void;
}

/** Two versions side by side, then as one map of changes, then what changed in words. */
export function CompareView({ doc, egoName, from, to, comparison, fromName, toName, onClose }: CompareProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { overlay, reading } = useMemo(
    () => ({ overlay: overlayOf(comparison, from, to), reading: readComparison(comparison, from, to, lang) }),
    [comparison, from, to, lang],
  );
  // The comparison opens below the map: bring it into view and put the focus on its heading.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus();
  }, [from, to]);
  return (
    <section className="compare" aria-labelledby="compare-heading">
      <div className="panel-head">
        <h2 id="compare-heading" ref={headingRef} tabIndex={-1}>{t('versions.compare')}: {fromName} → {toName}</h2>
        <button type="button" onClick={onClose}>{t('versions.close')}</button>
      </div>
      <h3>{t('versions.sideBySide')}</h3>
      <div className="side-by-side">
        <figure><MapDrawing shape={doc} snapshot={from} egoName={egoName} title={fromName} /><figcaption>{fromName}</figcaption></figure>
        <figure><MapDrawing shape={doc} snapshot={to} egoName={egoName} title={toName} /><figcaption>{toName}</figcaption></figure>
      </div>
      <h3>{t('versions.overlay')}</h3>
      <figure className="overlay">
        <MapDrawing shape={doc} snapshot={to} egoName={egoName} title={t('versions.overlay')} changes={overlay.marks} ghosts={overlay.ghosts} />
        <figcaption>
          <ul className="change-legend">
            {CHANGE_KINDS.filter((k) => overlay.counts[k] > 0).map((k) => (
              <li key={k}><span className={`change-swatch change-${k}`} aria-hidden="true" /> {t(`versions.change.${k}`)}: {overlay.counts[k]}</li>
            ))}
          </ul>
        </figcaption>
      </figure>
      <h3>{t('versions.changes')}</h3>
      {reading.sections.map((section) => (
        <section key={section.code}>
          <h4>{section.heading}</h4>
          <ul>{section.lines.map((line, i) => <li key={i}>{line}</li>)}</ul>
        </section>
      ))}
    </section>
  );
}
