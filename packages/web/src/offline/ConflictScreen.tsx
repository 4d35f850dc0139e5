import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';
import { conflictKey, type Choice, type Choices, type FieldConflict } from '../maps/three-way.js';

/** The value of one side as the worker reads it. */
function shown(value: unknown, field: string, t: (key: ParseKeys) => string): string {
  if (value === undefined || value === null || value === '') return field === '*' ? t('offline.conflict.removed') : t('offline.conflict.empty');
  if (field === '*' && typeof value === 'object' && 'name' in value) return String((value as { name: unknown }).name);
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'object') return Object.entries(value).filter(([, v]) => v !== false && v !== undefined).map(([k, v]) => (v === true ? k : `${k}: ${String(v)}`)).join(', ');
  return String(value);
}

const FIELD_LABELS: Readonly<Record<string, ParseKeys>> = {
  name: 'panel.name', kind: 'panel.kind', sector: 'panel.sector', role: 'panel.role', ring: 'panel.ring', status: 'panel.status',
  support: 'panel.support', valence: 'panel.valence', frequency: 'panel.frequency', channels: 'panel.channels',
  reachability: 'panel.reachability', since: 'panel.since', origin: 'panel.origin', flags: 'panel.flags',
  fixedArrangement: 'panel.fixedArrangement', note: 'panel.note', formalMode: 'panel.formalMode', formalLevel: 'panel.formalLevel',
};

/**
 * After working without a connection (issue 16): the fields that both the worker and someone
 * else changed, both values side by side; the worker chooses per line, nothing is decided for
 * them. Everything that did not clash has already been merged.
 */
export function ConflictScreen({ conflicts, onResolve }: { conflicts: readonly FieldConflict[]; onResolve: (choices: Choices) => Promise<void> }) {
  const { t } = useTranslation();
  const heading = useId();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [busy, setBusy] = useState(false);
  const complete = conflicts.every((c) => choices[conflictKey(c)] !== undefined);
  const fieldName = (c: FieldConflict) => (c.field === '*' ? t('offline.conflict.whole') : FIELD_LABELS[c.field] ? t(FIELD_LABELS[c.field] as ParseKeys) : c.field);

  return (
    <section className="conflict-screen notice" aria-labelledby={heading} data-conflict-screen="true">
      <h2 id={heading}>{t('offline.conflict.title')}</h2>
      <p>{t('offline.conflict.intro')}</p>
      <form onSubmit={(e) => {
        e.preventDefault();
        if (!complete) return;
        setBusy(true);
        void onResolve(choices).finally(() => setBusy(false));
      }}>
        {conflicts.map((c) => {
          const key = conflictKey(c);
          const who = c.alterId === '' ? t('offline.conflict.map') : c.name;
          return (
            <fieldset key={key} className="conflict-line" data-conflict={key}>
              <legend>{who} · {fieldName(c)}</legend>
              <label className="check">
                <input type="radio" name={key} value="mine" checked={choices[key] === 'mine'} onChange={() => setChoices((s) => ({ ...s, [key]: 'mine' }))} />
                {' '}{t('offline.conflict.mine')}: <strong>{shown(c.mine, c.field, t)}</strong>
              </label>
              <label className="check">
                <input type="radio" name={key} value="theirs" checked={choices[key] === 'theirs'} onChange={() => setChoices((s) => ({ ...s, [key]: 'theirs' }))} />
                {' '}{t('offline.conflict.theirs')}: <strong>{shown(c.theirs, c.field, t)}</strong>
              </label>
            </fieldset>
          );
        })}
        {!complete ? <p className="hint">{t('offline.conflict.chooseAll')}</p> : null}
        <button type="submit" className="primary" disabled={busy || !complete}>{t('offline.conflict.keep')}</button>
      </form>
    </section>
  );
}
