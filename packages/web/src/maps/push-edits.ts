import type { NetworkMap } from '@netwerkkracht/core';
import { api } from '../api/client.js';
import type { ApiError } from '../api/api-error.js';
import { isRecord, maps, readServerMap, type ServerMap } from '../api/endpoints.js';
import { today } from '../app/ids.js';
import { mergeThreeWay, operationsBetween, type Choices, type FieldConflict, type Operation } from './three-way.js';
import { WORKING_ID, workingVersion } from './working-version.js';

/**
 * Sends edits made on an older version of a map (without a connection) to the server as the
 * API's own changes (alters, ties, the snapshot's fields), each with the version it applies to
 * (If-Match), so every one is checked and audited like any other change. First the edits are
 * merged with what the server holds now (three-way.ts, against the version they were made on):
 * when the same field changed on both sides, nothing is sent and the conflicts come back for the
 * worker to choose. Someone saving in between (409) starts the round again on their version.
 */
export type PushOutcome =
  | { readonly status: 'sent'; readonly server: ServerMap; readonly sent: number }
  | { readonly status: 'conflicts'; readonly conflicts: readonly FieldConflict[]; readonly theirs: ServerMap }
  | { readonly status: 'failed'; readonly error: ApiError };

export interface PendingEdits {
  /** The map as the server had it when the edits began, and its version. */
  readonly base: NetworkMap;
  readonly baseVersion: number;
  /** The map with the edits. */
  readonly mine: NetworkMap;
}

const enc = encodeURIComponent;
const readVersion = (body: unknown): number => {
  if (!isRecord(body) || typeof body.version !== 'number') throw new Error('version');
  return body.version;
};

function send(mapId: string, op: Operation, version: number): ReturnType<typeof api.send<number>> {
  const snap = `/maps/${enc(mapId)}/snapshots/${enc(WORKING_ID)}`;
  const options = { ifMatch: version };
  switch (op.kind) {
    case 'alter.create':
      return api.send('POST', `${snap}/alters`, op.alter, readVersion, options);
    case 'alter.update': {
      const { id: _id, ...body } = op.alter;
      return api.send('PUT', `${snap}/alters/${enc(op.alter.id)}`, body, readVersion, options);
    }
    case 'alter.delete':
      return api.send('DELETE', `${snap}/alters/${enc(op.id)}`, undefined, readVersion, options);
    case 'tie.create':
      return api.send('POST', `${snap}/ties`, { a: op.a, b: op.b }, readVersion, options);
    case 'tie.delete':
      return api.send('DELETE', `${snap}/ties/${enc(op.a)}/${enc(op.b)}`, undefined, readVersion, options);
    case 'snapshot.patch':
      return api.send('PATCH', snap, op.fields, readVersion, options);
  }
}

export async function pushEdits(edits: PendingEdits, choices: Choices = {}): Promise<PushOutcome> {
  const mapId = edits.mine.id;
  for (let round = 0; round < 5; round++) {
    const fresh = await api.get(`/maps/${enc(mapId)}`, readServerMap, { fresh: true });
    if (!fresh.ok) return { status: 'failed', error: fresh.error };
    const theirs = fresh.value;
    const date = today();
    const baseSnap = workingVersion(edits.base, date);
    const mineSnap = workingVersion(edits.mine, date);
    const theirSnap = workingVersion(theirs.map, date);
    const { merged, conflicts } = theirs.version === edits.baseVersion
      ? { merged: mineSnap, conflicts: [] }
      : mergeThreeWay(baseSnap, mineSnap, theirSnap, choices);
    if (conflicts.length > 0) return { status: 'conflicts', conflicts, theirs };
    if (!theirs.map.snapshots.some((s) => s.id === WORKING_ID)) {
      // The working version does not exist on the server yet: the whole document goes at once.
      const whole: NetworkMap = { ...theirs.map, snapshots: [...theirs.map.snapshots, { ...merged, id: WORKING_ID }] };
      const saved = await maps.save(whole, theirs.version);
      if (saved.ok) return { status: 'sent', server: saved.value, sent: 1 };
      if (saved.error.kind === 'conflict') continue;
      return { status: 'failed', error: saved.error };
    }
    let version = theirs.version;
    let stale = false;
    const ops = operationsBetween(theirSnap, merged);
    for (const op of ops) {
      const result = await send(mapId, op, version);
      if (result.ok) {
        version = result.value;
        continue;
      }
      if (result.error.kind === 'conflict') {
        stale = true;
        break;
      }
      return { status: 'failed', error: result.error };
    }
    if (stale) continue;
    const after = await api.get(`/maps/${enc(mapId)}`, readServerMap, { fresh: true });
    if (!after.ok) return { status: 'failed', error: after.error };
    return { status: 'sent', server: after.value, sent: ops.length };
  }
  return { status: 'failed', error: { kind: 'conflict', status: 409, code: 'conflict', message: '', issues: [], currentVersion: null } };
}
