import type { Labels, SourceRef } from '../labels.js';
import type { LifeDomain, SupportFunction } from '../vocabularies/index.js';

/**
 * Types of the catalogue: the seven working models for strengthening personal networks (seed 003,
 * chapter 4 and 6.3) and the initiatives that put them into practice (seed 003, tables 3–9, and the
 * local routes of seed 000). The catalogue is data to suggest from; it never ranks models: the
 * research compares each model only with itself (seed 003, 6.3 and 7.2.2), so no type here carries a
 * score, a rank or an order of merit.
 */

// ---------------------------------------------------------------------------------------------
// Codes

/** The seven working models, in the order of seed 003, table 2 (an order of listing, not of merit). */
export const WORKING_MODEL_CODES = [
  'persoonlijke_competentieversterking',
  'persoonlijke_vriend',
  'persoonlijk_netwerk',
  'lotgenotennetwerk',
  'contextgericht_via_organisatie',
  'vrijwilligerswerking_via_organisatie',
  'netwerk_via_regio_of_locatie',
] as const;
export type WorkingModelCode = (typeof WORKING_MODEL_CODES)[number];

/**
 * The six functions a method can serve (seed 003, 4.2): educatieve functie of informatiefunctie,
 * psychosociale functie, gemeenschapsvormende functie, culturele functie, opvoedingsondersteuning,
 * activerende functie. A method may serve several at once.
 */
export const METHOD_FUNCTION_CODES = [
  'educatief',
  'psychosociaal',
  'gemeenschapsvormend',
  'cultureel',
  'opvoedingsondersteunend',
  'activerend',
] as const;
export type MethodFunctionCode = (typeof METHOD_FUNCTION_CODES)[number];

/** The catalogue speaks of support functions and life domains in the core's own vocabularies. */
export type SupportFunctionCode = SupportFunction;
export type LifeDomainCode = LifeDomain;

// ---------------------------------------------------------------------------------------------
// The five parameters of a working model (seed 003, 4.2 and table 2)

/** Parameter 1: individueel of groepsgericht. Table 2 writes 'Individueel/groep' for two models: `beide`. */
export const INDIVIDUAL_OR_GROUP_CODES = ['individueel', 'groep', 'beide'] as const;
export type IndividualOrGroup = (typeof INDIVIDUAL_OR_GROUP_CODES)[number];

/** Parameter 2: ingezet aantal personen, the categories of table 2. */
export const PERSONS_DEPLOYED_CODES = [
  'betrokkene_zelf',
  'een_sleutelfiguur',
  'meerdere_persoonlijke_contacten_of_vrijwilligers',
  'meerdere_vrijwilligers',
  'meerdere_contacten_buurt',
] as const;
export type PersonsDeployedCode = (typeof PERSONS_DEPLOYED_CODES)[number];

/** Parameter 3: a priori persoonlijke relatie (N.v.t., Neen, Noodzakelijk, Niet noodzakelijk, Mogelijk maar niet noodzakelijk). */
export const PRIOR_RELATION_CODES = [
  'niet_van_toepassing',
  'neen',
  'noodzakelijk',
  'niet_noodzakelijk',
  'mogelijk_niet_noodzakelijk',
] as const;
export type PriorRelationCode = (typeof PRIOR_RELATION_CODES)[number];

/** Parameter 4: rol van vrijwilliger, the roles table 2 names. */
export const VOLUNTEER_ROLE_CODES = [
  'sociale_steun',
  'sociale_relatie',
  'overbruggen',
  'trajectbegeleiding',
  'ervaringsdeskundigheid',
  'recreatief',
] as const;
export type VolunteerRoleCode = (typeof VOLUNTEER_ROLE_CODES)[number];

/**
 * Whether volunteers take part: not at all (N.v.t.), as a core part of the model, or only possibly,
 * through an organisation (table 2, community building: "Kan betrokken zijn via organisatie").
 */
export const VOLUNTEER_INVOLVEMENT_CODES = ['niet_van_toepassing', 'ingezet', 'mogelijk_via_organisatie'] as const;
export type VolunteerInvolvement = (typeof VOLUNTEER_INVOLVEMENT_CODES)[number];

/** Parameter 5: rol van beroepskracht, the roles table 2 names. */
export const PROFESSIONAL_ROLE_CODES = [
  'educatief',
  'coordinatie_vrijwilligers',
  'trajectbegeleiding',
  'coordinatie_activiteiten',
  'coordinatie_netwerk',
  'coordinatie_activiteiten_buurt_vereniging',
] as const;
export type ProfessionalRoleCode = (typeof PROFESSIONAL_ROLE_CODES)[number];

/**
 * Table 2 splits 'persoonlijk netwerk' into a model a and a model b with different roles for the
 * volunteer and the professional; every other model has one set of roles (variant null).
 */
export type ModelVariant = 'a' | 'b';

export interface RoleSet<R extends string> {
  readonly variant: ModelVariant | null;
  readonly roles: readonly R[];
}

export interface CodedParameter<C extends string> {
  readonly code: C;
  /** What the value means for this model, in plain words. */
  readonly explanation: Labels;
}

export interface WorkingModelParameters {
  readonly individualOrGroup: CodedParameter<IndividualOrGroup>;
  readonly personsDeployed: CodedParameter<PersonsDeployedCode>;
  readonly priorRelation: CodedParameter<PriorRelationCode>;
  readonly volunteerRole: {
    readonly involvement: VolunteerInvolvement;
    /** Empty when involvement is niet_van_toepassing. */
    readonly variants: readonly RoleSet<VolunteerRoleCode>[];
    readonly explanation: Labels;
  };
  readonly professionalRole: {
    readonly variants: readonly RoleSet<ProfessionalRoleCode>[];
    readonly explanation: Labels;
  };
}

// ---------------------------------------------------------------------------------------------
// Strengths, limits and conditions (seed 003, 6.3, tables 10–16)

/**
 * Some SWOT points in tables 10, 11 and 13 hold only for part of a model: online courses, courses
 * on site, newcomers, self-organisations of ethnic-cultural minorities.
 */
export const SWOT_SCOPES = [
  'online_cursussen',
  'cursussen_op_locatie',
  'nieuwkomers',
  'zelforganisaties_etnisch_culturele_minderheden',
] as const;
export type SwotScope = (typeof SWOT_SCOPES)[number];

/** Whether a point is in the model's table (10–16) or only in the discussion text around it. */
export type Origin = 'tabel' | 'tekst';

export interface SwotItem {
  readonly text: Labels;
  /** null: holds for the whole model. */
  readonly scope: SwotScope | null;
  readonly origin: Origin;
  /** A nuance the participants added (for example: "a chance, not a certainty"). */
  readonly note?: Labels;
}

/**
 * Who named a condition. The tables of seed 003 are the joint result of the focus groups of rounds
 * 2 and 3 (people with poverty experience, then together with practitioners): that is
 * `ervarings_en_praktijkdeskundigen`. Only where the text attributes a point to one group is it
 * `ervaringsdeskundigen` or `praktijkwerkers`; `stuurgroep` is the expert steering group (rounds 1
 * and 4).
 */
export const NAMED_BY_CODES = ['ervaringsdeskundigen', 'praktijkwerkers', 'ervarings_en_praktijkdeskundigen', 'stuurgroep'] as const;
export type NamedBy = (typeof NAMED_BY_CODES)[number];

export interface Condition {
  readonly text: Labels;
  readonly namedBy: NamedBy;
  readonly origin: Origin;
  readonly note?: Labels;
  readonly source: SourceRef;
}

export interface WorkingModel {
  readonly code: WorkingModelCode;
  readonly labels: Labels;
  /** Other names the source uses: buddy, PCP, peer, community building. */
  readonly alsoKnownAs: readonly string[];
  readonly summary: Labels;
  readonly parameters: WorkingModelParameters;
  /** Method functions the source says this model focuses on; empty when it says none. */
  readonly emphasisedFunctions: readonly MethodFunctionCode[];
  /**
   * Strengths and opportunities together, weaknesses and threats together: seed 003 (6.3) could not
   * keep internal and external apart and reports them bundled, so the catalogue does too.
   */
  readonly strengthsAndOpportunities: readonly SwotItem[];
  readonly weaknessesAndThreats: readonly SwotItem[];
  /** Conditions specific to this model. The general conditions (GENERAL_CONDITIONS) hold for all. */
  readonly conditions: readonly Condition[];
  /** Set when the source says something about the conditions as a whole (for example: none named). */
  readonly conditionsNote: Labels | null;
  /** Tables of seed 003: the examples (3–9) and the SWOT (10–16). */
  readonly tables: { readonly examples: SourceTable; readonly swot: number };
  readonly sources: readonly SourceRef[];
}

// ---------------------------------------------------------------------------------------------
// Method functions

export interface MethodFunction {
  readonly code: MethodFunctionCode;
  readonly labels: Labels;
  readonly explanation: Labels;
  /** Models the source names as focusing strongly on this function. */
  readonly emphasisedBy: readonly WorkingModelCode[];
  readonly source: SourceRef;
}

// ---------------------------------------------------------------------------------------------
// Initiatives

/** The tables of seed 003 that list examples, one per working model. */
export type SourceTable = 3 | 4 | 5 | 6 | 7 | 8 | 9;

/**
 * How an initiative appears in a table of seed 003: `beschreven` with its own row (aim, target
 * group, domain), or `andere_voorbeelden`, named only in the list of similar practices under the
 * table (tables 4 and 6).
 */
export interface TableListing {
  readonly table: SourceTable;
  readonly entry: 'beschreven' | 'andere_voorbeelden';
}

/**
 * The catalogue's own classification (not the source's): `project` a named project or
 * organisation; `methode` a method or tool several organisations use; `soort_werking` a kind of
 * service found in many places; `lokale_route` a route to broaden a network from seed 000.
 */
export const INITIATIVE_KINDS = ['project', 'methode', 'soort_werking', 'lokale_route'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

/**
 * How `models` was filled: `in_tabel` the source lists it in a table (models[0] is that table's
 * model, further models are the catalogue's reading and are explained in `note`); `toegekend` the
 * source names no model and the catalogue assigns one from the five parameters; `geen_werkmodel`
 * the source presents it as indirect network strengthening outside the seven models, and none
 * fits (models is empty).
 */
export const MODEL_FITS = ['in_tabel', 'toegekend', 'geen_werkmodel'] as const;
export type ModelFit = (typeof MODEL_FITS)[number];

export interface Initiative {
  /** Stable kebab-case id. */
  readonly id: string;
  /** As named in the source; never translated. */
  readonly name: string;
  readonly kind: InitiativeKind;
  /** As in the source; 'niet vermeld' when it names none. */
  readonly organisation: string;
  /** Place or region as the source gives it; 'onbekend' when it gives none. */
  readonly location: string;
  readonly online: boolean;
  readonly aim: Labels;
  readonly targetGroup: Labels;
  /** The 'Domein' of the source (a sector of the social field), verbatim; null when not given. */
  readonly sectorInSource: string | null;
  /** VONK life domains where they fit (the catalogue's reading); empty when nothing is known. */
  readonly domains: readonly LifeDomainCode[];
  readonly models: readonly WorkingModelCode[];
  readonly modelFit: ModelFit;
  /** null for initiatives that are not in tables 3–9 of seed 003. */
  readonly listing: TableListing | null;
  /** Method functions it mainly serves (the catalogue's reading of the description). */
  readonly functions: readonly MethodFunctionCode[];
  /** Support functions it mainly offers (the catalogue's reading); empty when nothing is known. */
  readonly supportFunctions: readonly SupportFunctionCode[];
  /** Member organisations or local groups the source names as examples. */
  readonly examples?: readonly string[];
  /** Further facts from the sources, or why the catalogue reads it the way it does. */
  readonly note?: Labels;
  readonly sources: readonly [SourceRef, ...SourceRef[]];
}
