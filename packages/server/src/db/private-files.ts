import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The SQLite files hold every family's data (encrypted fields, but also codes, dates and ids):
 * only the server's own account may read them. From the first start the folder is made 0700 and
 * the database file 0600 before SQLite opens it; SQLite gives its -wal and -shm files the mode of
 * the database file. A file found with a wider mode (made by an older version or by hand) is
 * narrowed to 0600. A folder that already existed is left as it is: it may be a shared one such
 * as /srv, which is not ours to change.
 */
export function preparePrivateSqliteFiles(file: string): void {
  ensurePrivateDir(dirname(file));
  try {
    closeSync(openSync(file, 'wx', 0o600)); // an empty file is a new database to SQLite
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
  }
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    if (!existsSync(path)) continue;
    if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  }
}

/** Creates a folder (and its missing parents) readable by this account only; an existing one is left as it is. */
export function ensurePrivateDir(dir: string): void {
  if (existsSync(dir)) return;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700); // the mode above is reduced by the umask; this is not
}
