import { describe, expect, it } from 'vitest';
import { buildMap } from '../builders.js';
import { LANGUAGES } from '../labels.js';
import type { NetworkMap, Snapshot } from '../records/index.js';
import {
  ActionSchema, DEFAULT_EIGEN_KRACHT_CONTACT, EIGEN_KRACHT_REQUEST, EigenKrachtContactSchema, agreementIssues, NetworkPlanSchema, PLAN_ISSUE_CODES, PLAN_ISSUE_MESSAGES, checkPlan, createNetworkPlan, daysBetween, dayNumber,
  describePlanIssue, familyVersion, isLinkedGapClosed, isNetworkAuthored, isOverdue, linkedPersonChange, overdueActions,
  addAction, addGoal, addReviewNote, parseNetworkPlan, planAttention, removeAction, setActionStatus, planFollowUp, promiseFollowUp, workerAttention, type Action, type ActionInput, type NetworkPlan,
} from './index.js';
import { analyseSnapshot } from '../indicators/index.js';

const action = (input: Partial<ActionInput> & { id: string }): Action =>
  ActionSchema.parse({ what: 'iets doen', owner: { kind: 'begeleider' }, kind: 'doen', ...input }) as Action;

function plan(actions: ActionInput[], extra: Record<string, unknown> = {}): NetworkPlan {
  return NetworkPlanSchema.parse({ madeBy: 'gezin', id: 'p1', caseId: 'c1', mapId: 'm', actions, ...extra }) as NetworkPlan;
}

/**
 * Seed 000: the family of the broken heating. The uncle (dormant, but promised to repair it), an
 * aunt who is dormant, a wished-for neighbour, the home carer who gives practical help.
 */
const map: NetworkMap = buildMap({
  id: 'm',
  ego: { kind: 'huishouden', name: 'Gezin Peeters', members: [] },
  snapshots: [
    {
      id: 'voor', kind: 'is', date: '2026-01-10',
      alters: [
        { id: 'oom', name: 'Nonkel Jef', sector: 'familie', ring: 2, status: 'actief', support: { gezelschap: 'wederzijds' } },
        { id: 'tante', name: 'Tante Rita', sector: 'familie', ring: 3, status: 'ondergesneeuwd' },
        { id: 'buur', name: 'De buurvrouw', sector: 'samenleving', ring: 3, status: 'gewenst' },
        { id: 'vriend', name: 'Sam', sector: 'vrienden_kennissen', ring: 3, status: 'verbroken' },
        { id: 'thuiszorg', name: 'Els', sector: 'hulpverlening', ring: 1, support: { praktisch: 'ontvangt' } },
      ],
    },
    {
      id: 'na', kind: 'is', date: '2026-04-10',
      alters: [
        { id: 'oom', name: 'Nonkel Jef', sector: 'familie', ring: 2, status: 'actief', support: { gezelschap: 'wederzijds' } },
        { id: 'tante', name: 'Tante Rita', sector: 'familie', ring: 2, status: 'actief', support: { praktisch: 'ontvangt' } },
        { id: 'buur', name: 'De buurvrouw', sector: 'samenleving', ring: 3, status: 'actief' },
        { id: 'vriend', name: 'Sam', sector: 'vrienden_kennissen', ring: 3, status: 'actief' },
        { id: 'thuiszorg', name: 'Els', sector: 'hulpverlening', ring: 1, support: { praktisch: 'ontvangt' } },
      ],
    },
  ],
});
const before = map.snapshots[0] as Snapshot;
const after = map.snapshots[1] as Snapshot;

describe('iso dates', () => {
  it('counts days across months, leap years and the epoch', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });
});

describe('overdue actions', () => {
  it('[PL2] an action past its due date and not done is overdue', () => {
    expect(isOverdue(action({ id: 'a', due: '2026-03-01' }), '2026-03-02')).toBe(true);
    expect(isOverdue(action({ id: 'a', due: '2026-03-01', status: 'bezig' }), '2026-03-02')).toBe(true);
  });
  it('[PL2] on its due date, without a due date, done or stopped, an action is not overdue', () => {
    expect(isOverdue(action({ id: 'a', due: '2026-03-01' }), '2026-03-01')).toBe(false);
    expect(isOverdue(action({ id: 'a' }), '2026-03-02')).toBe(false);
    expect(isOverdue(action({ id: 'a', due: '2026-03-01', status: 'gedaan' }), '2026-03-09')).toBe(false);
    expect(isOverdue(action({ id: 'a', due: '2026-03-01', status: 'gestopt' }), '2026-03-09')).toBe(false);
  });
  it('[PL3] overdue actions come in plan order with the days they are late', () => {
    const list = overdueActions([
      action({ id: 'a', due: '2026-02-20' }),
      action({ id: 'b', due: '2026-03-05' }),
      action({ id: 'c', due: '2026-02-27' }),
    ], '2026-03-01');
    expect(list.map((o) => [o.action.id, o.daysOverdue])).toEqual([['a', 9], ['c', 2]]);
  });
});

describe('promised help that does not come (seed 000: the uncle and the heating)', () => {
  const heating = (promise: Record<string, unknown>, rest: Partial<ActionInput> = {}): Action =>
    action({ id: 'verwarming', what: 'Nonkel Jef herstelt de verwarming', owner: { kind: 'netwerklid', alterId: 'oom' }, due: '2026-01-20', promise: { by: { alterId: 'oom' }, ...promise }, ...rest });

  it('[PL6] three weeks on and no deadline agreed: the promise needs a deadline', () => {
    const found = promiseFollowUp(heating({}), '2026-02-10');
    expect(found).toMatchObject({ kind: 'deadline_missing', since: '2026-01-20', daysLate: 21 });
  });
  it('[PL5] before the agreed deadline nothing is raised, even when the due date has passed', () => {
    expect(promiseFollowUp(heating({ followUpBy: '2026-02-14', fallback: 'een andere hersteller, betaald via het OCMW' }), '2026-02-14')).toBeNull();
  });
  it('[PL5] after the deadline the agreed fallback is due', () => {
    const found = promiseFollowUp(heating({ followUpBy: '2026-02-14', fallback: 'een andere hersteller' }), '2026-02-16');
    expect(found).toMatchObject({ kind: 'fallback_due', since: '2026-02-14', daysLate: 2 });
  });
  it('[PL5] after the deadline without a fallback: the fallback is missing', () => {
    expect(promiseFollowUp(heating({ followUpBy: '2026-02-14' }), '2026-02-15')?.kind).toBe('fallback_missing');
  });
  it('[PL4] help that came, or was dropped, needs no follow-up', () => {
    expect(promiseFollowUp(heating({ followUpBy: '2026-02-14' }, { status: 'gedaan' }), '2026-03-01')).toBeNull();
    expect(promiseFollowUp(heating({ followUpBy: '2026-02-14' }, { status: 'gestopt' }), '2026-03-01')).toBeNull();
    expect(promiseFollowUp(action({ id: 'x', due: '2026-01-01' }), '2026-03-01')).toBeNull();
  });
  it('[PL6] with neither a deadline nor a due date there is no moment to measure against', () => {
    expect(promiseFollowUp(heating({}, { due: null }), '2027-01-01')).toBeNull();
  });
});

describe('what needs attention', () => {
  it('[PL7] a plan lists overdue actions and promise follow-ups, a promise once (as its follow-up)', () => {
    const p = plan([
      { id: 'a', what: 'x', owner: { kind: 'persoon' }, kind: 'doen', due: '2026-02-01' },
      { id: 'b', what: 'y', owner: { kind: 'netwerklid', alterId: 'oom' }, kind: 'doen', due: '2026-01-20', promise: { by: { alterId: 'oom' }, followUpBy: '2026-02-03' } },
      { id: 'c', what: 'z', owner: { kind: 'persoon' }, kind: 'meedenken', due: '2026-03-01' },
    ]);
    expect(planAttention(p, '2026-02-10').map((i) => [i.action.id, i.kind, i.daysLate])).toEqual([['a', 'overdue', 9], ['b', 'fallback_missing', 7]]);
  });
  it('[PL8] the worker list spans cases, longest waiting first, then case id', () => {
    const p1 = plan([{ id: 'a', what: 'x', owner: { kind: 'persoon' }, kind: 'doen', due: '2026-02-05' }], { id: 'p1', caseId: 'c2' });
    const p2 = plan([
      { id: 'b', what: 'y', owner: { kind: 'persoon' }, kind: 'doen', due: '2026-02-01' },
      { id: 'c', what: 'z', owner: { kind: 'persoon' }, kind: 'doen', due: '2026-02-05' },
    ], { id: 'p2', caseId: 'c1' });
    const list = workerAttention([p1, p2], '2026-02-10');
    expect(list.map((i) => `${i.caseId}/${i.action.id}`)).toEqual(['c1/b', 'c1/c', 'c2/a']);
  });
});

describe('linked changes in a later snapshot', () => {
  it('[PL9] a linked gap is closed when a later snapshot covers the function informally', () => {
    const gap = action({ id: 'g', link: { kind: 'gat', function: 'praktisch' } });
    expect(isLinkedGapClosed(gap, analyseSnapshot(before, map))).toBe(false);
    expect(isLinkedGapClosed(gap, analyseSnapshot(after, map))).toBe(true);
    const other = action({ id: 'h', link: { kind: 'gat', function: 'zorg' } });
    expect(isLinkedGapClosed(other, analyseSnapshot(after, map))).toBe(false);
  });
  it('[PL10] a wished-for person is realised when active in the later snapshot', () => {
    expect(linkedPersonChange(action({ id: 'w', link: { kind: 'gewenst', alterId: 'buur' } }), before, after)).toBe('wished_realised');
  });
  it('[PL11] a dormant person linked to an action is reactivated when active again', () => {
    expect(linkedPersonChange(action({ id: 'd', link: { kind: 'persoon', alterId: 'tante' } }), before, after)).toBe('reactivated');
    expect(linkedPersonChange(action({ id: 'd', link: { kind: 'persoon', alterId: 'tante' } }), after, after)).toBeNull();
  });
  it('[PL12] a lost contact linked to an action is restored when active again', () => {
    expect(linkedPersonChange(action({ id: 'l', link: { kind: 'persoon', alterId: 'vriend' } }), before, after)).toBe('restored');
  });
  it('[PL13] the follow-up lists the actions linked to changes, in plan order, with the new providers', () => {
    const p = plan([
      { id: 'tante-bellen', what: 'Tante Rita bellen', owner: { kind: 'persoon' }, kind: 'doen', link: { kind: 'persoon', alterId: 'tante' }, status: 'gedaan' },
      { id: 'praktisch', what: 'Iemand voor klusjes', owner: { kind: 'begeleider' }, kind: 'meedenken', link: { kind: 'gat', function: 'praktisch' } },
      { id: 'oom', what: 'Nonkel Jef vragen', owner: { kind: 'persoon' }, kind: 'doen', link: { kind: 'persoon', alterId: 'oom' } },
      { id: 'buur', what: 'De buurvrouw aanspreken', owner: { kind: 'persoon' }, kind: 'doen', link: { kind: 'gewenst', alterId: 'buur' } },
      { id: 'groep', what: 'Naar de oudergroep', owner: { kind: 'persoon' }, kind: 'doen' },
    ]);
    const changes = planFollowUp(p, before, after, map);
    expect(changes.map((c) => [c.action.id, c.kind])).toEqual([
      ['tante-bellen', 'reactivated'], ['praktisch', 'gap_closed'], ['buur', 'wished_realised'],
    ]);
    const gap = changes[1];
    expect(gap?.kind === 'gap_closed' ? gap.informalProviders : null).toEqual(['tante']);
    expect(planFollowUp(p, after, after, map)).toEqual([]);
  });
});

describe('plan records and checks', () => {
  it('[PC1][PC2][PC3][PC4][PC5] a plan is checked against its map', () => {
    const p = plan([
      { id: 'a', what: 'x', owner: { kind: 'netwerklid', alterId: 'niemand' }, kind: 'doen', goalId: 'geen-doel' },
      { id: 'a', what: 'y', owner: { kind: 'persoon' }, kind: 'doen', link: { kind: 'gewenst', alterId: 'tante' } },
      { id: 'b', what: 'z', owner: { kind: 'persoon' }, kind: 'doen', promise: { by: { alterId: 'spook' } } },
    ], { mapId: 'andere', startingQuestion: { answer: 'Een warm huis', thinkingAlong: ['oom', 'onbekend'] } });
    const issues = checkPlan(p, map);
    expect(issues.map((i) => [i.code, describePlanIssue(i, 'en')])).toEqual([
      ['wrong_map', 'mapId: this plan belongs to map "m", not to map "andere"'],
      ['unknown_alter', 'startingQuestion.thinkingAlong[1]: refers to "onbekend", but that person is not on the map'],
      ['unknown_goal', 'actions[0].goalId: there is no goal with id "geen-doel"'],
      ['unknown_alter', 'actions[0].owner.alterId: refers to "niemand", but that person is not on the map'],
      ['duplicate_id', 'actions[1].id: id "a" occurs more than once'],
      ['not_wished', 'actions[1].link.alterId: "tante" is on the map, but not as a wished-for person'],
      ['unknown_alter', 'actions[2].promise.by.alterId: refers to "spook", but that person is not on the map'],
    ]);
  });
  it('[PC3] a wished-for person who became active still counts as wished-for', () => {
    const p = plan([{ id: 'a', what: 'x', owner: { kind: 'persoon' }, kind: 'doen', link: { kind: 'gewenst', alterId: 'buur' } }]);
    expect(checkPlan(p, map)).toEqual([]);
  });
  it('[PL14] a plan made by the network (Eigen Kracht) must record the conference and is marked as theirs', () => {
    const missing = parseNetworkPlan({ madeBy: 'netwerk', id: 'p', caseId: 'c', mapId: 'm' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.issues.map((i) => i.path.join('.'))).toEqual(['eigenKracht']);
    const ok = parseNetworkPlan({
      madeBy: 'netwerk', id: 'p', caseId: 'c', mapId: 'm',
      eigenKracht: {
        familyAgreedOn: '2026-01-20', conferenceDate: '2026-02-01', coordinator: 'An (onafhankelijk)',
        participants: [{ alterId: 'oom' }, { name: 'Buurman Karel' }],
        ownStrengths: [{ what: 'De kinderen op woensdag opvangen', by: { alterId: 'oom' } }],
        professionalHelp: [{ what: 'Hulp bij de afbetaling', from: 'OCMW' }],
      },
    });
    expect(ok.ok).toBe(true);
    if (ok.ok) {
      expect(isNetworkAuthored(ok.value)).toBe(true);
      expect(checkPlan(ok.value, map)).toEqual([]);
      expect(familyVersion(ok.value).eigenKracht?.participants).toHaveLength(2);
    }
    expect(isNetworkAuthored(createNetworkPlan({ id: 'p', caseId: 'c', mapId: 'm' }))).toBe(false);
  });
  it('[PC6] the family agrees first: a conference dated before the family agreed is refused, naming the field, in every language', () => {
    const ek = (familyAgreedOn: string, conferenceDate: string) => parseNetworkPlan({
      madeBy: 'netwerk', id: 'p', caseId: 'c', mapId: 'm',
      eigenKracht: { familyAgreedOn, conferenceDate, coordinator: 'An', participants: [{ alterId: 'oom' }] },
    });
    const early = ek('2026-02-10', '2026-02-01');
    expect(early.ok).toBe(true);
    const issues = early.ok ? checkPlan(early.value, map) : [];
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([['conference_before_agreement', 'eigenKracht.conferenceDate']]);
    expect(describePlanIssue(issues[0]!, 'nl')).toBe('eigenKracht.conferenceDate: de conferentie (2026-02-01) valt vóór de dag waarop het gezin akkoord ging (2026-02-10); het gezin stemt eerst in');
    for (const lang of LANGUAGES) expect(describePlanIssue(issues[0]!, lang)).toContain('2026-02-10');
    const sameDay = ek('2026-02-01', '2026-02-01');
    expect(sameDay.ok && checkPlan(sameDay.value, map)).toEqual([]);
    expect(parseNetworkPlan({ madeBy: 'netwerk', id: 'p', caseId: 'c', mapId: 'm', eigenKracht: { familyAgreedOn: '2026-02-30', participants: [{ name: 'X' }] } }).ok).toBe(false);
  });
  it('[PC6] a conference date without the day the family agreed is refused, naming the agreement field, in every language', () => {
    const r = parseNetworkPlan({ madeBy: 'netwerk', id: 'p', caseId: 'c', mapId: 'm', eigenKracht: { conferenceDate: '2026-02-01', participants: [{ alterId: 'oom' }] } });
    expect(r.ok).toBe(true);
    const issues = r.ok ? checkPlan(r.value, map) : [];
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([['conference_without_agreement', 'eigenKracht.familyAgreedOn']]);
    expect(describePlanIssue(issues[0]!, 'nl')).toBe('eigenKracht.familyAgreedOn: er staat een datum voor de conferentie (2026-02-01), maar nog niet de dag waarop het gezin akkoord ging; vul eerst die dag in');
    for (const lang of LANGUAGES) expect(describePlanIssue(issues[0]!, lang)).toContain('2026-02-01');
    expect(new Set(LANGUAGES.map((lang) => describePlanIssue(issues[0]!, lang))).size).toBe(LANGUAGES.length);
    // The same check on its own, as the web app's panel uses it; no conference date, nothing asked yet.
    expect(agreementIssues({ conferenceDate: '2026-02-01' })).toEqual(issues);
    expect(agreementIssues({ familyAgreedOn: '2026-01-20' })).toEqual([]);
    expect(agreementIssues({})).toEqual([]);
  });
  it('[PC6] where to ask for a conference comes from seed 000: the Steunpunt Algemeen Welzijnswerk in Berchem', () => {
    expect(EIGEN_KRACHT_REQUEST).toMatchObject({ address: 'Diksmuidelaan 36 A, 2600 Berchem', phones: ['03 340 49 15', '0492 73 54 27'] });
    expect(EIGEN_KRACHT_REQUEST.sources[0]?.seed).toBe('000');
  });
  it('[PC6] an organisation\'s own contact for a conference is checked field by field; seed 000\'s is the default and fits the same schema', () => {
    expect(EigenKrachtContactSchema.parse(DEFAULT_EIGEN_KRACHT_CONTACT)).toEqual(DEFAULT_EIGEN_KRACHT_CONTACT);
    expect(DEFAULT_EIGEN_KRACHT_CONTACT).toMatchObject({ organisation: EIGEN_KRACHT_REQUEST.organisation, address: EIGEN_KRACHT_REQUEST.address });
    const own = { organisation: 'Coördinatiepunt', phones: ['+32 9 123 45 67'], email: 'ekc@voorbeeld.be', website: 'https://voorbeeld.be' };
    expect(EigenKrachtContactSchema.safeParse(own).success).toBe(true);
    expect(EigenKrachtContactSchema.parse({ organisation: 'Alleen een naam' })).toEqual({ organisation: 'Alleen een naam', phones: [] });
    const wrong = (patch: object) => EigenKrachtContactSchema.safeParse({ ...own, ...patch }).error?.issues.map((i) => i.path.join('.'));
    expect(wrong({ website: 'javascript:alert(1)' })).toEqual(['website']);
    expect(wrong({ website: 'ftp://voorbeeld.be' })).toEqual(['website']);
    expect(wrong({ email: 'geen adres' })).toEqual(['email']);
    expect(wrong({ phones: ['bel maar'] })).toEqual(['phones.0']);
    expect(wrong({ organisation: '  ' })).toEqual(['organisation']);
  });
  it('[PL14] an Eigen Kracht participant must be on the map when named by id', () => {
    const r = parseNetworkPlan({ madeBy: 'netwerk', id: 'p', caseId: 'c', mapId: 'm', eigenKracht: { participants: [{ alterId: 'vreemde' }] } });
    expect(r.ok && checkPlan(r.value, map).map((i) => i.path.join('.'))).toEqual(['eigenKracht.participants.0.alterId']);
  });
  it('[PL15] the family version keeps the goals in their own words, by life domain, without the worker notes', () => {
    const p = plan(
      [
        { id: 'a', what: 'Papieren voor de huurpremie', owner: { kind: 'begeleider' }, kind: 'doen', goalId: 'wonen' },
        { id: 'b', what: 'Samen naar de speelpleinwerking', owner: { kind: 'persoon' }, kind: 'doen' },
      ],
      { goals: [
        { id: 'vrij', domain: 'vrije_tijd', words: 'De kinderen in de zomer naar de speelpleinwerking' },
        { id: 'wonen', domain: 'huisvesting', words: 'Ik wil een warm huis', language: 'nl', workerNote: 'Huurpremie nagaan' },
      ] },
    );
    const version = familyVersion(p);
    expect(version.domains.map((d) => d.domain)).toEqual(['huisvesting', 'vrije_tijd']);
    expect(version.domains[0]?.goals[0]?.goal).not.toHaveProperty('workerNote');
    expect(version.domains[0]?.goals[0]?.actions.map((a) => a.id)).toEqual(['a']);
    expect(version.otherActions.map((a) => a.id)).toEqual(['b']);
  });
  it('[PL16] bad plan input is refused with the path of the field', () => {
    const r = parseNetworkPlan({ madeBy: 'gezin', id: 'p', caseId: 'c', mapId: 'm', goals: [{ id: 'g', domain: 'sport', words: 'x' }], actions: [{ id: 'a', what: 'x', owner: { kind: 'begeleider' }, kind: 'doen', due: '2026-02-30' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => `${i.path.join('.')}:${i.code}`)).toEqual(['goals.0.domain:not_allowed', 'actions.0.due:bad_date']);
  });
  it('every plan issue code has a message in every language', () => {
    for (const lang of LANGUAGES) for (const code of PLAN_ISSUE_CODES) {
      expect(PLAN_ISSUE_MESSAGES[lang][code]({ id: 'x', expected: 'a', got: 'b' }).length).toBeGreaterThan(5);
    }
  });
  it('[PL17] edits return a new plan; done records the day, reopening clears it; stale ids are refused', () => {
    const p = plan([{ id: 'a', what: 'x', owner: { kind: 'persoon' }, kind: 'doen' }]);
    const done = setActionStatus(p, 'a', 'gedaan', '2026-03-03');
    expect(done.ok && done.plan.actions[0]).toMatchObject({ status: 'gedaan', doneOn: '2026-03-03' });
    expect(p.actions[0]?.status).toBe('open');
    const reopened = done.ok ? setActionStatus(done.plan, 'a', 'bezig', '2026-03-04') : null;
    expect(reopened?.ok && reopened.plan.actions[0]).not.toHaveProperty('doneOn');
    expect(setActionStatus(p, 'b', 'gedaan', '2026-03-03')).toEqual({ ok: false, refusal: 'unknown_action' });
    expect(addAction(p, { id: 'a', what: 'y', owner: { kind: 'persoon' }, kind: 'doen' })).toEqual({ ok: false, refusal: 'duplicate_id' });
    expect(addAction(p, { id: 'b', what: 'y', owner: { kind: 'persoon' }, kind: 'doen', goalId: 'g' })).toEqual({ ok: false, refusal: 'unknown_goal' });
    const withGoal = addGoal(p, { id: 'g', domain: 'werk', words: 'Werk vinden' });
    expect(withGoal.ok && addGoal(withGoal.plan, { id: 'g', domain: 'werk', words: 'x' })).toEqual({ ok: false, refusal: 'duplicate_id' });
    const notes = addReviewNote(p, 'a', { date: '2026-03-05', text: 'later' });
    const both = notes.ok ? addReviewNote(notes.plan, 'a', { date: '2026-03-01', text: 'eerder' }) : null;
    expect(both?.ok && both.plan.actions[0]?.reviews.map((n) => n.text)).toEqual(['eerder', 'later']);
    expect(removeAction(p, 'a').ok && removeAction(p, 'zz')).toEqual({ ok: false, refusal: 'unknown_action' });
  });
});
