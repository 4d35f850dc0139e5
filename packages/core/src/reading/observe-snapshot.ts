import type { Alter, AlterId, Snapshot } from '../records/index.js';
import type { SectorCode, SupportFunction } from '../vocabularies/index.js';
import type { Indicators } from '../indicators/analyse.js';
import { createAnalysisContext, type MapShape } from '../indicators/context.js';
import { DEFAULT_INDICATOR_SETTINGS, type IndicatorSettings } from '../indicators/settings.js';
import { fns, num, observation, pct, people, sectors } from './param-helpers.js';
import { roundPercentsTo100, type Observation, type ObservedSection } from './observations.js';

/**
 * What a snapshot shows, as observations per section, strengths first. It describes the network
 * and asks questions; it never scores or judges the person (domain.md §1: "kansen en
 * kwetsbaarheden", "niet iedereen moet 10/10 halen"). Empty sections are left out.
 *
 * `indicators` must be those of this snapshot (analyseSnapshot) with the same settings.
 */
export function observeSnapshot(
  indicators: Indicators,
  snapshot: Snapshot,
  map: MapShape,
  settings: IndicatorSettings = DEFAULT_INDICATOR_SETTINGS,
): ObservedSection[] {
  const ctx = createAnalysisContext(snapshot, map, settings);
  const active = ctx.active;
  const byStatus = (status: Alter['status']) => snapshot.alters.filter((a) => a.status === status).map((a) => a.id);
  const sections: ObservedSection[] = [];
  const add = (code: ObservedSection['code'], observations: Observation[]) => {
    if (observations.length > 0) sections.push({ code, observations });
  };

  // Strengths: what is there already.
  const strengths: Observation[] = [];
  if (indicators.size === 0) {
    strengths.push(observation('no_active_people'));
  } else {
    strengths.push(observation('active_people', {
      total: num(indicators.size), informal: num(indicators.informalSize), formal: num(indicators.formalSize),
    }));
    const informalFunctions = settings.functions.filter((f) => indicators.coverage[f] === 'informeel');
    if (informalFunctions.length > 0) {
      strengths.push(observation('informal_functions', { functions: fns(informalFunctions), total: num(settings.functions.length) }));
    }
    const providers = active.filter((a) => a.receivedCount > 0).length;
    if (providers >= 3) strengths.push(observation('spread', { count: num(providers) }));
    const goTo = active.filter((a) => a.alter.flags.aanspreekfiguur).map((a) => a.alter.id);
    if (goTo.length > 0) strengths.push(observation('go_to_people', { people: people(goTo) }));
    const givenTo = active.filter((a) => a.givenCount > 0).map((a) => a.alter.id);
    if (givenTo.length > 0) strengths.push(observation('gives_too', { people: people(givenTo) }));
    if (indicators.strongCount > 0) strengths.push(observation('strong_ties', { count: num(indicators.strongCount) }));
    if (indicators.weakCount > 0) strengths.push(observation('weak_ties', { count: num(indicators.weakCount) }));
    const present = sectorsPresent(active.map((a) => a.alter.sector), indicators);
    if (present.length >= 2) strengths.push(observation('sectors_reached', { count: num(present.length), sectors: sectors(present) }));
    if (indicators.bridgingCount > 0) strengths.push(observation('bridging', { count: num(indicators.bridgingCount) }));
    const doors = active.filter((a) => !a.alter.formal && a.alter.flags.toegangTotMiddelen).map((a) => a.alter.id);
    if (doors.length > 0) strengths.push(observation('opens_doors', { people: people(doors) }));
    const supportive = active.filter((a) => a.alter.valence === 'steunend').length;
    if (supportive > 0) strengths.push(observation('supportive_people', { count: num(supportive) }));
  }
  add('strengths', strengths);

  // Who gives what, per support function, informal first.
  const support: Observation[] = [];
  for (const f of settings.functions) {
    const p = indicators.providers[f];
    if (!p || p.informal.length + p.formal.length === 0) continue;
    support.push(observation('function_providers', { function: fns([f]), informal: people(p.informal), formal: people(p.formal) }));
  }
  if (support.length === 0 && indicators.size > 0) support.push(observation('no_support_marked'));
  add('support', support);

  // Openings: people who are on the map but not (yet) active.
  const reconnect: Observation[] = [];
  const dormant = byStatus('ondergesneeuwd');
  if (dormant.length > 0) reconnect.push(observation('dormant', { people: people(dormant) }));
  const wished = byStatus('gewenst');
  if (wished.length > 0) reconnect.push(observation('wished', { people: people(wished) }));
  const lost = byStatus('verbroken');
  if (lost.length > 0) reconnect.push(observation('lost', { people: people(lost) }));
  add('reconnect', reconnect);

  // Where the network is thin.
  const thin: Observation[] = [];
  if (indicators.size > 0) {
    if (indicators.gaps.length > 0 && indicators.gaps.length < settings.functions.length) {
      thin.push(observation('gaps', { functions: fns(indicators.gaps) }));
    }
    if (indicators.formalOnly.length > 0) thin.push(observation('formal_only', { functions: fns(indicators.formalOnly) }));
    if (indicators.professionalDependence !== null && indicators.professionalDependence >= 0.5) {
      thin.push(observation('professional_share', { percent: pct(indicators.professionalDependence) }));
    }
    const burdening = active.filter((a) => a.alter.valence === 'belastend').map((a) => a.alter.id);
    if (burdening.length > 0) thin.push(observation('burdening', { people: people(burdening) }));
    const ambivalent = active.filter((a) => a.alter.valence === 'ambivalent').map((a) => a.alter.id);
    if (ambivalent.length > 0) thin.push(observation('ambivalent', { people: people(ambivalent) }));
    if (thin.length === 0 && indicators.gaps.length === 0) thin.push(observation('nothing_thin'));
  }
  add('thin', thin);

  // People who carry a lot: a question about them, not a judgement.
  const carriers: Observation[] = [];
  const soleOf = soleProviders(indicators, settings.functions);
  const total = ctx.totalReceived;
  for (const id of indicators.keyPersons) {
    const a = active.find((x) => x.alter.id === id);
    const share = a && total > 0 ? a.receivedCount / total : 0;
    carriers.push(observation('key_person', {
      person: people([id]),
      sole: fns(soleOf.get(id) ?? []),
      percent: pct(share >= 0.5 ? share : null),
    }));
  }
  for (const id of indicators.possiblyOverloaded) {
    const a = active.find((x) => x.alter.id === id);
    carriers.push(observation('overloaded', { person: people([id]), count: num(a?.receivedCount ?? 0) }));
  }
  add('carriers', carriers);

  // Giving and receiving.
  const balance: Observation[] = [];
  const supportTies = active.filter((a) => a.supportTie).length;
  if (supportTies > 0) {
    const reciprocal = active.filter((a) => a.reciprocal).length;
    balance.push(observation('reciprocity', { count: num(reciprocal), total: num(supportTies), percent: pct(indicators.reciprocityShare) }));
    if (indicators.balance > 0) balance.push(observation('balance_gives_more', { difference: num(indicators.balance) }));
    else if (indicators.balance < 0) balance.push(observation('balance_receives_more', { difference: num(-indicators.balance) }));
    else balance.push(observation('balance_even'));
  }
  add('balance', balance);

  // Who knows whom.
  const connections: Observation[] = [];
  if (indicators.size > 0) {
    if (indicators.density === null) {
      connections.push(observation('too_small_for_density'));
    } else {
      connections.push(observation('density', { percent: pct(indicators.density), ties: num(ctx.activeTies.length) }));
      if (indicators.informalDensity !== null && indicators.formalSize > 0) {
        connections.push(observation('informal_density', { percent: pct(indicators.informalDensity) }));
      }
      const clusters = indicators.components.filter((c) => c.length >= 2).length;
      if (indicators.components.length === 1) connections.push(observation('one_cluster'));
      else if (clusters >= 2) connections.push(observation('clusters', { count: num(clusters) }));
      if (indicators.isolates.length > 0) connections.push(observation('isolates', { people: people(indicators.isolates) }));
    }
  }
  add('connections', connections);

  // The care mix.
  const careMix: Observation[] = [];
  if (indicators.careMix) {
    const [informal, general, specialised] = roundPercentsTo100([
      indicators.careMix.informeel, indicators.careMix.algemeen, indicators.careMix.gespecialiseerd,
    ]);
    careMix.push(observation('care_mix', {
      informal: { kind: 'percent', value: informal ?? 0 },
      general: { kind: 'percent', value: general ?? 0 },
      specialised: { kind: 'percent', value: specialised ?? 0 },
    }));
  } else if (indicators.size > 0) {
    careMix.push(observation('care_mix_none'));
  }
  add('careMix', careMix);

  // Machielse's quadrant only as a question to reflect on together, never a label.
  const reflection: Observation[] = [];
  if (indicators.quadrant !== null && snapshot.appraisal !== null) {
    reflection.push(observation('quadrant', {
      quadrant: { kind: 'quadrant', code: indicators.quadrant },
      appraisal: { kind: 'appraisal', code: snapshot.appraisal },
      informal: num(indicators.informalSize),
      threshold: num(settings.richThreshold),
    }));
  } else {
    reflection.push(observation('appraisal_open'));
  }
  reflection.push(observation('next_step'));
  add('reflection', reflection);

  return sections;
}

/** The sectors present among the active alters, in the order of the map's scheme (composition). */
function sectorsPresent(sectorsOfActive: readonly (SectorCode | null)[], indicators: Indicators): SectorCode[] {
  const present = new Set(sectorsOfActive.filter((s): s is SectorCode => s !== null));
  return Object.keys(indicators.composition).filter((k): k is SectorCode => present.has(k as SectorCode));
}

/** Per alter, the functions of which it is the only provider (informal or formal). */
function soleProviders(indicators: Indicators, functions: readonly SupportFunction[]): Map<AlterId, SupportFunction[]> {
  const out = new Map<AlterId, SupportFunction[]>();
  for (const f of functions) {
    const p = indicators.providers[f];
    if (!p || p.informal.length + p.formal.length !== 1) continue;
    const only = (p.informal[0] ?? p.formal[0]) as AlterId;
    out.set(only, [...(out.get(only) ?? []), f]);
  }
  return out;
}
