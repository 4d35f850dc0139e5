import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ALTER_FLAG_VOCABULARY, ALTER_KIND_VOCABULARY, CHANNEL_VOCABULARY, DIRECTION_VOCABULARY, FIXED_ARRANGEMENT_VOCABULARY, ISSUE_MESSAGES,
  FORMAL_LEVEL_VOCABULARY, FORMAL_MODE_VOCABULARY, FREQUENCY_VOCABULARY, REACHABILITY_VOCABULARY, ROLE_VOCABULARY,
  sectorCodesOf, STATUS_VOCABULARY, SUPPORT_FUNCTION_VOCABULARY, VALENCE_VOCABULARY, type Alter, type AlterFlag,
  type CaseMember, type Channel, type Issue, type PersonId, type SupportDirection, type Vocabulary,
} from '@netwerkkracht/core';
import type { EditorDoc } from '../editor-doc.js';
import type { EditorCommand } from '../editor-state.js';
import type { AlterPatch } from '../actions/person-actions.js';
import { alterIssues } from '../actions/alter-rules.js';
import { hasTie } from '../actions/tie-actions.js';
import { useLanguage } from '../../i18n/use-language.js';
import { ringLabel, roleFromText, roleLabel, sectorLabel } from '../../i18n/vocab.js';
import { DirectionMark, Pictogram } from './Pictogram.js';

interface Props {
  readonly doc: EditorDoc;
  readonly alter: Alter;
  /** The household members: someone on the map may be one of them (one identity across maps). */
  readonly members: readonly CaseMember[];
  readonly run: (command: EditorCommand) => void;
}

/**
 * The edit panel for one person: every field of domain.md section 2. Choices apply at once (one
 * undo step each); typed text applies when the field is left, so a word is one step, not a letter
 * per step. An edit that breaks a rule is not applied and the message says why.
 */
export function EditPanel({ doc, alter, members, run }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();

  useEffect(() => setError(null), [alter.id]);

  // Name the field as the panel shows it, not by its code.
  const fieldLabels: Readonly<Record<string, string>> = {
    name: t('panel.name'), kind: t('panel.kind'), sector: t('panel.sector'), role: t('panel.role'), ring: t('panel.ring'),
    status: t('panel.status'), support: t('panel.support'), valence: t('panel.valence'), frequency: t('panel.frequency'),
    channels: t('panel.channels'), reachability: t('panel.reachability'), since: t('panel.since'), origin: t('panel.origin'),
    flags: t('panel.flags'), fixedArrangement: t('panel.fixedArrangement'), note: t('panel.note'), formalMode: t('panel.formalMode'), formalLevel: t('panel.formalLevel'),
  };
  const describe = (issue: Issue) => {
    const field = fieldLabels[String(issue.path[0] ?? '')];
    const message = ISSUE_MESSAGES[lang][issue.code](issue.params);
    return field ? `${field}: ${message}` : message;
  };

  const apply = (patch: AlterPatch) => {
    const next = { ...alter, ...patch } as Alter;
    const issues = alterIssues(next, doc);
    if (issues.length > 0) {
      setError(issues.map(describe).join('; '));
      return;
    }
    setError(null);
    run({ action: 'updatePerson', input: { id: alter.id, patch } });
  };

  const options = <C extends string>(vocabulary: Vocabulary<C>) =>
    vocabulary.map((entry) => <option key={entry.code} value={entry.code}>{entry.labels[lang]}</option>);

  const others = doc.snapshot.alters.filter((a) => a.id !== alter.id);
  const linked = others.filter((a) => hasTie(doc, a.id, alter.id));
  const unlinked = others.filter((a) => !hasTie(doc, a.id, alter.id));

  return (
    <section className="edit-panel" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId}>{t('panel.title', { name: alter.name })}</h2>
        <button type="button" className="quiet" onClick={() => run({ action: 'select', input: { id: null } })}>{t('panel.close')}</button>
      </div>
      {error ? <p className="field-error" role="alert">{t('panel.fieldError', { message: error })}</p> : null}

      <TextField label={t('panel.name')} hint={t('panel.nameHint')} value={alter.name} required
        onCommit={(name) => apply({ name: name.trim() })} />

      {members.length > 0 ? (
        <Field label={t('panel.member')}>
          {(id) => (
            <select id={id} value={alter.personId ?? ''} onChange={(e) => apply({ personId: (e.target.value || undefined) as PersonId | undefined })}>
              <option value="">{t('panel.notMember')}</option>
              {members.map((m) => <option key={m.personId} value={m.personId}>{m.name}</option>)}
            </select>
          )}
        </Field>
      ) : null}

      <Field label={t('panel.kind')}>
        {(id) => <select id={id} value={alter.kind} onChange={(e) => apply({ kind: e.target.value as Alter['kind'] })}>{options(ALTER_KIND_VOCABULARY)}</select>}
      </Field>

      <Field label={t('panel.sector')}>
        {(id) => (
          <select id={id} value={alter.sector ?? ''} onChange={(e) => apply({ sector: (e.target.value || null) as Alter['sector'] })}>
            {sectorCodesOf(doc.sectorScheme).map((s) => <option key={s} value={s}>{sectorLabel(s, lang, '')}</option>)}
            <option value="">{t('editor.uncategorised')}</option>
          </select>
        )}
      </Field>

      <Field label={t('panel.ring')}>
        {(id) => (
          <select id={id} value={alter.ring} onChange={(e) => apply({ ring: Number(e.target.value) })}>
            {Array.from({ length: doc.ringCount }, (_, i) => (
              <option key={i} value={i + 1}>{ringLabel(i + 1, doc.ringCount, lang, (n) => t('editor.ring', { n }))}</option>
            ))}
          </select>
        )}
      </Field>

      <RoleField alter={alter} onCommit={(role) => {
        const entry = ROLE_VOCABULARY.find((r) => r.code === role);
        // A role from the list suggests the sector and formality when none was chosen yet.
        const suggestion = entry && alter.sector === null && sectorCodesOf(doc.sectorScheme).includes(entry.sector)
          ? { sector: entry.sector, formal: entry.formal } : {};
        apply({ role, ...suggestion });
      }} />

      <fieldset className="group">
        <legend>{t('panel.status')}</legend>
        {STATUS_VOCABULARY.map((s) => (
          <label key={s.code} className="choice">
            <input type="radio" name={`status-${alter.id}`} value={s.code} checked={alter.status === s.code} onChange={() => apply({ status: s.code })} />
            <span><strong>{s.labels[lang]}</strong>{s.explanation ? <small> {s.explanation[lang]}</small> : null}</span>
          </label>
        ))}
      </fieldset>

      <fieldset className="group">
        <legend>{t('panel.support')}</legend>
        <p className="hint">{t('panel.supportHint')}</p>
        <ul className="support-list">
          {SUPPORT_FUNCTION_VOCABULARY.map((f) => {
            const direction = alter.support[f.code];
            return (
              <li key={f.code}>
                <Field label={f.labels[lang]} icon={<Pictogram name={f.code} />} title={f.explanation?.[lang]}>
                  {(id) => (
                    <span className="support-choice">
                      <select id={id} value={direction ?? ''} onChange={(e) => {
                        const value = e.target.value as SupportDirection | '';
                        const support = { ...alter.support };
                        if (value === '') delete support[f.code];
                        else support[f.code] = value;
                        apply({ support });
                      }}>
                        <option value="">{t('panel.noSupport')}</option>
                        {options(DIRECTION_VOCABULARY)}
                      </select>
                      {direction ? <DirectionMark direction={direction} /> : null}
                    </span>
                  )}
                </Field>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <label className="choice">
        <input type="checkbox" checked={alter.formal} onChange={(e) => apply({ formal: e.target.checked })} />
        <span>{t('panel.formal')}</span>
      </label>
      {alter.formal ? (
        <div className="formal-fields">
          <Field label={t('panel.formalMode')}>
            {(id) => <OptionalSelect id={id} value={alter.formalMode} notSet={t('panel.notSet')} options={options(FORMAL_MODE_VOCABULARY)} onChange={(v) => apply({ formalMode: v as Alter['formalMode'] })} />}
          </Field>
          <Field label={t('panel.formalLevel')}>
            {(id) => <OptionalSelect id={id} value={alter.formalLevel} notSet={t('panel.notSet')} options={options(FORMAL_LEVEL_VOCABULARY)} onChange={(v) => apply({ formalLevel: v as Alter['formalLevel'] })} />}
          </Field>
          <label className="choice">
            <input type="checkbox" checked={alter.chosenByFamily ?? false} onChange={(e) => apply({ chosenByFamily: e.target.checked })} />
            <span>{t('panel.chosenByFamily')}</span>
          </label>
        </div>
      ) : null}

      <Field label={t('panel.valence')}>
        {(id) => <OptionalSelect id={id} value={alter.valence} notSet={t('panel.notSet')} options={options(VALENCE_VOCABULARY)} onChange={(v) => apply({ valence: v as Alter['valence'] })} />}
      </Field>
      <Field label={t('panel.frequency')}>
        {(id) => <OptionalSelect id={id} value={alter.frequency} notSet={t('panel.notSet')} options={options(FREQUENCY_VOCABULARY)} onChange={(v) => apply({ frequency: v as Alter['frequency'] })} />}
      </Field>

      <fieldset className="group">
        <legend>{t('panel.channels')}</legend>
        {CHANNEL_VOCABULARY.map((c) => (
          <label key={c.code} className="choice">
            <input type="checkbox" checked={alter.channels.includes(c.code)} onChange={(e) => {
              const channels: Channel[] = e.target.checked ? [...alter.channels, c.code] : alter.channels.filter((x) => x !== c.code);
              apply({ channels });
            }} />
            <span>{c.labels[lang]}</span>
          </label>
        ))}
      </fieldset>

      <Field label={t('panel.reachability')}>
        {(id) => <OptionalSelect id={id} value={alter.reachability} notSet={t('panel.notSet')} options={options(REACHABILITY_VOCABULARY)} onChange={(v) => apply({ reachability: v as Alter['reachability'] })} />}
      </Field>

      <TextField label={t('panel.since')} value={alter.since === undefined ? '' : String(alter.since)} inputMode="numeric"
        onCommit={(text) => apply({ since: text.trim() === '' ? undefined : Number(text) })} />
      <TextField label={t('panel.origin')} value={alter.origin ?? ''} onCommit={(text) => apply({ origin: text.trim() === '' ? undefined : text.trim() })} />

      <fieldset className="group">
        <legend>{t('panel.flags')}</legend>
        {ALTER_FLAG_VOCABULARY.map((flag) => (
          <label key={flag.code} className="choice">
            <input type="checkbox" checked={alter.flags[flag.code as AlterFlag]} onChange={(e) => apply({ flags: { ...alter.flags, [flag.code]: e.target.checked } })} />
            <span>{flag.labels[lang]}</span>
          </label>
        ))}
      </fieldset>

      <Field label={t('panel.fixedArrangement')}>
        {(id) => <OptionalSelect id={id} value={alter.fixedArrangement} notSet={t('panel.noArrangement')} options={options(FIXED_ARRANGEMENT_VOCABULARY)}
          onChange={(v) => apply({ fixedArrangement: v as Alter['fixedArrangement'] })} />}
      </Field>
      <p className="hint">{t('panel.fixedArrangementHint')}</p>

      <TextField label={t('panel.note')} value={alter.note ?? ''} multiline onCommit={(text) => apply({ note: text === '' ? undefined : text })} />

      <fieldset className="group">
        <legend>{t('panel.ties')}</legend>
        {linked.length === 0 ? <p className="hint">{t('panel.noTies')}</p> : (
          <ul className="tie-list">
            {linked.map((other) => (
              <li key={other.id}>
                <span>{other.name}</span>
                <button type="button" className="quiet" aria-label={t('panel.removeTie', { name: other.name })}
                  onClick={() => run({ action: 'removeTie', input: { a: alter.id, b: other.id } })}>×</button>
              </li>
            ))}
          </ul>
        )}
        {unlinked.length > 0 ? <AddTie others={unlinked} onAdd={(b) => run({ action: 'addTie', input: { a: alter.id, b } })} /> : null}
      </fieldset>

      <button type="button" className="danger" onClick={() => {
        if (window.confirm(t('panel.confirmRemove', { name: alter.name }))) run({ action: 'removePerson', input: { id: alter.id } });
      }}>{t('panel.remove', { name: alter.name })}</button>
    </section>
  );
}

function Field({ label, children, icon, title }: { label: string; children: (id: string) => ReactNode; icon?: ReactNode; title?: string }) {
  const id = useId();
  return (
    <div className="field" title={title}>
      <label htmlFor={id}>{icon}{label}</label>
      {children(id)}
    </div>
  );
}

function OptionalSelect({ id, value, notSet, options, onChange }: { id: string; value: string | undefined; notSet: string; options: ReactNode; onChange: (value: string | undefined) => void }) {
  return (
    <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}>
      <option value="">{notSet}</option>
      {options}
    </select>
  );
}

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
  readonly hint?: string;
  readonly multiline?: boolean;
  readonly autoFocus?: boolean;
  readonly required?: boolean;
  readonly inputMode?: 'numeric';
  readonly list?: string;
}

/** A text field that applies its value when left or on Enter, and follows outside changes (undo). */
function TextField({ label, value, onCommit, hint, multiline, autoFocus, required, inputMode, list }: TextFieldProps) {
  const id = useId();
  const hintId = useId();
  const [draft, setDraft] = useState(value);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (autoFocus) ref.current?.select();
  }, [autoFocus]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const common = {
    id,
    ref,
    value: draft,
    required,
    'aria-describedby': hint ? hintId : undefined,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline
        ? <textarea {...common} rows={3} />
        : <input {...common} type="text" inputMode={inputMode} list={list} onKeyDown={(e) => { if (e.key === 'Enter') commit(); }} />}
      {hint ? <small id={hintId} className="hint">{hint}</small> : null}
    </div>
  );
}

function RoleField({ alter, onCommit }: { alter: Alter; onCommit: (role: string | undefined) => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const listId = useId();
  return (
    <>
      <TextField label={t('panel.role')} hint={t('panel.roleHint')} value={roleLabel(alter.role, lang)} list={listId} onCommit={(text) => onCommit(roleFromText(text))} />
      <datalist id={listId}>{ROLE_VOCABULARY.map((r) => <option key={r.code} value={r.labels[lang]} />)}</datalist>
    </>
  );
}

function AddTie({ others, onAdd }: { others: readonly Alter[]; onAdd: (id: Alter['id']) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState('');
  return (
    <div className="field inline">
      <label htmlFor={id}>{t('panel.addTie')}</label>
      <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">—</option>
        {others.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
      </select>
      <button type="button" disabled={choice === ''} onClick={() => {
        const other = others.find((o) => o.id === choice);
        if (other) onAdd(other.id);
        setChoice('');
      }}>{t('panel.addTieButton')}</button>
    </div>
  );
}
