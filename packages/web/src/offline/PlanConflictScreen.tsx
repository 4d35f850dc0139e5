import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';
import { ErrorNotice } from '../app/ErrorNotice.js';
import type { PlanChange, PlanChoice, PlanChoices, PlanConflict } from './plan-changes.js';
import type { PlanSendOutcome } from './plan-queue.js';

const FIELD_LABELS: Readonly<Record<string, ParseKeys>> = {
  words: 'plan.goals.words', status: 'plan.actions.status', domain: 'plan.goals.domain', workerNote: 'plan.goals.workerNote',
  what: 'plan.newAction.what', due: 'plan.actions.due', kind: 'plan.actions.kind', goalId: 'plan.newAction.goal',
};

/** A side's value as the worker reads it: a goal or action by its words, a removed one as such. */
function shown(value: unknown, t: (key: ParseKeys) => string): string {
  if (value === undefined || value === null || value === '') return t('offline.conflict.removed');
  if (typeof value === 'object' && !Array.isArray(value)) {
    const item = value as Record<string, unknown>;
    if (typeof item.words === 'string') return item.words;
    if (typeof item.what === 'string') return item.what;
    return Object.entries(item).map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join(', ');
  }
  return Array.isArray(value) ? value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ') : String(value);
}

function changeTitle(change: PlanChange, t: (key: ParseKeys, options?: Record<string, string>) => string): string {
  switch (change.kind) {
    case 'save': return t('offline.planConflict.save');
    case 'addAction': return t('offline.planConflict.addAction', { what: change.action.what });
    case 'patchAction': return t('offline.planConflict.patchAction', { what: change.before.what });
    case 'addReview': return t('offline.planConflict.addReview', { what: change.before.what });
    case 'removeAction': return t('offline.planConflict.removeAction', { what: change.before.what });
  }
}

/**
 * A plan change made without a connection that no longer fits the server's plan (issue 16), in
 * the conflict screen's style: per line both values, the worker chooses; or leaves the change
 * out on purpose. A refusal by the server shows its reason, with the same two ways out.
 */
export function PlanConflictScreen({ outcome, onChoose, onDiscard }: {
  outcome: Extract<PlanSendOutcome, { status: 'conflict' | 'refused' }>;
  onChoose: (choices: PlanChoices) => Promise<void>;
  onDiscard: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const heading = useId();
  const [choices, setChoices] = useState<Record<string, PlanChoice>>({});
  const [busy, setBusy] = useState(false);
  const conflicts: readonly PlanConflict[] = outcome.status === 'conflict' ? outcome.conflicts : [];
  const complete = conflicts.every((c) => choices[c.key] !== undefined);
  const fieldName = (c: PlanConflict) => (c.field === '*' ? t(c.item === 'goal' ? 'offline.planConflict.wholeGoal' : 'offline.planConflict.wholeAction')
    : FIELD_LABELS[c.field] ? t(FIELD_LABELS[c.field] as ParseKeys) : c.field);
  const act = (step: () => Promise<void>) => { setBusy(true); void step().finally(() => setBusy(false)); };

  return (
    <section className="conflict-screen notice" aria-labelledby={heading} data-plan-conflict={outcome.status}>
      <h3 id={heading}>{t(outcome.status === 'conflict' ? 'offline.planConflict.title' : 'offline.planConflict.refusedTitle')}</h3>
      <p>{changeTitle(outcome.change, t)}</p>
      {outcome.status === 'refused' ? <ErrorNotice error={outcome.error} /> : <p>{t('offline.planConflict.intro')}</p>}
      <form onSubmit={(e) => { e.preventDefault(); if (complete) act(() => onChoose(choices)); }}>
        {conflicts.map((c) => (
          <fieldset key={c.key} className="conflict-line" data-conflict={c.key}>
            <legend>{c.label === '' ? t('offline.planConflict.plan') : c.label} · {fieldName(c)}</legend>
            <label className="check">
              <input type="radio" name={c.key} value="mine" disabled={!c.mineOffered} checked={choices[c.key] === 'mine'} onChange={() => setChoices((s) => ({ ...s, [c.key]: 'mine' }))} />
              {' '}{t('offline.conflict.mine')}: <strong>{shown(c.mine, t)}</strong>
              {c.mineOffered ? null : <span className="hint"> {t('offline.planConflict.goalGone')}</span>}
            </label>
            <label className="check">
              <input type="radio" name={c.key} value="theirs" checked={choices[c.key] === 'theirs'} onChange={() => setChoices((s) => ({ ...s, [c.key]: 'theirs' }))} />
              {' '}{t('offline.conflict.theirs')}: <strong>{shown(c.theirs, t)}</strong>
            </label>
          </fieldset>
        ))}
        {!complete ? <p className="hint">{t('offline.conflict.chooseAll')}</p> : null}
        <p className="card-buttons">
          <button type="submit" className="primary" disabled={busy || !complete}>{t(outcome.status === 'conflict' ? 'offline.conflict.keep' : 'offline.planConflict.retry')}</button>
          <button type="button" disabled={busy} onClick={() => act(onDiscard)}>{t('offline.planConflict.discard')}</button>
        </p>
      </form>
    </section>
  );
}
