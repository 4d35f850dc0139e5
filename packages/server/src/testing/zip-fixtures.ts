import yazl from 'yazl';

export const CENTRAL = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
export const LOCAL = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Every place `signature` occurs: the headers of a zip. */
export function offsetsOf(bytes: Buffer, signature: Buffer): number[] {
  const found: number[] = [];
  for (let at = bytes.indexOf(signature); at >= 0; at = bytes.indexOf(signature, at + 1)) found.push(at);
  return found;
}

/** The same zip with one entry name replaced by another of the same length (yazl refuses to write bad names). */
export function renamed(zip: Buffer, from: string, to: string): Buffer {
  if (Buffer.byteLength(from) !== Buffer.byteLength(to)) throw new Error('names of different lengths');
  const copy = Buffer.from(zip);
  const target = Buffer.from(from);
  for (let at = copy.indexOf(target); at >= 0; at = copy.indexOf(target, at + 1)) Buffer.from(to).copy(copy, at);
  return copy;
}

export function zipOf(entries: readonly { name: string; data: Buffer; mode?: number }[], compress = true, folders: readonly string[] = []): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const folder of folders) zip.addEmptyDirectory(folder);
  for (const e of entries) zip.addBuffer(e.data, e.name, { compress, mtime: new Date(Date.UTC(2000, 0, 1)), ...(e.mode ? { mode: e.mode } : {}) });
  zip.end();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** The same zip with every entry's CRC-32 off by one bit (offset 14 in a local header, 16 in a central one). */
export function withBrokenCrc(zip: Buffer): Buffer {
  const copy = Buffer.from(zip);
  for (const at of offsetsOf(copy, LOCAL)) copy.writeUInt32LE(copy.readUInt32LE(at + 14) ^ 1, at + 14);
  for (const at of offsetsOf(copy, CENTRAL)) copy.writeUInt32LE(copy.readUInt32LE(at + 16) ^ 1, at + 16);
  return copy;
}

/** Zips every reader must refuse (docs/interop.md, "Zip"): the cases the server and CLI tests share. */
export async function hostileZips(): Promise<Record<'bomb' | 'dotdot' | 'tooMany' | 'badCrc', Buffer>> {
  return {
    bomb: await zipOf([{ name: 'alters.csv', data: Buffer.alloc(10 * 1024 * 1024, 0x30) }]),
    dotdot: renamed(await zipOf([{ name: 'ab/egos.csv', data: Buffer.from('egoID\n1\n') }]), 'ab/egos.csv', '../egos.csv'),
    tooMany: await zipOf(Array.from({ length: 1001 }, (_, i) => ({ name: `f${i}.csv`, data: Buffer.from('a') }))),
    badCrc: withBrokenCrc(await zipOf([{ name: 'egos.csv', data: Buffer.from('egoID\n1\n') }])),
  };
}
