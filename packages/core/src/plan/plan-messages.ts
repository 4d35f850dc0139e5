import { formatPath } from '../format/issues.js';
import type { Language } from '../labels.js';
import type { PlanIssue, PlanIssueCode } from './plan-issues.js';

type Template = (p: PlanIssue['params']) => string;
const v = (p: PlanIssue['params'], key: string): string => String(p[key] ?? '');

/** Plain-language texts for plan problems, in every language (a test checks completeness). */
export const PLAN_ISSUE_MESSAGES: Readonly<Record<Language, Readonly<Record<PlanIssueCode, Template>>>> = {
  nl: {
    wrong_map: (p) => `dit plan hoort bij kaart "${v(p, 'expected')}", niet bij kaart "${v(p, 'got')}"`,
    unknown_alter: (p) => `verwijst naar "${v(p, 'id')}", maar die persoon staat niet op de kaart`,
    not_wished: (p) => `"${v(p, 'id')}" staat op de kaart, maar niet als gewenste persoon`,
    duplicate_id: (p) => `id "${v(p, 'id')}" komt meer dan eens voor`,
    unknown_goal: (p) => `er is geen doel met id "${v(p, 'id')}"`,
    conference_before_agreement: (p) => `de conferentie (${v(p, 'conferenceDate')}) valt vóór de dag waarop het gezin akkoord ging (${v(p, 'familyAgreedOn')}); het gezin stemt eerst in`,
    conference_without_agreement: (p) => `er staat een datum voor de conferentie (${v(p, 'conferenceDate')}), maar nog niet de dag waarop het gezin akkoord ging; vul eerst die dag in`,
  },
  fr: {
    wrong_map: (p) => `ce plan appartient à la carte "${v(p, 'expected')}", pas à la carte "${v(p, 'got')}"`,
    unknown_alter: (p) => `renvoie à "${v(p, 'id')}", mais cette personne n’est pas sur la carte`,
    not_wished: (p) => `"${v(p, 'id')}" est sur la carte, mais pas comme personne souhaitée`,
    duplicate_id: (p) => `l’identifiant "${v(p, 'id')}" apparaît plus d’une fois`,
    unknown_goal: (p) => `il n’y a pas d’objectif avec l’identifiant "${v(p, 'id')}"`,
    conference_before_agreement: (p) => `la conférence (${v(p, 'conferenceDate')}) tombe avant le jour où la famille a donné son accord (${v(p, 'familyAgreedOn')}) ; la famille accepte d’abord`,
    conference_without_agreement: (p) => `une date de conférence est notée (${v(p, 'conferenceDate')}), mais pas encore le jour où la famille a donné son accord ; notez d’abord ce jour`,
  },
  en: {
    wrong_map: (p) => `this plan belongs to map "${v(p, 'expected')}", not to map "${v(p, 'got')}"`,
    unknown_alter: (p) => `refers to "${v(p, 'id')}", but that person is not on the map`,
    not_wished: (p) => `"${v(p, 'id')}" is on the map, but not as a wished-for person`,
    duplicate_id: (p) => `id "${v(p, 'id')}" occurs more than once`,
    unknown_goal: (p) => `there is no goal with id "${v(p, 'id')}"`,
    conference_before_agreement: (p) => `the conference (${v(p, 'conferenceDate')}) is before the day the family agreed (${v(p, 'familyAgreedOn')}); the family agrees first`,
    conference_without_agreement: (p) => `a conference date is filled in (${v(p, 'conferenceDate')}), but not yet the day the family agreed; fill in that day first`,
  },
};

/** `actions[2].link.alterId: verwijst naar "tante", maar die persoon staat niet op de kaart` */
export function describePlanIssue(found: PlanIssue, lang: Language): string {
  return `${formatPath(found.path)}: ${PLAN_ISSUE_MESSAGES[lang][found.code](found.params)}`;
}
