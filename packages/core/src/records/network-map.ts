import { z } from 'zod';
import {
  ALTER_FLAGS, ALTER_KINDS, APPRAISALS, CHANNELS, DEFAULT_RING_COUNT, DIRECTIONS, EGO_KINDS, FIXED_ARRANGEMENTS, FORMAL_LEVELS,
  FORMAL_MODES, FREQUENCIES, MAX_RING_COUNT, MIN_RING_COUNT, REACHABILITIES, SECTOR_SCHEME_CODES, SECTORS_A,
  SECTORS_B, SNAPSHOT_KINDS, STATUSES, SUPPORT_FUNCTIONS, VALENCES,
} from '../vocabularies/index.js';
import {
  AlterIdSchema, IsoDateSchema, MapIdSchema, PersonIdSchema, SnapshotIdSchema, type DeepReadonly,
} from './ids.js';
import { nameTextSchema } from './name-text.js';

/**
 * The records of a netwerkkaart (domain.md section 2), defined once as zod schemas: they give the
 * TypeScript types, the runtime checks at every boundary (files, API bodies, CLI input) and the
 * JSON Schema of the map format. Objects are strict: an unknown field is an error, never dropped.
 *
 * Rules that need the whole map (ring within the map's ring count, sector within the map's scheme,
 * ties between existing alters) are checked by `checkMap` in ../format/check.ts.
 */

const shortText = (max: number) => z.string().trim().min(1).max(max);

export const SectorCodeSchema = z.enum([...SECTORS_B, ...SECTORS_A]);
export const SupportFunctionSchema = z.enum(SUPPORT_FUNCTIONS);
export const SupportDirectionSchema = z.enum(DIRECTIONS);

/** Polar position on the drawing: angle in degrees clockwise from the top, distance 0 (centre) .. 1 (edge). */
export const PositionSchema = z.strictObject({
  angle: z.number().min(0).lt(360),
  distance: z.number().min(0).max(1),
});

export const AlterFlagsSchema = z.strictObject(
  Object.fromEntries(ALTER_FLAGS.map((flag) => [flag, z.boolean().default(false)])) as Record<
    (typeof ALTER_FLAGS)[number],
    z.ZodDefault<z.ZodBoolean>
  >,
);

export const SupportSchema = z.partialRecord(SupportFunctionSchema, SupportDirectionSchema);

export const AlterSchema = z.strictObject({
  id: AlterIdSchema,
  kind: z.enum(ALTER_KINDS).default('persoon'),
  /** The name the person uses: a first name, a nickname, "de buurvrouw". */
  name: nameTextSchema(120),
  /** The same person on several maps of one case shares this identity. */
  personId: PersonIdSchema.optional(),
  /** Null: not categorised, which is always allowed. */
  sector: SectorCodeSchema.nullable().default(null),
  /** A code of the role list or free text ("de juf van Amir"). */
  role: shortText(80).optional(),
  /** Professionals and services; when absent it follows the sector (hulpverlening is formal). */
  formal: z.boolean().optional(),
  formalMode: z.enum(FORMAL_MODES).optional(),
  formalLevel: z.enum(FORMAL_LEVELS).optional(),
  chosenByFamily: z.boolean().optional(),
  /** 1 = closest. Must lie within the map's ring count. */
  ring: z.number().int().min(1).max(MAX_RING_COUNT),
  position: PositionSchema.optional(),
  status: z.enum(STATUSES).default('actief'),
  support: SupportSchema.default({}),
  valence: z.enum(VALENCES).optional(),
  frequency: z.enum(FREQUENCIES).optional(),
  channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).default([]),
  reachability: z.enum(REACHABILITIES).optional(),
  /** Year the contact started. */
  since: z.number().int().min(1900).max(2100).optional(),
  /** Where the contact started (school, work, the neighbourhood...). */
  origin: shortText(200).optional(),
  flags: AlterFlagsSchema.default({ aanspreekfiguur: false, andereAchtergrond: false, toegangTotMiddelen: false, alleenDigitaal: false }),
  /**
   * Seed 004's need for stability: this person offers certainty through a fixed arrangement (an
   * agreement, a contract, a membership). Optional, added within format version 1: files without
   * it mean no arrangement. Feeds no indicator.
   */
  fixedArrangement: z.enum(FIXED_ARRANGEMENTS).optional(),
  note: z.string().max(4000).optional(),
});

/** An undirected alter–alter tie ("they know each other"), stored with the smaller id first. */
export const TieSchema = z.tuple([AlterIdSchema, AlterIdSchema]);

export const SnapshotSchema = z.strictObject({
  id: SnapshotIdSchema,
  kind: z.enum(SNAPSHOT_KINDS),
  date: IsoDateSchema,
  label: shortText(120).optional(),
  /** The person's own answer: does the network strengthen or weigh on them. Never computed. */
  appraisal: z.enum(APPRAISALS).nullable().default(null),
  alters: z.array(AlterSchema).max(1000).default([]),
  ties: z.array(TieSchema).max(50_000).default([]),
  note: z.string().max(4000).optional(),
});

export const HouseholdMemberSchema = z.strictObject({
  personId: PersonIdSchema,
  name: nameTextSchema(120),
  role: shortText(80).optional(),
});

export const EgoSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal(EGO_KINDS[0]),
    name: nameTextSchema(120),
    personId: PersonIdSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal(EGO_KINDS[1]),
    name: nameTextSchema(120),
    members: z.array(HouseholdMemberSchema).max(30).default([]),
  }),
]);

export const NetworkMapSchema = z.strictObject({
  id: MapIdSchema,
  title: shortText(200).optional(),
  ego: EgoSchema,
  sectorScheme: z.enum(SECTOR_SCHEME_CODES).default('B'),
  ringCount: z.number().int().min(MIN_RING_COUNT).max(MAX_RING_COUNT).default(DEFAULT_RING_COUNT),
  snapshots: z.array(SnapshotSchema).max(500).default([]),
});

export type Position = DeepReadonly<z.output<typeof PositionSchema>>;
export type AlterFlags = DeepReadonly<z.output<typeof AlterFlagsSchema>>;
export type Support = DeepReadonly<z.output<typeof SupportSchema>>;
/** An alter as the program holds it: `formal` is always resolved (see normaliseMap). */
export type Alter = DeepReadonly<Omit<z.output<typeof AlterSchema>, 'formal'> & { formal: boolean }>;
export type Tie = readonly [Alter['id'], Alter['id']];
export type Snapshot = DeepReadonly<Omit<z.output<typeof SnapshotSchema>, 'alters' | 'ties'>> & {
  readonly alters: readonly Alter[];
  readonly ties: readonly Tie[];
};
export type Ego = DeepReadonly<z.output<typeof EgoSchema>>;
export type NetworkMap = DeepReadonly<Omit<z.output<typeof NetworkMapSchema>, 'snapshots'>> & {
  readonly snapshots: readonly Snapshot[];
};
/** What a file or request may contain before defaults are applied. */
export type AlterInput = z.input<typeof AlterSchema>;
export type NetworkMapInput = z.input<typeof NetworkMapSchema>;
