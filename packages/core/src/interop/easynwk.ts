import { jsonErrorLocation } from '../format/json-position.js';
import { isIsoDate } from '../records/ids.js';
import type { AlterInput, NetworkMapInput } from '../records/index.js';
import type { SupportDirection, SupportFunction } from '../vocabularies/index.js';
import { cutText, finishImport, type InteropImport } from './finish.js';
import { problem, ReportBuilder, type InteropProblem } from './report.js';

/**
 * easyNWK (fhstp/easynwk-web) saved records → netwerkkaart, as docs/interop.md section E says
 * (research note interop.md §4.2). Pure: the caller reads the file and passes its text.
 */

/** easyNWK's horizons (Horizon.ts): distance below 33.33 is close, below 66.67 middle, else far. */
export function easynwkRing(distance: number): 1 | 2 | 3 {
  if (distance < 33.33) return 1;
  if (distance < 66.67) return 2;
  return 3;
}

export type EasynwkSector = 'familie' | 'vrienden_kennissen' | 'samenleving' | 'hulpverlening';

/**
 * The quadrant as easyNWK draws it (AlterCategories.ts `sectorIndex`): angle counter-clockwise
 * from east, [0, 90) Familie, [90, 180] Freund*innen/Bekannte, [-180, -90) Kolleg*innen,
 * [-90, 0) professionelle Helfer*innen. Null when the alter is not placed (distance <= 0).
 */
export function easynwkSector(angle: number, distance: number): EasynwkSector | null {
  if (distance <= 0) return null;
  let a = angle;
  if (a > 180 || a < -180) a = ((((a + 180) % 360) + 360) % 360) - 180;
  if (a >= 0 && a < 90) return 'familie';
  if (a >= 90) return 'vrienden_kennissen';
  if (a < -90) return 'samenleving';
  return 'hulpverlening';
}

/** Our polar position: clockwise from the top, distance 0..1 (outside the horizon is cut to 1). */
export function easynwkPosition(angle: number, distance: number): { angle: number; distance: number } {
  let ours = (90 - angle) % 360;
  if (ours < 0) ours += 360;
  if (ours >= 360) ours = 0;
  return { angle: ours, distance: Math.min(distance / 100, 1) };
}

export const EASYNWK_SUPPORT_FIELDS = {
  supportEmotional: 'emotioneel',
  supportInstrumental: 'praktisch',
  supportInformational: 'informatie',
  supportSocial: 'gezelschap',
} as const satisfies Record<string, SupportFunction>;

const SUPPORT_CODES: Readonly<Record<number, SupportDirection | null>> = { 0: null, 1: 'geeft', 2: 'ontvangt', 3: 'wederzijds' };

const KNOWN_ALTER_FIELDS = new Set([
  'id', 'name', 'role', 'roleDefault', 'human', 'deceased', 'edgeType', 'angle', 'distance', 'note', 'conflict',
  'supportLinking', ...Object.keys(EASYNWK_SUPPORT_FIELDS),
]);

export interface EasynwkImportOptions {
  /** The new map's id (F3). */
  readonly mapId: string;
  /** Used when the ego has no name: the file name without extension. */
  readonly fileName?: string;
  /** The date for a bare network without versions (easyNWK loads those as version 1). */
  readonly today: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** easyNWK files start with a byte order mark; a number may come as a numeric string. */
export function importEasynwk(text: string, options: EasynwkImportOptions): InteropImport {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const at = jsonErrorLocation(body);
    return { ok: false, problems: [problem('not_json', { line: Number(at.line), column: Number(at.column) })] };
  }
  const reader = new EasynwkReader(options);
  const input = reader.read(json);
  if (reader.problems.length > 0 || !input) return { ok: false, problems: reader.problems };
  return finishImport('easynwk', [input], reader.report);
}

/** Whether decoded JSON looks like an easyNWK record or bare network (for format detection). */
export function looksLikeEasynwk(json: unknown): boolean {
  return isObject(json) && (Array.isArray(json.versions) || (isObject(json.ego) && Array.isArray(json.alteri)));
}

class EasynwkReader {
  readonly problems: InteropProblem[] = [];
  readonly report = new ReportBuilder();

  constructor(private readonly options: EasynwkImportOptions) {}

  private fail(code: InteropProblem['code'], path: string, params: InteropProblem['params'] = {}): void {
    if (this.problems.length < 100) this.problems.push(problem(code, { path }, params));
  }

  private number(value: unknown, path: string, required: boolean): number | undefined {
    if (value === undefined || value === null) {
      if (required) this.fail('required', path);
      return undefined;
    }
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isFinite(n)) {
      this.fail('wrong_type', path, { expected: 'number', got: typeof value === 'string' ? value.slice(0, 40) : typeof value });
      return undefined;
    }
    return n;
  }

  read(json: unknown): NetworkMapInput | null {
    if (!isObject(json) || !looksLikeEasynwk(json)) {
      this.fail('not_recognised', '(root)', { format: 'easyNWK' });
      return null;
    }
    const versions: { id: unknown; title: unknown; date: unknown; nwk: unknown; path: string }[] = Array.isArray(json.versions)
      ? json.versions.map((v: unknown, i) => {
        const o = isObject(v) ? v : {};
        if (!isObject(v)) this.fail('wrong_type', `versions[${i}]`, { expected: 'object', got: typeof v });
        return { id: o.id, title: o.title, date: o.date, nwk: o.nwk, path: `versions[${i}]` };
      })
      : [{ id: 1, title: undefined, date: this.options.today, nwk: json, path: '' }];
    for (const key of ['currentVersion', 'size']) if (key in json) this.report.dropped(key, 'ui_state');
    if (versions.length === 0) {
      this.fail('required', 'versions', { min: 1 });
      return null;
    }

    let egoName: string | undefined;
    const snapshots = versions.map((v) => {
      const at = (field: string) => (v.path === '' ? field : `${v.path}.${field}`);
      const id = this.number(v.id, at('id'), true);
      if (typeof v.date !== 'string' || !isIsoDate(v.date)) this.fail('bad_date', at('date'), { got: String(v.date).slice(0, 40) });
      else this.report.mapped('date', 'snapshot.date');
      const label = cutText(v.title, 120);
      if (label) this.report.mapped('title', 'snapshot.label');
      if (!isObject(v.nwk)) {
        this.fail('required', at('nwk'));
        return null;
      }
      const nwk = v.nwk;
      const egoPath = v.path === '' ? 'ego' : `${v.path}.nwk.ego`;
      if (isObject(nwk.ego)) {
        egoName = cutText(nwk.ego.name, 120) ?? egoName;
        for (const key of Object.keys(nwk.ego)) if (key !== 'name') this.report.dropped(`ego.${key}`, 'no_field');
      } else this.fail('required', egoPath);
      const snapshotId = `v${id ?? 0}`;
      const alters = this.alters(nwk.alteri, v.path === '' ? 'alteri' : `${v.path}.nwk.alteri`, snapshotId);
      const ties = this.ties(nwk.connections, v.path === '' ? 'connections' : `${v.path}.nwk.connections`, new Set(alters.map((a) => a.id)));
      return { id: snapshotId, kind: 'is' as const, date: String(v.date), ...(label ? { label } : {}), alters, ties };
    });
    const seen = new Set<string>();
    snapshots.forEach((s, i) => {
      if (!s) return;
      if (seen.has(s.id)) this.fail('duplicate_id', `versions[${i}].id`, { id: s.id });
      seen.add(s.id);
    });
    if (this.problems.length > 0) return null;

    const name = egoName ?? cutText(this.options.fileName?.replace(/\.[^.]*$/, '').replace(/_/g, ' '), 120) ?? 'Ego';
    if (!egoName) this.report.interpreted('ego.name', 'ego.name', 'file_name');
    else this.report.mapped('ego.name', 'ego.name');
    return {
      id: this.options.mapId,
      title: name,
      ego: { kind: 'persoon', name },
      sectorScheme: 'B',
      ringCount: 3,
      snapshots: snapshots.filter((s) => s !== null),
    };
  }

  private alters(value: unknown, path: string, snapshotId: string): AlterInput[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.fail('wrong_type', path, { expected: 'array', got: typeof value });
      return [];
    }
    const out: AlterInput[] = [];
    const ids = new Set<string>();
    value.forEach((raw: unknown, i) => {
      const at = `${path}[${i}]`;
      if (!isObject(raw)) {
        this.fail('wrong_type', at, { expected: 'object', got: typeof raw });
        return;
      }
      const alter = this.alter(raw, at, snapshotId);
      if (!alter) return;
      if (ids.has(alter.id)) this.fail('duplicate_id', `${at}.id`, { id: alter.id });
      ids.add(alter.id);
      out.push(alter);
    });
    return out;
  }

  private alter(raw: Json, at: string, snapshotId: string): AlterInput | null {
    const numericId = this.number(raw.id, `${at}.id`, true);
    const angle = this.number(raw.angle, `${at}.angle`, true);
    const distance = this.number(raw.distance, `${at}.distance`, true);
    const edgeType = this.number(raw.edgeType, `${at}.edgeType`, false) ?? 1;
    const support: Partial<Record<SupportFunction, SupportDirection>> = {};
    for (const [field, fn] of Object.entries(EASYNWK_SUPPORT_FIELDS)) {
      const code = this.number(raw[field], `${at}.${field}`, false);
      if (code === undefined) continue;
      if (!(code in SUPPORT_CODES)) {
        this.fail('not_allowed', `${at}.${field}`, { got: code, allowed: '0, 1, 2, 3' });
        continue;
      }
      const direction = SUPPORT_CODES[code];
      if (direction) {
        support[fn] = direction;
        this.report.mapped(field, `support.${fn}`);
      }
    }
    const linking = this.number(raw.supportLinking, `${at}.supportLinking`, false);
    if (numericId === undefined || angle === undefined || distance === undefined) return null;
    if (!Number.isInteger(numericId) || numericId < 0) {
      this.fail('not_allowed', `${at}.id`, { got: numericId, allowed: '0, 1, 2, ...' });
      return null;
    }

    const id = `a${numericId}`;
    const givenName = cutText(raw.name, 120);
    const name = givenName ?? `Persoon ${numericId}`;
    if (givenName) this.report.mapped('name', 'name');
    else this.report.interpreted('name', 'name', 'empty_name');
    const person = { mapId: this.options.mapId, snapshotId, alterId: id, name };

    const role = raw.roleDefault === true ? undefined : cutText(raw.role, 80);
    if (role) this.report.mapped('role', 'role');
    else if (cutText(raw.role, 80)) this.report.dropped('role', 'sector_default_role');

    const sector = easynwkSector(angle, distance);
    if (sector) this.report.interpreted('angle', 'sector', 'quadrant');
    else {
      this.report.dropped('angle', 'not_placed');
      this.report.notable({ kind: 'not_placed', ...person });
    }
    const ring = easynwkRing(distance);
    this.report.interpreted('distance', 'ring', 'horizon');
    if (distance > 100) this.report.notable({ kind: 'outside_horizon', ...person });
    const position = distance > 0 ? easynwkPosition(angle, distance) : undefined;

    let status: 'actief' | 'ondergesneeuwd' | 'verbroken' = 'actief';
    if (raw.deceased === true) {
      status = 'verbroken';
      this.report.interpreted('deceased', 'status', 'deceased_lost');
      this.report.notable({ kind: 'deceased', ...person });
    } else if (edgeType === 0) {
      status = 'ondergesneeuwd';
      this.report.interpreted('edgeType', 'status', 'no_edge_dormant');
    }
    if (edgeType === 2) this.report.dropped('edgeType', 'multiplex');
    if (raw.human === false) {
      this.report.interpreted('human', 'kind', 'non_human_as_person');
      this.report.notable({ kind: 'non_human', ...person });
    }

    const flags = { aanspreekfiguur: false, andereAchtergrond: false, toegangTotMiddelen: linking !== undefined && linking > 0, alleenDigitaal: false };
    if (flags.toegangTotMiddelen) this.report.interpreted('supportLinking', 'flags.toegangTotMiddelen', 'direction_lost');

    let valence: 'ambivalent' | 'belastend' | undefined;
    if (raw.conflict === true) {
      const supportsEgo = Object.values(support).some((d) => d === 'ontvangt' || d === 'wederzijds');
      valence = supportsEgo ? 'ambivalent' : 'belastend';
      this.report.interpreted('conflict', 'valence', supportsEgo ? 'conflict_with_support' : 'conflict');
    }
    const note = typeof raw.note === 'string' && raw.note.trim() !== '' ? raw.note.slice(0, 4000) : undefined;
    if (note) this.report.mapped('note', 'note');

    for (const key of Object.keys(raw)) if (!KNOWN_ALTER_FIELDS.has(key)) this.report.dropped(key, 'no_field');
    return {
      id, name, sector, ring, status, support, flags,
      ...(role ? { role } : {}),
      ...(position ? { position } : {}),
      ...(valence ? { valence } : {}),
      ...(note ? { note } : {}),
    };
  }

  private ties(value: unknown, path: string, alterIds: ReadonlySet<string>): [string, string][] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.fail('wrong_type', path, { expected: 'array', got: typeof value });
      return [];
    }
    const pairs = new Map<string, [string, string]>();
    value.forEach((raw: unknown, i) => {
      const at = `${path}[${i}]`;
      if (!isObject(raw)) {
        this.fail('wrong_type', at, { expected: 'object', got: typeof raw });
        return;
      }
      const id1 = this.number(raw.id1, `${at}.id1`, true);
      const id2 = this.number(raw.id2, `${at}.id2`, true);
      if (id1 === undefined || id2 === undefined) return;
      const a = `a${id1}`;
      const b = `a${id2}`;
      if (a === b) return this.report.dropped('connections', 'self_tie');
      if (!alterIds.has(a) || !alterIds.has(b)) return this.report.dropped('connections', 'unknown_alter');
      const pair: [string, string] = a < b ? [a, b] : [b, a];
      const key = pair.join(' ');
      if (pairs.has(key)) return this.report.dropped('connections', 'duplicate_tie');
      pairs.set(key, pair);
      this.report.mapped('connections', 'ties');
    });
    return [...pairs.values()];
  }
}
