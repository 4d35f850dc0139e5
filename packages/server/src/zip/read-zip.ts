import { crc32 } from 'node:zlib';
import { problem, type ImportFile, type InteropProblem } from '@netwerkkracht/core';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** Caps on what a zip may unpack to; counted on the bytes that really come out, never on the sizes the zip declares. */
export interface ZipLimits {
  readonly maxEntries: number;
  readonly maxEntryBytes: number;
  readonly maxTotalBytes: number;
}

/**
 * The server's caps: an upload is at most 1 MB, and an import of 4 MB of text takes a few seconds
 * on the import worker (docs/interop.md, measurements); a Network Canvas export of one study has a
 * handful of files per session.
 */
export const SERVER_ZIP_LIMITS: ZipLimits = { maxEntries: 200, maxEntryBytes: 4 * 1024 * 1024, maxTotalBytes: 4 * 1024 * 1024 };

/** The command line reads files up to 64 MB (load-map.ts); the same for what a zip unpacks to. */
export const CLI_ZIP_LIMITS: ZipLimits = { maxEntries: 1000, maxEntryBytes: 64 * 1024 * 1024, maxTotalBytes: 64 * 1024 * 1024 };

/** A zip starts with a local file header (or, when empty, the end record). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

export type ZipRead = { readonly ok: true; readonly files: ImportFile[] } | { readonly ok: false; readonly problems: InteropProblem[] };

/** Folders and what macOS adds when it makes a zip: not content, skipped. */
function isSkipped(name: string): boolean {
  return name.endsWith('/') || name.startsWith('__MACOSX/') || /(^|\/)\.DS_Store$/.test(name);
}

/** A name that could leave the folder it is unpacked into, or means something else on Windows. */
function isUnsafeName(name: string): boolean {
  return name === '' || name.includes('\\') || name.includes('\0') || name.startsWith('/') || /^[A-Za-z]:/.test(name)
    || name.split('/').some((part) => part === '..');
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

class ZipRefusal extends Error {
  constructor(readonly found: InteropProblem) {
    super(found.code);
  }
}

function openZip(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // decodeStrings false: yauzl then hands over the raw name and we judge it ourselves (with our message).
    yauzl.fromBuffer(bytes, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true }, (error, zip) => (error ? reject(error) : resolve(zip)));
  });
}

/** The entry's bytes, counted as they come: refused once past `max`; CRC checked at the end. */
function readEntry(zip: ZipFile, entry: Entry, name: string, max: number, tooBig: () => InteropProblem): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks: Buffer[] = [];
      let length = 0;
      let crc = 0;
      stream.on('data', (chunk: Buffer) => {
        length += chunk.length;
        if (length > max) {
          stream.destroy();
          reject(new ZipRefusal(tooBig()));
          return;
        }
        crc = crc32(chunk, crc);
        chunks.push(chunk);
      });
      stream.on('error', reject);
      stream.on('end', () => {
        if (crc >>> 0 !== entry.crc32 >>> 0) reject(new ZipRefusal(problem('zip_crc', { file: name })));
        else resolve(Buffer.concat(chunks, length));
      });
    });
  });
}

/**
 * The files of a zip as text, or the first reason to refuse it (naming the entry): more entries,
 * bytes per entry or bytes in all than the limits allow (counted while unpacking), a name with
 * `..`, `\`, a leading `/` or a drive letter, a symbolic link, a password, a wrong CRC, a file that
 * is not UTF-8. Everything is read into memory; nothing is written anywhere.
 */
export async function readZip(bytes: Uint8Array, zipName: string, limits: ZipLimits): Promise<ZipRead> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: ZipFile;
  try {
    zip = await openZip(buffer);
  } catch (error) {
    return { ok: false, problems: [problem('zip_broken', { file: zipName }, { reason: (error as Error).message })] };
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    return { ok: false, problems: [problem('zip_too_many_entries', { file: zipName }, { max: limits.maxEntries })] };
  }
  const files: ImportFile[] = [];
  let total = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: Entry) => {
        void (async () => {
          const raw = entry.fileName as unknown as Buffer;
          // Bit 11: UTF-8 names; older tools write CP437, of which only the ASCII part matters for the checks.
          const name = (entry.generalPurposeBitFlag & 0x800) !== 0 ? raw.toString('utf8') : raw.toString('latin1');
          const shown = `${zipName}/${name}`;
          if (isUnsafeName(name)) throw new ZipRefusal(problem('zip_bad_name', { file: shown }));
          if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) throw new ZipRefusal(problem('zip_link', { file: shown }));
          if (isSkipped(name)) return;
          if (entry.isEncrypted()) throw new ZipRefusal(problem('zip_encrypted', { file: shown }));
          const tooBig = (): InteropProblem => problem('zip_too_big', { file: shown }, { max: Math.min(limits.maxEntryBytes, limits.maxTotalBytes) });
          // A declared size over the cap is refused at once; a smaller one is not believed (readEntry counts).
          if (entry.uncompressedSize > limits.maxEntryBytes || total + entry.uncompressedSize > limits.maxTotalBytes) throw new ZipRefusal(tooBig());
          const data = await readEntry(zip, entry, shown, Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total), tooBig);
          total += data.length;
          let text: string;
          try {
            text = decoder.decode(data);
          } catch {
            throw new ZipRefusal(problem('bad_encoding', { file: shown }));
          }
          files.push({ name, text });
        })().then(() => zip.readEntry(), reject);
      });
      zip.readEntry();
    });
  } catch (error) {
    return { ok: false, problems: [error instanceof ZipRefusal ? error.found : problem('zip_broken', { file: zipName }, { reason: (error as Error).message })] };
  } finally {
    zip.close();
  }
  if (files.length === 0) return { ok: false, problems: [problem('zip_empty', { file: zipName })] };
  return { ok: true, files };
}
