import yazl from 'yazl';

/** A fixed date for every entry, so the same files give the same zip (the export is a function of the map). */
const ENTRY_TIME = new Date(Date.UTC(2000, 0, 1));

/** Files (name → text) as one zip, compressed, in the order given. */
export function writeZip(files: Readonly<Record<string, string>>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, text] of Object.entries(files)) zip.addBuffer(Buffer.from(text, 'utf8'), name, { mtime: ENTRY_TIME, mode: 0o100644 });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
