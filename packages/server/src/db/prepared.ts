import type { Compilable, CompiledQuery, Kysely, Transaction } from 'kysely';
import { dialectOf } from './dialect.js';
import type { Database } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

interface Template {
  readonly compiled: CompiledQuery;
  /** For each bound parameter of the compiled SQL: which argument fills it, or -1 for a fixed value. */
  readonly slots: readonly number[];
}

const templates = new Map<string, Template>();
const MAX_TEMPLATES = 500;

/** A value no caller ever passes: it marks where argument `i` lands among the bound parameters. */
const placeholder = (i: number) => `\u0000nk-arg-${i}\u0000`;

/**
 * Runs a query whose shape is built and compiled once and then reused with new values. Building a
 * Kysely query and compiling it to SQL costs more than running a small indexed query on SQLite,
 * and the hot paths (the session, the access check, reading a map) run the same few shapes on
 * every request.
 *
 * `shape` names everything that changes the SQL text (a role, a list's length, whether personal
 * columns are read); `build` may branch on `shape` but must use the values it is given only as
 * bound values (in where, values, set), never to decide the SQL. `args` are those values, in the
 * order `build` receives them. The compiled SQL differs per database, so templates are kept per
 * dialect.
 */
export async function runPrepared<O>(
  db: Db, shape: string, args: readonly string[], build: (db: Kysely<Database>, values: readonly string[]) => Compilable<O>,
): Promise<O[]> {
  const root = db as Kysely<Database>;
  const key = `${dialectOf(root)}\u0000${shape}`;
  let template = templates.get(key);
  if (!template) {
    const marks = args.map((_, i) => placeholder(i));
    const compiled = build(root, marks).compile();
    const slots = compiled.parameters.map((p) => (typeof p === 'string' ? marks.indexOf(p) : -1));
    const used = new Set(slots);
    // A value that became part of the SQL text (or was dropped) would make the template wrong
    // for every other value: refuse it here rather than run a query for the wrong record.
    if (marks.some((_, i) => !used.has(i))) throw new Error(`prepared query "${shape}": an argument is not a bound parameter`);
    if (templates.size >= MAX_TEMPLATES) templates.clear();
    template = { compiled, slots };
    templates.set(key, template);
  }
  const { compiled, slots } = template;
  const parameters = slots.map((slot, i) => (slot >= 0 ? args[slot] : compiled.parameters[i]));
  const result = await root.executeQuery<O>({ ...compiled, parameters });
  return result.rows as O[];
}
