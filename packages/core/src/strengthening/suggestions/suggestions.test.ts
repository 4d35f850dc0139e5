import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMap, buildSnapshot } from '../../builders.js';
import { INITIATIVES, WORKING_MODEL_CODES, initiativeById } from '../../catalogue/index.js';
import { LANGUAGES } from '../../labels.js';
import { createNetworkPlan, NetworkPlanSchema, type NetworkPlan } from '../../plan/index.js';
import type { AlterInput, Snapshot } from '../../records/index.js';
import { mapInputArbitrary } from '../../test-support/arbitraries.js';
import { LocalServiceSchema, type LocalService, type LocalServiceInput } from '../sociale-kaart/local-service.js';
import {
  SUGGESTION_REASON_CODES, SUGGESTION_REASON_MESSAGES, SUGGESTION_RULE_IDS, SuggestionChoiceSchema, acceptSuggestion,
  describeSuggestionReason, findSuggestion, suggestStrengthening, type Suggestion,
} from './index.js';

const shape = { ringCount: 3, sectorScheme: 'B' as const };
const suggest = (alters: AlterInput[], ties: [string, string][] = [], extra: Partial<Parameters<typeof suggestStrengthening>[0]> = {}) =>
  suggestStrengthening({ snapshot: buildSnapshot({ alters, ties }), map: shape, ...extra });
const byRule = (list: readonly Suggestion[], rule: string) => list.filter((s) => s.rule === rule);

/**
 * Six informal friends who all know each other and support each other both ways; every function
 * has two or three providers and nobody carries a large share: a network no rule fires on.
 */
const FUNCTIONS = ['emotioneel', 'praktisch', 'zorg', 'informatie', 'materieel', 'gezelschap', 'erbij_horen', 'voorbeeld'] as const;
function richAlters(): AlterInput[] {
  return ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => ({
    id, name: id.toUpperCase(), sector: 'vrienden_kennissen', ring: 1,
    flags: { aanspreekfiguur: false, andereAchtergrond: i < 2, toegangTotMiddelen: false, alleenDigitaal: false },
    support: Object.fromEntries([i, i + 2, i + 4].map((k) => [FUNCTIONS[k % 8], 'wederzijds'])),
  }));
}
const allPairs = (ids: string[]): [string, string][] => ids.flatMap((a, i) => ids.slice(i + 1).map((b): [string, string] => [a, b]));
const richTies = allPairs(['a', 'b', 'c', 'd', 'e', 'f']);

describe('suggestion rules', () => {
  it('a strong, broad, reciprocal network with no gaps gets no suggestions', () => {
    expect(suggest(richAlters(), richTies)).toEqual([]);
  });

  it('[S1] no informal emotional support suggests the models and initiatives that give it', () => {
    const alters = richAlters().map((a) => ({ ...a, support: Object.fromEntries(Object.entries(a.support ?? {}).filter(([f]) => f !== 'emotioneel')) }));
    alters.push({ id: 'psy', name: 'Psycholoog', sector: 'hulpverlening', ring: 3, support: { emotioneel: 'ontvangt' } });
    const [s1, ...rest] = byRule(suggest(alters, richTies), 'S1');
    expect(rest).toEqual([]);
    expect(s1?.reason).toEqual({ code: 'no_informal_emotional_support', params: { function: 'emotioneel', coverage: 'alleen_formeel' } });
    expect(s1?.link).toEqual({ kind: 'gat', function: 'emotioneel' });
    expect(s1?.initiatives.length).toBeGreaterThan(0);
    for (const id of s1?.initiatives ?? []) expect(initiativeById(id)?.supportFunctions).toContain('emotioneel');
    expect(s1?.models).toContain('persoonlijke_vriend');
    expect(describeSuggestionReason(s1!.reason, 'nl')).toContain('alleen bij hulpverleners');
  });

  it('[S2] every other function without an informal provider gives its own suggestion, gaps and formal-only apart', () => {
    const alters = richAlters().map((a) => ({ ...a, support: Object.fromEntries(Object.entries(a.support ?? {}).filter(([f]) => f !== 'praktisch')) }));
    alters.push({ id: 'ocmw', name: 'OCMW', sector: 'hulpverlening', ring: 3, support: { praktisch: 'ontvangt' } });
    const s2 = byRule(suggest(alters, richTies), 'S2');
    expect(s2.map((s) => [s.id, s.reason.code])).toEqual([['S2-praktisch', 'gap_formal_only']]);
    const empty = byRule(suggest([]), 'S2');
    expect(empty.map((s) => s.id)).toEqual(['praktisch', 'zorg', 'informatie', 'materieel', 'gezelschap', 'erbij_horen', 'voorbeeld'].map((f) => `S2-${f}`));
    expect(empty.every((s) => s.reason.code === 'gap_none')).toBe(true);
    expect(describeSuggestionReason(empty[0]!.reason, 'nl')).toBe('Voor praktische hulp is er nu nog niemand.');
  });

  it('[S3] a small network (informal size below the rich threshold) suggests broadening', () => {
    const five = richAlters().slice(0, 5);
    const s3 = byRule(suggest(five, allPairs(['a', 'b', 'c', 'd', 'e'])), 'S3');
    expect(s3).toHaveLength(1);
    expect(s3[0]?.reason.params).toEqual({ informalSize: 5, richThreshold: 6 });
    expect(s3[0]?.models).toEqual(['persoonlijke_competentieversterking', 'persoonlijke_vriend', 'lotgenotennetwerk', 'vrijwilligerswerking_via_organisatie', 'netwerk_via_regio_of_locatie']);
    expect(byRule(suggest(richAlters(), richTies), 'S3')).toEqual([]);
  });

  it('[S4] an informal key person or possibly overloaded person is named, one suggestion each; professionals are not', () => {
    const alters: AlterInput[] = [
      { id: 'oma', name: 'Oma', sector: 'familie', ring: 1, support: { emotioneel: 'ontvangt', praktisch: 'ontvangt', zorg: 'ontvangt', gezelschap: 'ontvangt' } },
      { id: 'buur', name: 'Buur', sector: 'samenleving', ring: 2, support: { informatie: 'ontvangt' } },
      { id: 'thuiszorg', name: 'Els', sector: 'hulpverlening', ring: 1, support: { materieel: 'ontvangt', voorbeeld: 'ontvangt', erbij_horen: 'ontvangt', zorg: 'ontvangt' } },
    ];
    const s4 = byRule(suggest(alters), 'S4');
    expect(s4.map((s) => [s.id, s.reason.code, s.link])).toEqual([['S4-oma', 'key_person_possibly_overloaded', { kind: 'persoon', alterId: 'oma' }]]);
    expect(s4[0]?.functions).toEqual(['emotioneel', 'praktisch', 'zorg', 'gezelschap']);
    expect(s4[0]?.models).toEqual(['persoonlijk_netwerk', 'contextgericht_via_organisatie']);
  });

  it('[S5] professional dependence at or above the setting suggests strengthening the own network (seed 000: the home carer who "means everything")', () => {
    const alters: AlterInput[] = [
      { id: 'els', name: 'Els', sector: 'hulpverlening', ring: 1, support: { emotioneel: 'ontvangt', praktisch: 'ontvangt', zorg: 'ontvangt' } },
      { id: 'zus', name: 'Kim', sector: 'familie', ring: 2, support: { gezelschap: 'ontvangt' } },
    ];
    const s5 = byRule(suggest(alters), 'S5');
    expect(s5.map((s) => s.reason)).toEqual([{ code: 'high_professional_dependence', params: { percent: 75 } }]);
    expect(s5[0]?.functions).toEqual(['emotioneel', 'praktisch', 'zorg']);
    expect(byRule(suggest(alters, [], { suggestionSettings: { professionalDependenceThreshold: 0.8, minBridgingTies: 2, lowReciprocityThreshold: 0.5 } }), 'S5')).toEqual([]);
  });

  it('[S6] each dormant person gives a suggestion to reconnect, linked to that person', () => {
    const alters = [...richAlters(), { id: 'tante', name: 'Tante Rita', sector: 'familie' as const, ring: 3, status: 'ondergesneeuwd' as const }];
    const s6 = byRule(suggest(alters, richTies), 'S6');
    expect(s6.map((s) => [s.id, s.link, s.alterIds])).toEqual([['S6-tante', { kind: 'persoon', alterId: 'tante' }, ['tante']]]);
    expect(describeSuggestionReason(s6[0]!.reason, 'en')).toBe('Contact with Tante Rita has lapsed. Would you like to pick it up again?');
  });

  it('[S7] each wished-for person gives a suggestion linked to the wish, without options to choose', () => {
    const alters = [...richAlters(), { id: 'broer', name: 'Broer', sector: 'familie' as const, ring: 2, status: 'gewenst' as const }];
    const s7 = byRule(suggest(alters, richTies), 'S7');
    expect(s7.map((s) => [s.id, s.link, s.models, s.initiatives])).toEqual([['S7-broer', { kind: 'gewenst', alterId: 'broer' }, [], []]]);
  });

  it('[S8] few bridging and informal linking ties suggests broadening beyond the own circle; formal linking does not count', () => {
    const alters: AlterInput[] = richAlters().map((a) => ({ ...a, flags: { aanspreekfiguur: false, andereAchtergrond: false, toegangTotMiddelen: false, alleenDigitaal: false } }));
    alters.push({ id: 'ocmw', name: 'OCMW', sector: 'hulpverlening', ring: 3 });
    const s8 = byRule(suggest(alters, richTies), 'S8');
    expect(s8.map((s) => s.reason)).toEqual([{ code: 'few_bridging_ties', params: { bridging: 0, informalLinking: 0 } }]);
    expect(s8[0]?.models).toEqual(['persoonlijke_vriend', 'vrijwilligerswerking_via_organisatie', 'netwerk_via_regio_of_locatie']);
    const withLinking = alters.map((a) => (a.id === 'a' ? { ...a, flags: { ...a.flags!, toegangTotMiddelen: true } } : a.id === 'b' ? { ...a, flags: { ...a.flags!, andereAchtergrond: true } } : a));
    expect(byRule(suggest(withLinking, richTies), 'S8')).toEqual([]);
    expect(byRule(suggest([]), 'S8')).toEqual([]);
  });

  it('[S9] low reciprocity suggests ways to give back (lotgenoten, vrijwilligerswerk)', () => {
    const alters = richAlters().map((a, i) => (i < 4 ? { ...a, support: Object.fromEntries(Object.keys(a.support ?? {}).map((f) => [f, 'ontvangt'])) } : a));
    const s9 = byRule(suggest(alters, richTies), 'S9');
    expect(s9.map((s) => s.reason)).toEqual([{ code: 'low_reciprocity', params: { percent: 33 } }]);
    expect(s9[0]?.models).toEqual(['lotgenotennetwerk', 'vrijwilligerswerking_via_organisatie']);
  });

  it('[S10] informal people who know nobody else on the map are named together', () => {
    const ties = richTies.filter(([a, b]) => a !== 'f' && b !== 'f');
    const alters = [...richAlters(), { id: 'huisarts', name: 'Dokter', sector: 'hulpverlening' as const, ring: 3 }];
    const s10 = byRule(suggest(alters, ties), 'S10');
    expect(s10.map((s) => [s.alterIds, s.reason.params])).toEqual([[['f'], { count: 1, names: 'F' }]]);
    expect(describeSuggestionReason(s10[0]!.reason, 'nl')).toBe('F kent niemand anders op je kaart. Mensen samenbrengen kan de steun sterker maken.');
  });

  it('[S11] with help in the picture, a difficult or mixed relation of the own circle is named as the network reacting to change', () => {
    const alters: AlterInput[] = [
      ...richAlters().map((a) => (a.id === 'b' ? { ...a, valence: 'belastend' as const } : a.id === 'd' ? { ...a, valence: 'ambivalent' as const } : a)),
      { id: 'cons', name: 'Consulent', sector: 'hulpverlening', ring: 3, valence: 'belastend' },
    ];
    const ties = [...richTies, ['a', 'cons'] as [string, string]];
    const s11 = byRule(suggest(alters, ties), 'S11');
    expect(s11.map((s) => [s.id, s.reason, s.link])).toEqual([
      ['S11-b', { code: 'network_reacts_to_change', params: { name: 'B' } }, { kind: 'persoon', alterId: 'b' }],
      ['S11-d', { code: 'network_reacts_to_change', params: { name: 'D' } }, { kind: 'persoon', alterId: 'd' }],
    ]);
    expect(s11[0]?.models).toEqual(['persoonlijk_netwerk']);
    expect(describeSuggestionReason(s11[0]!.reason, 'nl')).toContain('‘de hulpverlener of ik’');
    expect(describeSuggestionReason(s11[0]!.reason, 'fr')).toContain('« l’intervenant ou moi »');
    expect(describeSuggestionReason(s11[0]!.reason, 'en')).toContain('“the support worker or me”');
    // Without a professional on the map there is no help to react to.
    expect(byRule(suggest(alters.filter((a) => a.id !== 'cons'), richTies), 'S11')).toEqual([]);
  });
});

describe('suggestions are reasons and options, never a ranking', () => {
  const mapAndSnapshots = mapInputArbitrary.map((input) => buildMap(input));

  it('[SG1] every suggestion has a reason with a code and a text in every language', () => {
    fc.assert(fc.property(mapAndSnapshots, (map) => {
      for (const snapshot of map.snapshots) {
        for (const s of suggestStrengthening({ snapshot, map })) {
          expect(SUGGESTION_REASON_CODES).toContain(s.reason.code);
          expect(SUGGESTION_RULE_IDS).toContain(s.rule);
          for (const lang of LANGUAGES) {
            const text = describeSuggestionReason(s.reason, lang);
            expect(text.length).toBeGreaterThan(10);
            // Names are the family's own text and may hold anything; the template itself may not leak.
            // Longest names first: removing "!" first would leave "${" of a person named "!${".
            const names = snapshot.alters.map((a) => a.name).sort((x, y) => y.length - x.length);
            const template = names.reduce((t, name) => t.split(name).join(''), text);
            expect(template).not.toMatch(/undefined|NaN|\$\{/);
          }
        }
      }
    }), { numRuns: 150 });
  });

  it('[SG2] models come in catalogue order, initiatives in catalogue order, rules in id order, and nothing carries a score', () => {
    fc.assert(fc.property(mapAndSnapshots, (map) => {
      for (const snapshot of map.snapshots) {
        const list = suggestStrengthening({ snapshot, map });
        const ruleOrder = list.map((s) => SUGGESTION_RULE_IDS.indexOf(s.rule));
        expect(ruleOrder).toEqual([...ruleOrder].sort((a, b) => a - b));
        for (const s of list) {
          const modelOrder = s.models.map((m) => WORKING_MODEL_CODES.indexOf(m));
          expect(modelOrder).toEqual([...new Set(modelOrder)].sort((a, b) => a - b));
          const initiativeOrder = s.initiatives.map((id) => INITIATIVES.findIndex((i) => i.id === id));
          expect(initiativeOrder).toEqual([...initiativeOrder].sort((a, b) => a - b));
          expect(Object.keys(s).sort()).toEqual(['alterIds', 'functions', 'id', 'initiatives', 'link', 'localServices', 'models', 'reason', 'rule']);
        }
        expect(new Set(list.map((s) => s.id)).size).toBe(list.length);
      }
    }), { numRuns: 150 });
  });

  it('every reason code has a text in every language', () => {
    for (const lang of LANGUAGES) for (const code of SUGGESTION_REASON_CODES) {
      expect(SUGGESTION_REASON_MESSAGES[lang][code]({ function: 'zorg', name: 'X', names: 'X', count: 1, percent: 50, informalSize: 2, richThreshold: 6, functionCount: 4 }, lang).length).toBeGreaterThan(10);
    }
  });
});

describe('region and the sociale kaart', () => {
  const local = (input: Partial<LocalServiceInput> & { id: string }): LocalService =>
    LocalServiceSchema.parse({ name: 'Dienst', region: 'Hasselt', ...input }) as LocalService;

  it('[SR1] with a region, catalogue initiatives only known elsewhere are left out; online and Flemish-wide ones stay', () => {
    const all = byRule(suggest([]), 'S2').find((s) => s.id === 'S2-gezelschap');
    const inHasselt = byRule(suggest([], [], { region: 'Hasselt' }), 'S2').find((s) => s.id === 'S2-gezelschap');
    expect(all && inHasselt).toBeTruthy();
    const kept = inHasselt!.initiatives.map((id) => initiativeById(id)!);
    expect(kept.length).toBeLessThan(all!.initiatives.length);
    for (const i of kept) {
      expect(i.online || i.kind === 'soort_werking' || i.kind === 'lokale_route' || /vlaanderen|hasselt/i.test(i.location)).toBe(true);
    }
    expect(kept.some((i) => i.location === 'Nederland' && !i.online)).toBe(false);
    const antwerpen = byRule(suggest([], [], { region: 'antwerpen' }), 'S2').find((s) => s.id === 'S2-gezelschap')!;
    expect(antwerpen.initiatives.map((id) => initiativeById(id)!).some((i) => i.location === 'Antwerpen')).toBe(true);
  });

  it('[SO4] local services are suggested alongside the catalogue, matched on function, model and region', () => {
    const services = [
      local({ id: 'babbel', name: 'Babbelcafé', supportFunctions: ['gezelschap'] }),
      local({ id: 'ver', name: 'Elders', region: 'Gent', supportFunctions: ['gezelschap'] }),
      local({ id: 'online', name: 'Chatlijn', region: 'Vlaanderen', online: true, supportFunctions: ['gezelschap', 'emotioneel'] }),
      local({ id: 'lotgenoten', name: 'Praatgroep', models: ['lotgenotennetwerk'] }),
    ];
    const list = suggest([], [], { region: 'Hasselt', localServices: services });
    expect(list.find((s) => s.id === 'S2-gezelschap')?.localServices).toEqual(['babbel', 'online']);
    expect(list.find((s) => s.id === 'S1')?.localServices).toEqual(['online']);
    expect(list.find((s) => s.id === 'S2-zorg')?.localServices).toEqual([]);
  });
});

describe('accepting a suggestion', () => {
  const snapshot: Snapshot = buildSnapshot({ alters: [
    { id: 'tante', name: 'Tante Rita', sector: 'familie', ring: 3, status: 'ondergesneeuwd' },
    { id: 'a', name: 'A', sector: 'familie', ring: 1 },
    { id: 'b', name: 'B', sector: 'familie', ring: 1 },
  ] });
  const list = suggestStrengthening({ snapshot, map: shape });
  const base: NetworkPlan = createNetworkPlan({ id: 'p', caseId: 'c', mapId: 'm' });

  it('[SA1][SA2][SA3] an accepted gap suggestion becomes an open action linked to the gap, with its origin', () => {
    const s = findSuggestion(list, 'S2-praktisch')!;
    const model = s.models[0]!;
    const choice = SuggestionChoiceSchema.parse({ suggestionId: s.id, what: 'Iemand zoeken voor klusjes', owner: { kind: 'begeleider' }, kind: 'meedenken', due: '2026-05-01', model, initiativeId: s.initiatives[0] });
    const result = acceptSuggestion(base, s, choice, { actionId: 'act-1' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(base.actions).toEqual([]);
    expect(result.plan.actions).toHaveLength(1);
    expect(result.action).toMatchObject({ id: 'act-1', status: 'open', link: { kind: 'gat', function: 'praktisch' }, origin: { rule: 'S2', model, initiativeId: s.initiatives[0] } });
    expect(NetworkPlanSchema.safeParse(result.plan).success).toBe(true);
  });

  it('[SA2] a dormant-person suggestion links the action to that person; a group suggestion to the person chosen', () => {
    const dormant = findSuggestion(list, 'S6-tante')!;
    const r = acceptSuggestion(base, dormant, SuggestionChoiceSchema.parse({ suggestionId: dormant.id, what: 'Tante Rita bellen', owner: { kind: 'persoon' }, kind: 'doen' }), { actionId: 'x' });
    expect(r.ok && r.action.link).toEqual({ kind: 'persoon', alterId: 'tante' });
    const isolated = findSuggestion(list, 'S10')!;
    const r2 = acceptSuggestion(base, isolated, SuggestionChoiceSchema.parse({ suggestionId: 'S10', what: 'A en B samen uitnodigen', owner: { kind: 'persoon' }, kind: 'doen', alterId: 'b' }), { actionId: 'y' });
    expect(r2.ok && r2.action.link).toEqual({ kind: 'persoon', alterId: 'b' });
  });

  it('[SA4] a choice the suggestion did not offer is refused, and the plan is left as it was', () => {
    const s = findSuggestion(list, 'S6-tante')!;
    const choice = (extra: Record<string, unknown>) => SuggestionChoiceSchema.parse({ suggestionId: s.id, what: 'x', owner: { kind: 'persoon' }, kind: 'doen', ...extra });
    expect(acceptSuggestion(base, s, choice({ model: 'lotgenotennetwerk' }), { actionId: 'z' })).toEqual({ ok: false, refusal: 'model_not_offered' });
    expect(acceptSuggestion(base, s, choice({ initiativeId: 'niet-aangeboden' }), { actionId: 'z' })).toEqual({ ok: false, refusal: 'initiative_not_offered' });
    expect(acceptSuggestion(base, s, choice({ localServiceId: 'x' }), { actionId: 'z' })).toEqual({ ok: false, refusal: 'local_service_not_offered' });
    expect(acceptSuggestion(base, s, choice({ alterId: 'a' }), { actionId: 'z' })).toEqual({ ok: false, refusal: 'person_not_in_suggestion' });
    expect(acceptSuggestion(base, s, choice({ goalId: 'g' }), { actionId: 'z' })).toEqual({ ok: false, refusal: 'unknown_goal' });
    expect(acceptSuggestion(base, s, { ...choice({}), suggestionId: 'S3' }, { actionId: 'z' })).toEqual({ ok: false, refusal: 'wrong_suggestion' });
    const once = acceptSuggestion(base, s, choice({}), { actionId: 'z' });
    expect(once.ok && acceptSuggestion(once.plan, s, choice({}), { actionId: 'z' })).toEqual({ ok: false, refusal: 'duplicate_action_id' });
  });
});
