import { useCallback, useEffect, useRef, useState } from 'react';
import { buildSnapshot } from '@netwerkkracht/core';
import { maps, type ServerMap } from '../api/endpoints.js';
import type { ApiError } from '../api/api-error.js';
import { docFromMap, type EditorDoc } from '../editor/editor-doc.js';
import { today } from '../app/ids.js';
import { clearLocalDraft, writeLocalDraft, type LocalDraft } from './local-draft.js';
import { mergeEdits } from './merge-edits.js';
import { editorOpened } from '../offline/background-sync.js';
import { visitSynced } from '../offline/visit-store.js';
import { pushEdits, type PendingEdits } from './push-edits.js';
import { mergeThreeWay, type Choices, type FieldConflict } from './three-way.js';
import { idsChangedByServer, WORKING_ID, withWorkingVersion, workingVersion } from './working-version.js';

/** `offline`: no connection, the edits wait on the device; `conflict`: the worker must choose (ConflictScreen). */
export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'failed' | 'offline' | 'conflict';

/** Quiet time after the last edit before the editor saves by itself. */
const AUTOSAVE_MS = 1500;

export interface MapSync {
  readonly server: ServerMap;
  readonly status: SaveStatus;
  /** Why the last save failed; a `conflict` means the server has a newer version. */
  readonly error: ApiError | null;
  /** Saves now (if there is anything to save); true when the server has the editor's content. */
  save(): Promise<boolean>;
  /** After a conflict or failure: take the server's newest version and put the local edits on top of it. */
  reapply(): Promise<void>;
  /** After a conflict: take the server's newest version and drop the local edits. */
  discard(): Promise<void>;
  /** Reads the map again (after a change made through another route, such as saving a version). */
  refresh(): Promise<ApiError | null>;
  /** The map with the editor's working version, as it would be saved. */
  current(): ServerMap['map'];
  /** The server's version as last seen (also right after a save in the same event handler). */
  latestVersion(): number;
  /**
   * Whether this device keeps the unsaved edits (sealed with the device key). False without a
   * device key or storage: the edits then live only in the open page, and the page says so.
   */
  readonly onDevice: boolean;
  /** Fields changed both here (offline) and by someone else: shown on the conflict screen. */
  readonly conflicts: readonly FieldConflict[];
  /** The worker's choice for every conflict: the merge with those choices is sent. */
  resolve(choices: Choices): Promise<void>;
}

const EMPTY: readonly FieldConflict[] = [];

/**
 * Keeps the editor's map in step with the server. Every edit is first written to this device (so
 * nothing is lost when the tab closes or the network drops), then saved to the server a moment
 * later with the version it was based on. When someone else saved in between, the server answers
 * 409: the edits stay on screen and on the device, and the user chooses what happens.
 * `deviceAvailable`: whether a device key was there when the editor opened.
 */
export function useMapSync(initial: ServerMap, initialSaved: EditorDoc | null, doc: EditorDoc, reset: (doc: EditorDoc) => void, deviceAvailable: boolean, recovered: LocalDraft | null = null): MapSync {
  const [server, setServer] = useState(initial);
  const serverRef = useRef(initial);
  const savedDoc = useRef<EditorDoc | null>(initialSaved);
  const docRef = useRef(doc);
  docRef.current = doc;
  const [status, setStatus] = useState<SaveStatus>(initialSaved === doc ? 'saved' : 'unsaved');
  const [error, setError] = useState<ApiError | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const [onDevice, setOnDevice] = useState(deviceAvailable);
  const onDeviceRef = useRef(deviceAvailable);
  onDeviceRef.current = onDevice;
  const [conflicts, setConflicts] = useState<readonly FieldConflict[]>(EMPTY);
  /**
   * Edits made on a version the server may since have passed (without a connection, or kept on
   * the device from an earlier visit): they go as operations after a three-way merge
   * (push-edits.ts), never as a whole document over someone else's changes.
   */
  const pending = useRef<Omit<PendingEdits, 'mine'> | null>(recovered?.base ? { base: recovered.base, baseVersion: recovered.baseVersion } : null);

  const adopt = useCallback((next: ServerMap) => {
    serverRef.current = next;
    setServer(next);
  }, []);

  const pushPending = useCallback(async (choices: Choices): Promise<boolean> => {
    const from = pending.current;
    if (!from) return false;
    const sending = docRef.current;
    setStatus('saving');
    const outcome = await pushEdits({ ...from, mine: withWorkingVersion(from.base, sending) }, choices);
    if (outcome.status === 'conflicts') {
      setConflicts(outcome.conflicts);
      setStatus('conflict');
      return false;
    }
    if (outcome.status === 'failed') {
      if (outcome.error.kind === 'network' && !navigator.onLine && onDeviceRef.current) {
        setStatus('offline');
        return false;
      }
      setError(outcome.error);
      setStatus('failed');
      return false;
    }
    pending.current = null;
    setConflicts(EMPTY);
    setError(null);
    adopt(outcome.server);
    const stored = docFromMap(outcome.server.map, workingVersion(outcome.server.map, sending.snapshot.date));
    savedDoc.current = stored;
    if (docRef.current === sending) {
      docRef.current = stored;
      reset(stored);
      // The visit's edits are on the server: the case taken along leaves the device.
      void clearLocalDraft(outcome.server.map.id).then(() => visitSynced(outcome.server.map.id));
      setStatus('saved');
    } else {
      // Edited while sending: those edits go on top of what the server holds now.
      const next: EditorDoc = { ...docRef.current, snapshot: mergeThreeWay(sending.snapshot, docRef.current.snapshot, stored.snapshot).merged };
      docRef.current = next;
      reset(next);
      setStatus('unsaved');
    }
    return true;
  }, [adopt, reset]);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const sending = docRef.current;
    if (pending.current) return pushPending({});
    if (sending === savedDoc.current) return true;
    setStatus('saving');
    const base = serverRef.current;
    const result = await maps.save(withWorkingVersion(base.map, sending), base.version);
    if (!result.ok && result.error.kind === 'network') {
      // Not sent: from now on the edits go as operations, merged against this version.
      pending.current = { base: base.map, baseVersion: base.version };
      // The browser knows it has no connection: the edits wait calmly on the device (when it
      // keeps them) and go once it is back. Otherwise the server could not be reached: say so.
      if (!navigator.onLine && onDeviceRef.current) {
        setStatus('offline');
        return false;
      }
    }
    if (!result.ok) {
      setError(result.error);
      setStatus('failed');
      return false;
    }
    adopt(result.value);
    savedDoc.current = sending;
    setError(null);
    // The server keeps only opaque ids: when it gave the people new ones, continue with those.
    const stored = workingVersion(result.value.map, sending.snapshot.date);
    if (docRef.current === sending && idsChangedByServer(sending.snapshot, stored)) {
      const fresh = docFromMap(result.value.map, stored);
      savedDoc.current = fresh;
      docRef.current = fresh;
      reset(fresh);
    }
    if (docRef.current === savedDoc.current) {
      void clearLocalDraft(base.map.id);
      setStatus('saved');
    } else {
      setStatus('unsaved');
    }
    return true;
  }, [adopt, reset]);

  const save = useCallback(async (): Promise<boolean> => {
    // One save at a time: a second request would carry a version the first is about to make stale.
    while (inFlight.current) await inFlight.current;
    const run = saveOnce();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, [saveOnce]);

  useEffect(() => {
    if (doc === savedDoc.current) return;
    const base = pending.current ? { map: pending.current.base, version: pending.current.baseVersion } : serverRef.current;
    void writeLocalDraft({ baseVersion: base.version, map: withWorkingVersion(base.map, doc), base: base.map }).then(setOnDevice);
    setStatus((s) => (s === 'failed' || s === 'offline' || s === 'conflict' ? s : 'unsaved'));
    // Waiting for the worker's choice: nothing is sent until then.
    if (conflicts.length > 0) return;
    // After a failure the user decides (reload, retry, download): no silent retry loop.
    if (error !== null) return;
    const timer = window.setTimeout(() => { void save(); }, AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [doc, error, save, conflicts]);

  // The connection is back: the edits that waited are sent (merged, as operations).
  useEffect(() => {
    const back = () => { if (pending.current && conflicts.length === 0) void save(); };
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, [save, conflicts]);

  // While open, this editor sends its own waiting edits (not the background sync).
  const mapId = initial.map.id;
  useEffect(() => editorOpened(mapId), [mapId]);

  const resolve = useCallback(async (choices: Choices) => {
    while (inFlight.current) await inFlight.current;
    const run = pushPending(choices);
    inFlight.current = run;
    try {
      await run;
    } finally {
      inFlight.current = null;
    }
  }, [pushPending]);

  const refresh = useCallback(async () => {
    const result = await maps.get(serverRef.current.map.id);
    if (!result.ok) return result.error;
    adopt(result.value);
    return null;
  }, [adopt]);

  const reapply = useCallback(async () => {
    const result = await maps.get(serverRef.current.map.id);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    adopt(result.value);
    const mine = docRef.current;
    const base = savedDoc.current?.snapshot ?? buildSnapshot({ id: WORKING_ID, alters: [] });
    const theirs = workingVersion(result.value.map, today());
    const merged: EditorDoc = { ...mine, snapshot: mergeEdits(base, mine.snapshot, theirs) };
    // The screen shows the merged map at once; the save below sends exactly that.
    docRef.current = merged;
    savedDoc.current = null;
    reset(merged);
    setError(null);
    await save();
  }, [adopt, reset, save]);

  const discard = useCallback(async () => {
    const result = await maps.get(serverRef.current.map.id);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    adopt(result.value);
    const fresh = docFromMap(result.value.map, workingVersion(result.value.map, today()));
    savedDoc.current = fresh;
    void clearLocalDraft(result.value.map.id);
    setError(null);
    setStatus('saved');
    reset(fresh);
  }, [adopt, reset]);

  const current = useCallback(() => withWorkingVersion(serverRef.current.map, docRef.current), []);

  const latestVersion = useCallback(() => serverRef.current.version, []);

  return { server, status, error, save, reapply, discard, refresh, current, latestVersion, onDevice, conflicts, resolve };
}
