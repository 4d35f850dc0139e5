import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  barrierEntry, CONTACT_CHANNEL_VOCABULARY, labelOf, LIFE_DOMAIN_VOCABULARY, RIGHT_STATUSES, SEVEN_B_VOCABULARY, SIGNAL_STATUS_VOCABULARY,
  type BarrierCode, type ContactChannel, type ExplorerRight, type LifeDomain, type RightStatus, type SevenB, type SignalStatus,
} from '@netwerkkracht/core';
import type { ApiResult } from '../api/api-error.js';
import { consentApi } from '../api/coordination-endpoints.js';
import { rightsExplorer } from '../api/family-endpoints.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { today } from '../app/ids.js';
import { formatRoute } from '../app/route.js';
import { OPEN_QUESTIONS } from '../guide/guide-steps.js';
import { useLoad } from '../app/use-load.js';
import { useLanguage } from '../i18n/use-language.js';

type Rec = Record<string, unknown>;
type SectionKey = 'members' | 'consents' | 'maps' | 'plan' | 'barriers' | 'measurements' | 'rights' | 'guideNotes' | 'coordination' | 'sevenB' | 'signals';
const rec = (v: unknown): Rec => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v as Rec : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const txt = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/**
 * The export and the organisation's rechtenverkenner, whose rights' names and domains the export's
 * statuses refer to by id (the list is about no family; without it a right is shown as removed).
 */
async function loadCaseData(caseId: string): Promise<ApiResult<{ data: Rec; explorer: ReadonlyMap<string, ExplorerRight> }>> {
  const [exported, explorer] = await Promise.all([consentApi.exportData(caseId), rightsExplorer.list()]);
  if (!exported.ok) return exported;
  return { ok: true, value: { data: exported.value, explorer: new Map((explorer.ok ? explorer.value : []).map((r) => [r.id, r])) } };
}

/**
 * Everything the case holds, readable (issue 12, item 7: the right of access): the JSON export
 * (`GET /cases/:id/export`) shown section by section in the reader's language. It stands alone on
 * its page: the server prints it to the family's PDF (`data-print-ready` once drawn).
 */
export default function CaseDataPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { heading: useId() };
  const { loaded, reload } = useLoad(() => loadCaseData(caseId), [caseId], caseId);
  if (loaded.status === 'loading') return <p>{t('app.loading')}</p>;
  if (loaded.status === 'failed') return <ErrorNotice error={loaded.error} onReload={reload} />;
  const { data, explorer } = loaded.value;
  const family = rec(data.case);
  const nothing = <p>{t('caseData.nothing')}</p>;
  const section = (key: SectionKey, content: ReactNode) => (
    <section aria-labelledby={`${ids.heading}-${key}`}>
      <h2 id={`${ids.heading}-${key}`}>{t(`caseData.sections.${key}`)}</h2>
      {content}
    </section>
  );
  const guideStates = arr(data.guides).map((g) => rec(rec(g).state));
  const guideNotes = guideStates.flatMap((g) => Object.values(rec(g.notes)).map(txt).filter((n) => n.trim() !== ''));
  // The written answers to the guide's how-questions, in the guide's order, with their question.
  const guideReplies = guideStates.flatMap((g) => OPEN_QUESTIONS.map((q) => ({ question: q.id, text: txt(rec(g.replies)[q.id]) })).filter((r) => r.text.trim() !== ''));
  // Each right of the rechtenverkenner marked for this family: its status, the day, the earlier days, the note.
  const rightLine = (value: unknown): string => {
    const r = rec(value);
    const right = explorer.get(txt(r.rightId));
    const name = right ? `${right.name} (${labelOf(LIFE_DOMAIN_VOCABULARY, right.domain, lang)})` : t('caseData.rightRemoved');
    const status = txt(r.status);
    const label = RIGHT_STATUSES.includes(status as RightStatus) ? t(`family.rights.statuses.${status as RightStatus}`) : status;
    const days = [t('family.rights.since', { date: txt(r.statusOn) })];
    if (r.askedOn && !(status === 'aangevraagd' && r.askedOn === r.statusOn)) days.push(t('family.rights.askedOn', { date: txt(r.askedOn) }));
    if (r.realisedOn && !(status === 'gerealiseerd' && r.realisedOn === r.statusOn)) days.push(t('family.rights.realisedOn', { date: txt(r.realisedOn) }));
    return `${name}: ${label} (${days.join(' · ')})${r.note ? ` “${txt(r.note)}”` : ''}`;
  };
  const coordination = rec(data.coordination);
  const plan = data.plan === null ? null : rec(data.plan);
  return (
    <article className="case-data" data-print-ready="true" aria-labelledby={ids.heading}>
      <p className="no-print"><a href={formatRoute({ page: 'case', caseId })}>← {t('caseData.back')}</a></p>
      <h1 id={ids.heading}>{t('caseData.title', { name: txt(family.name) })}</h1>
      <p>{t('caseData.intro', { date: today() })}</p>
      {section('members', arr(family.members).length === 0 ? nothing : <ul>{arr(family.members).map((m, i) => <li key={i}>{txt(rec(m).name)}{rec(m).role ? ` (${txt(rec(m).role)})` : ''}</li>)}</ul>)}
      {section('consents', arr(data.consents).length === 0 ? nothing : (
        <ul>{arr(data.consents).map((c, i) => {
          const r = rec(c);
          return <li key={i}>{t(`consents.scope.${txt(r.scope) === 'delen' ? 'delen' : 'registratie'}`)}: {t('consents.givenBy', { name: txt(r.givenBy), date: txt(r.givenOn) })}
            {arr(r.partners).length > 0 ? ` · ${t('consents.partners', { names: arr(r.partners).map(txt).join(', ') })}` : ''}
            {r.withdrawnAt ? ` · ${t('consents.withdrawn', { date: txt(r.withdrawnAt).slice(0, 10) })}` : ''}</li>;
        })}</ul>
      ))}
      {section('maps', arr(data.maps).length === 0 ? nothing : (
        <ul>{arr(data.maps).map((d, i) => {
          const map = rec(rec(d).map);
          const snapshots = arr(map.snapshots);
          const names = [...new Set(snapshots.flatMap((s) => arr(rec(s).alters).map((a) => txt(rec(a).name))).filter((n) => n !== ''))];
          return <li key={i}>{t('caseData.mapOf', { name: txt(rec(map.ego).name) })} · {t('caseData.versions', { n: snapshots.length })}{names.length > 0 ? <><br />{t('caseData.people', { names: names.join(', ') })}</> : null}</li>;
        })}</ul>
      ))}
      {section('plan', plan === null ? nothing : (
        <>
          <h3>{t('caseData.goals')}</h3>
          {arr(plan.goals).length === 0 ? nothing : <ul>{arr(plan.goals).map((g, i) => <li key={i} dir="auto">{labelOf(LIFE_DOMAIN_VOCABULARY, txt(rec(g).domain) as LifeDomain, lang)}: {txt(rec(g).words)}</li>)}</ul>}
          <h3>{t('caseData.actions')}</h3>
          {arr(plan.actions).length === 0 ? nothing : <ul>{arr(plan.actions).map((a, i) => <li key={i} dir="auto">{txt(rec(a).what)}</li>)}</ul>}
        </>
      ))}
      {section('barriers', arr(data.barriers).length === 0 ? nothing : (
        <ul>{arr(data.barriers).map((b, i) => {
          const r = rec(b);
          let label = txt(r.code);
          try { label = barrierEntry(txt(r.code) as BarrierCode).labels[lang]; } catch { /* an unknown code shows as itself */ }
          return <li key={i}>{label}{arr(r.notes).map((n) => ` · ${txt(rec(n).date)}: ${txt(rec(n).text)}`).join('')}</li>;
        })}</ul>
      ))}
      {section('measurements', arr(data.rightsMeasurements).length === 0 ? nothing : (
        <ul>{arr(data.rightsMeasurements).map((m, i) => (
          <li key={i}>{txt(rec(m).measuredOn)}: {arr(rec(m).scores).map((sc) => {
            const r = rec(sc);
            // The default rights are the life domains; an organisation's own right shows by its code.
            const label = labelOf(LIFE_DOMAIN_VOCABULARY, txt(r.rightId) as LifeDomain, lang);
            return `${label} ${String(r.score)}/10${r.note ? ` (“${txt(r.note)}”)` : ''}`;
          }).join(', ')}</li>
        ))}</ul>
      ))}
      {section('rights', arr(data.rights).length === 0 ? nothing : (
        <ul className="case-rights">{arr(data.rights).map((r, i) => <li key={i} dir="auto">{rightLine(r)}</li>)}</ul>
      ))}
      {section('guideNotes', guideNotes.length === 0 && guideReplies.length === 0 ? nothing : (
        <>
          {guideNotes.length > 0 ? <ul>{guideNotes.map((n, i) => <li key={i} dir="auto">{n}</li>)}</ul> : null}
          {guideReplies.length > 0 ? (
            <>
              <h3>{t('caseData.guideReplies')}</h3>
              <dl className="guide-replies">{guideReplies.map((r, i) => (
                <div key={i}><dt>{t(`guide.questions.${r.question}`)}</dt><dd dir="auto">{r.text}</dd></div>
              ))}</dl>
            </>
          ) : null}
        </>
      ))}
      {section('coordination', (
        <>
          {rec(coordination.coordinator).displayName ? <p>{t('caseData.coordinator', { name: txt(rec(coordination.coordinator).displayName) })}</p> : null}
          <p>{t('coordination.startedOn')}: {txt(coordination.startedOn)}</p>
          <h3>{t('coordination.partners.title')}</h3>
          {arr(coordination.partners).length === 0 ? nothing : <ul>{arr(coordination.partners).map((p, i) => <li key={i}>{txt(rec(p).organisation)}: {txt(rec(p).role)}</li>)}</ul>}
          <h3>{t('coordination.casusoverleg.title')}</h3>
          {arr(coordination.casusoverleggen).length === 0 ? nothing : <ul>{arr(coordination.casusoverleggen).map((m, i) => <li key={i}>{txt(rec(m).heldOn)}, {t(rec(m).parentsPresent === true ? 'coordination.casusoverleg.withParents' : 'coordination.casusoverleg.withoutParents')}{rec(m).note ? `: ${txt(rec(m).note)}` : ''}</li>)}</ul>}
          <h3>{t('coordination.contacts.title')}</h3>
          {arr(coordination.contacts).length === 0 ? nothing : <ul>{arr(coordination.contacts).map((c, i) => {
            const r = rec(c);
            return <li key={i}>{txt(r.date)} · {labelOf(CONTACT_CHANNEL_VOCABULARY, txt(r.channel) as ContactChannel, lang)} · {t('coordination.contacts.by', { name: txt(r.withName) })}{r.note ? `: ${txt(r.note)}` : ''}</li>;
          })}</ul>}
        </>
      ))}
      {section('sevenB', arr(data.sevenBNotes).length === 0 ? nothing : (
        <ul>{arr(data.sevenBNotes).map((n, i) => <li key={i}>{txt(rec(n).notedOn)}: {arr(rec(n).items).map((it) => `${labelOf(SEVEN_B_VOCABULARY, txt(rec(it).b) as SevenB, lang)}${rec(it).note ? ` (“${txt(rec(it).note)}”)` : ''}`).join(', ')}</li>)}</ul>
      ))}
      {section('signals', arr(data.signalContributions).length === 0 ? nothing : (
        <ul>{arr(data.signalContributions).map((s, i) => <li key={i}>{txt(rec(s).text)} ({labelOf(SIGNAL_STATUS_VOCABULARY, txt(rec(s).status) as SignalStatus, lang)})</li>)}</ul>
      ))}
    </article>
  );
}
