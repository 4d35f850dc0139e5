import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useToggleFocus } from '../app/use-toggle-focus.js';

/**
 * "Verwijderen" with a confirmation step in the page (no window.confirm): it asks "Zeker
 * verwijderen?" with Ja and Nee. Focus goes to Nee, so a stray Enter removes nothing, and back to
 * Verwijderen when the worker says no. `what` names the thing for screen readers; `warning` says
 * what else changes (a goal's actions lose their goal).
 */
export function ConfirmRemove({ what, warning, busy, onConfirm }: {
  what: string; warning?: string | null; busy: boolean; onConfirm: () => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const ids = { question: useId(), warning: useId() };
  const removeRef = useRef<HTMLButtonElement>(null);
  const noRef = useRef<HTMLButtonElement>(null);
  const [asking, ask] = useToggleFocus(noRef, removeRef);
  const confirm = async () => {
    if (!(await onConfirm())) ask(false);
  };

  if (!asking) {
    return (
      <button ref={removeRef} type="button" disabled={busy} onClick={() => ask(true)}>
        {t('plan.confirm.remove')}<span className="visually-hidden">: {what}</span>
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={ids.question} aria-describedby={warning ? ids.warning : undefined}>
      <p id={ids.question}><strong>{t('plan.confirm.question')}</strong><span className="visually-hidden"> {what}</span></p>
      {warning ? <p id={ids.warning} className="hint">{warning}</p> : null}
      <button type="button" className="primary" disabled={busy} onClick={() => { void confirm(); }}>{t('plan.confirm.yes')}</button>
      <button ref={noRef} type="button" onClick={() => ask(false)}>{t('plan.confirm.no')}</button>
    </div>
  );
}
