import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { nowIso } from './ids.js';

/**
 * One audit line: who did what to which case. It never holds personal content (no names, no
 * field values), only ids and an action code, so the log itself needs no encryption and survives
 * an erasure as a pseudonymous line.
 */
export interface AuditEntry {
  readonly organisationId: string;
  readonly userId: string | null;
  readonly action: string;
  readonly caseId?: string | null;
  readonly target?: string | null;
  readonly outcome?: 'ok' | 'denied';
  /** A refused request's method and route template (never the URL with its values). */
  readonly route?: string | null;
}

function row(entry: AuditEntry) {
  return {
    at: nowIso(),
    organisation_id: entry.organisationId,
    user_id: entry.userId,
    action: entry.action,
    case_id: entry.caseId ?? null,
    target: entry.target ?? null,
    outcome: entry.outcome ?? 'ok',
    route: entry.route ?? null,
  };
}

/** Writes an audit line inside the transaction of the change it describes. */
export async function auditInTransaction(trx: Transaction<Database> | Kysely<Database>, entry: AuditEntry): Promise<void> {
  await trx.insertInto('audit_log').values(row(entry)).execute();
}

/**
 * Audit lines for reads. With a delay they are gathered and written in one transaction, so a
 * burst of reads costs one disk flush instead of one each; `flush` writes what is waiting (the
 * server calls it on close).
 */
export interface ReadAuditor {
  record(entry: AuditEntry): Promise<void>;
  flush(): Promise<void>;
}

export function createReadAuditor(db: Kysely<Database>, delayMs: number, onError: (error: unknown) => void): ReadAuditor {
  let pending: ReturnType<typeof row>[] = [];
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();

  const flush = async (): Promise<void> => {
    if (timer) { clearTimeout(timer); timer = null; }
    const batch = pending;
    pending = [];
    if (batch.length === 0) {
      // Nothing new: wait for a batch still being written (its failure went to whoever flushed it).
      await writing.catch(() => undefined);
      return;
    }
    // After the previous batch, whether it was written or not: one failed write must not stop
    // every later batch from being written.
    const write = writing.catch(() => undefined).then(async () => {
      for (let i = 0; i < batch.length; i += 200) await db.insertInto('audit_log').values(batch.slice(i, i + 200)).execute();
    });
    writing = write;
    await write;
  };

  return {
    async record(entry) {
      if (delayMs <= 0) {
        await db.insertInto('audit_log').values(row(entry)).execute();
        return;
      }
      pending.push(row(entry));
      if (pending.length >= 500) await flush();
      else timer ??= setTimeout(() => { void flush().catch(onError); }, delayMs);
    },
    flush,
  };
}
