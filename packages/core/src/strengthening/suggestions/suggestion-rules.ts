import type { Initiative } from '../../catalogue/types.js';
import type { Indicators, IndicatorSettings } from '../../indicators/index.js';
import type { Alter, AlterId, Snapshot } from '../../records/index.js';
import type { SupportFunction } from '../../vocabularies/index.js';
import type { ActionLink } from '../../plan/action-link.js';
import { inCatalogueOrder, modelsGiving, type RuleOptions } from './rule-options.js';
import type { SuggestionReason } from './suggestion.js';
import type { SuggestionRuleId } from './rule-ids.js';
import type { SuggestionSettings } from './suggestion-settings.js';

/** A rule that fired, before its options are looked up in the catalogue and the sociale kaart. */
export interface SuggestionFiring {
  readonly id: string;
  readonly rule: SuggestionRuleId;
  readonly reason: SuggestionReason;
  readonly link: ActionLink | null;
  readonly alterIds: readonly AlterId[];
  readonly functions: readonly SupportFunction[];
  readonly options: RuleOptions;
}

export interface SuggestionRuleInput {
  readonly snapshot: Snapshot;
  readonly indicators: Indicators;
  readonly settings: IndicatorSettings;
  readonly suggestionSettings: SuggestionSettings;
  readonly catalogue: readonly Initiative[];
}

const percent = (share: number): number => Math.round(share * 100);

function alterById(snapshot: Snapshot): Map<AlterId, Alter> {
  return new Map(snapshot.alters.map((a) => [a.id, a]));
}

/** S1: nobody of the person's own circle gives emotional support (coverage not `informeel`). */
function noInformalEmotionalSupport({ indicators, settings, catalogue }: SuggestionRuleInput): SuggestionFiring[] {
  if (!settings.functions.includes('emotioneel')) return [];
  const coverage = indicators.coverage.emotioneel;
  if (coverage === undefined || coverage === 'informeel') return [];
  return [{
    id: 'S1', rule: 'S1',
    reason: { code: 'no_informal_emotional_support', params: { function: 'emotioneel', coverage } },
    link: { kind: 'gat', function: 'emotioneel' }, alterIds: [], functions: ['emotioneel'],
    options: { models: modelsGiving('emotioneel', catalogue), functions: ['emotioneel'], initiatives: true },
  }];
}

/** S2: every other function without an informal provider (CV2 gaps and CV3 formal only), in settings order. */
function otherFunctionGaps({ indicators, settings, catalogue }: SuggestionRuleInput): SuggestionFiring[] {
  const out: SuggestionFiring[] = [];
  for (const fn of settings.functions) {
    if (fn === 'emotioneel') continue;
    const coverage = indicators.coverage[fn];
    if (coverage === undefined || coverage === 'informeel') continue;
    out.push({
      id: `S2-${fn}`, rule: 'S2',
      reason: { code: coverage === 'geen' ? 'gap_none' : 'gap_formal_only', params: { function: fn } },
      link: { kind: 'gat', function: fn }, alterIds: [], functions: [fn],
      options: { models: modelsGiving(fn, catalogue), functions: [fn], initiatives: true },
    });
  }
  return out;
}

/** S3: a small network: fewer active informal people than the rich threshold (Q1). */
function smallNetwork({ indicators, settings }: SuggestionRuleInput): SuggestionFiring[] {
  if (indicators.informalSize >= settings.richThreshold) return [];
  return [{
    id: 'S3', rule: 'S3',
    reason: { code: 'small_network', params: { informalSize: indicators.informalSize, richThreshold: settings.richThreshold } },
    link: null, alterIds: [], functions: ['gezelschap', 'erbij_horen'],
    options: {
      models: inCatalogueOrder(['persoonlijke_competentieversterking', 'persoonlijke_vriend', 'lotgenotennetwerk', 'vrijwilligerswerking_via_organisatie', 'netwerk_via_regio_of_locatie']),
      functions: ['gezelschap', 'erbij_horen'],
      initiatives: true,
    },
  }];
}

/**
 * S4: an informal key person (DP5) or an informal person who is possibly overloaded (O1), one
 * suggestion each, in map order. A professional who carries most is S5's concern.
 */
function keyOrOverloaded({ snapshot, indicators, settings }: SuggestionRuleInput): SuggestionFiring[] {
  const byId = alterById(snapshot);
  const key = new Set(indicators.keyPersons);
  const overloaded = new Set(indicators.possiblyOverloaded);
  const out: SuggestionFiring[] = [];
  for (const alter of snapshot.alters) {
    if (alter.formal || (!key.has(alter.id) && !overloaded.has(alter.id))) continue;
    const received = settings.functions.filter((f) => alter.support[f] !== undefined && alter.support[f] !== 'geeft');
    const code = key.has(alter.id) && overloaded.has(alter.id) ? 'key_person_possibly_overloaded' : key.has(alter.id) ? 'key_person' : 'possibly_overloaded';
    const person = byId.get(alter.id) as Alter;
    out.push({
      id: `S4-${alter.id}`, rule: 'S4',
      reason: { code, params: { name: person.name, functionCount: received.length } },
      link: { kind: 'persoon', alterId: alter.id }, alterIds: [alter.id], functions: received,
      options: { models: inCatalogueOrder(['persoonlijk_netwerk', 'contextgericht_via_organisatie']), functions: received, initiatives: true },
    });
  }
  return out;
}

/** S5: professional dependence (DP3) at or above the setting. */
function professionalDependence({ indicators, suggestionSettings }: SuggestionRuleInput): SuggestionFiring[] {
  const dp = indicators.professionalDependence;
  if (dp === null || dp < suggestionSettings.professionalDependenceThreshold) return [];
  return [{
    id: 'S5', rule: 'S5',
    reason: { code: 'high_professional_dependence', params: { percent: percent(dp) } },
    link: null, alterIds: [], functions: indicators.formalOnly,
    options: { models: inCatalogueOrder(['persoonlijk_netwerk', 'contextgericht_via_organisatie']), functions: indicators.formalOnly, initiatives: true },
  }];
}

/** S6: each dormant person (status ondergesneeuwd), in map order: suggest picking the contact up again. */
function dormantPeople({ snapshot }: SuggestionRuleInput): SuggestionFiring[] {
  return snapshot.alters.filter((a) => a.status === 'ondergesneeuwd').map((alter) => ({
    id: `S6-${alter.id}`, rule: 'S6' as const,
    reason: { code: 'dormant_person' as const, params: { name: alter.name } },
    link: { kind: 'persoon' as const, alterId: alter.id }, alterIds: [alter.id], functions: [],
    options: { models: inCatalogueOrder(['persoonlijk_netwerk']), functions: [], initiatives: true },
  }));
}

/** S7: each wished-for person (status gewenst), in map order: a step towards them. */
function wishedPeople({ snapshot }: SuggestionRuleInput): SuggestionFiring[] {
  return snapshot.alters.filter((a) => a.status === 'gewenst').map((alter) => ({
    id: `S7-${alter.id}`, rule: 'S7' as const,
    reason: { code: 'wished_person' as const, params: { name: alter.name } },
    link: { kind: 'gewenst' as const, alterId: alter.id }, alterIds: [alter.id], functions: [],
    options: { models: [], functions: [], initiatives: false },
  }));
}

/**
 * S8: few ties outside the own circle: bridging (K1) plus informal linking ties (informal people
 * flagged toegangTotMiddelen) below the setting. Formal linking ties are not counted: a network of
 * professionals is not a broad network. Only for a network with someone in it.
 */
function fewBridgingTies({ snapshot, indicators, suggestionSettings }: SuggestionRuleInput): SuggestionFiring[] {
  if (indicators.size === 0) return [];
  const informalLinking = snapshot.alters.filter((a) => a.status === 'actief' && !a.formal && a.flags.toegangTotMiddelen).length;
  if (indicators.bridgingCount + informalLinking >= suggestionSettings.minBridgingTies) return [];
  return [{
    id: 'S8', rule: 'S8',
    reason: { code: 'few_bridging_ties', params: { bridging: indicators.bridgingCount, informalLinking } },
    link: null, alterIds: [], functions: ['informatie', 'voorbeeld'],
    options: {
      models: inCatalogueOrder(['persoonlijke_vriend', 'vrijwilligerswerking_via_organisatie', 'netwerk_via_regio_of_locatie']),
      functions: ['informatie', 'voorbeeld'],
      initiatives: true,
    },
  }];
}

/** S9: low reciprocity (R3 below the setting): ways to give back, as a peer or a volunteer. */
function lowReciprocity({ indicators, suggestionSettings }: SuggestionRuleInput): SuggestionFiring[] {
  const share = indicators.reciprocityShare;
  if (share === null || share >= suggestionSettings.lowReciprocityThreshold) return [];
  return [{
    id: 'S9', rule: 'S9',
    reason: { code: 'low_reciprocity', params: { percent: percent(share) } },
    link: null, alterIds: [], functions: [],
    options: { models: inCatalogueOrder(['lotgenotennetwerk', 'vrijwilligerswerking_via_organisatie']), functions: [], initiatives: true },
  }];
}

/**
 * S10: informal people who know nobody else on the map (G2 isolates that are informal), one
 * suggestion for all of them. Only when there are at least two active people: with one, there is
 * nobody to know.
 */
function isolatedPeople({ snapshot, indicators }: SuggestionRuleInput): SuggestionFiring[] {
  if (indicators.size < 2) return [];
  const byId = alterById(snapshot);
  const isolated = indicators.isolates.filter((id) => byId.get(id)?.formal === false);
  if (isolated.length === 0) return [];
  return [{
    id: 'S10', rule: 'S10',
    reason: { code: 'isolated_people', params: { count: isolated.length, names: isolated.map((id) => byId.get(id)?.name ?? id).join(', ') } },
    link: null, alterIds: isolated, functions: [],
    options: { models: inCatalogueOrder(['persoonlijk_netwerk', 'netwerk_via_regio_of_locatie']), functions: [], initiatives: true },
  }];
}

/**
 * S11: help is in the picture (an active professional) and someone of the own circle has a
 * difficult or mixed relation with the person (valence belastend or ambivalent): one suggestion
 * each, in map order. Seed 000: the network may resent the help or the change it brings, up to
 * "the carer or me"; bringing those people in works better than keeping them out.
 */
function networkReactsToChange({ snapshot }: SuggestionRuleInput): SuggestionFiring[] {
  const active = snapshot.alters.filter((a) => a.status === 'actief');
  if (!active.some((a) => a.formal)) return [];
  return active.filter((a) => !a.formal && (a.valence === 'belastend' || a.valence === 'ambivalent')).map((alter) => ({
    id: `S11-${alter.id}`, rule: 'S11' as const,
    reason: { code: 'network_reacts_to_change' as const, params: { name: alter.name } },
    link: { kind: 'persoon' as const, alterId: alter.id }, alterIds: [alter.id], functions: [],
    options: { models: inCatalogueOrder(['persoonlijk_netwerk']), functions: [], initiatives: true },
  }));
}

/** The rules in the order of their ids (an order of reading, not of importance). */
export const SUGGESTION_RULES: readonly ((input: SuggestionRuleInput) => SuggestionFiring[])[] = [
  noInformalEmotionalSupport,
  otherFunctionGaps,
  smallNetwork,
  keyOrOverloaded,
  professionalDependence,
  dormantPeople,
  wishedPeople,
  fewBridgingTies,
  lowReciprocity,
  isolatedPeople,
  networkReactsToChange,
];
