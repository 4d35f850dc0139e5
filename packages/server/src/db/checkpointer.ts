import { once } from 'node:events';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the checkpoint thread copies new WAL frames into the database file. */
const CHECKPOINT_EVERY_MS = 1_000;

// A thread with a connection of its own that runs PASSIVE checkpoints (which never wait for and
// never block readers or writers). Plain JavaScript: a worker thread cannot load TypeScript.
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 0');
db.pragma('secure_delete = ON');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy: the next turn tries again */ }
}, workerData.everyMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Ends the thread and closes its connection (before the other connections close). */
  stop(): Promise<void>;
}

/**
 * Copies the WAL into the database file on a thread of its own, once a second. SQLite's automatic
 * checkpoint runs inside the commit that makes the WAL long, on the event loop (better-sqlite3 is
 * synchronous): after a map import of 30,000 people it copied 40 MB there, 80-100 ms on the test
 * machine. The writer runs with wal_autocheckpoint off while this thread runs; `onFailure` is
 * called when the thread stops by itself, so the writer can switch it back on.
 */
export function startCheckpointer(file: string, onFailure: () => void): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(THREAD, { eval: true, workerData: { file, driver, everyMs: CHECKPOINT_EVERY_MS } });
  worker.unref();
  let stopping = false;
  worker.on('error', () => undefined);
  worker.on('exit', () => {
    if (!stopping) onFailure();
  });
  return {
    async stop() {
      if (stopping) return;
      stopping = true;
      const exited = once(worker, 'exit');
      // Waited for: an unref'd thread would let a process with nothing else to do end meanwhile.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
