import { describe, expect, it } from 'vitest';
import { describeInteropProblem } from '@netwerkkracht/core';
import { isZip, readZip, SERVER_ZIP_LIMITS, type ZipRead } from './read-zip.js';
import { writeZip } from './write-zip.js';
import { CENTRAL, LOCAL, offsetsOf, renamed, withBrokenCrc, zipOf } from '../testing/zip-fixtures.js';

function refusal(result: ZipRead): { code: string; file: string | undefined; en: string } {
  if (result.ok) throw new Error('expected a refusal');
  const [first] = result.problems;
  return { code: first!.code, file: first!.file, en: describeInteropProblem(first!, 'en') };
}

describe('zip reading (docs/interop.md, "Zip")', () => {
  it('[Z1] reads back what writeZip wrote, as text, in order', async () => {
    const bytes = await writeZip({ 'egos.csv': 'egoID\n1\n', 'alters.csv': 'egoID,alterID\n1,a\n', 'aaties.csv': 'egoID,Source,Target\n' });
    expect(isZip(bytes)).toBe(true);
    const result = await readZip(bytes, 'x.zip', SERVER_ZIP_LIMITS);
    expect(result).toEqual({ ok: true, files: [{ name: 'egos.csv', text: 'egoID\n1\n' }, { name: 'alters.csv', text: 'egoID,alterID\n1,a\n' }, { name: 'aaties.csv', text: 'egoID,Source,Target\n' }] });
  });

  it('[Z2] a zip bomb (10 MB of zeros in 10 KB) is refused while unpacking', async () => {
    const bomb = await zipOf([{ name: 'alters.csv', data: Buffer.alloc(10 * 1024 * 1024, 0x30) }]);
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(refusal(await readZip(bomb, 'bomb.zip', SERVER_ZIP_LIMITS))).toMatchObject({ code: 'zip_too_big', file: 'bomb.zip/alters.csv' });
  });

  it('[Z2] a zip bomb that declares a small size is refused all the same (the bytes are counted)', async () => {
    const bomb = await zipOf([{ name: 'alters.csv', data: Buffer.alloc(10 * 1024 * 1024, 0x30) }]);
    const lying = Buffer.from(bomb);
    // Declared uncompressed size: offset 22 in a local header, 24 in a central one.
    for (const at of offsetsOf(lying, LOCAL)) lying.writeUInt32LE(100, at + 22);
    for (const at of offsetsOf(lying, CENTRAL)) lying.writeUInt32LE(100, at + 24);
    const result = await readZip(lying, 'bomb.zip', SERVER_ZIP_LIMITS);
    expect(result.ok).toBe(false);
    expect(['zip_too_big', 'zip_broken']).toContain(refusal(result).code);
    // The same with a cap above the declared size but far below the truth.
    const small = { maxEntries: 10, maxEntryBytes: 1024 * 1024, maxTotalBytes: 1024 * 1024 };
    expect(['zip_too_big', 'zip_broken']).toContain(refusal(await readZip(lying, 'bomb.zip', small)).code);
  });

  it('[Z2] the total over all entries is capped, not only each entry', async () => {
    const entries = Array.from({ length: 5 }, (_, i) => ({ name: `f${i}.csv`, data: Buffer.alloc(1024 * 1024, 0x31) }));
    expect(refusal(await readZip(await zipOf(entries), 'many.zip', SERVER_ZIP_LIMITS)).code).toBe('zip_too_big');
  });

  it.each([
    ['../evil.csv', 'ab/evil.csv'],
    ['a/../../x.csv', 'a/bb/cc/x.csv'],
    ['a\\evil.csv', 'a_evil.csv'],
    ['/etc/x.csv', 'etcc/x.csv'],
    ['C:/evil.csv', 'CC/evil.csv'],
  ])('[Z3] the entry name %s is refused, naming it', async (bad, placeholder) => {
    const zip = renamed(await zipOf([{ name: placeholder, data: Buffer.from('x') }]), placeholder, bad);
    const found = refusal(await readZip(zip, 'in.zip', SERVER_ZIP_LIMITS));
    expect(found).toMatchObject({ code: 'zip_bad_name', file: `in.zip/${bad}` });
    expect(found.en).toContain('..');
  });

  it('[Z4] too many entries are refused before any is unpacked', async () => {
    const entries = Array.from({ length: SERVER_ZIP_LIMITS.maxEntries + 1 }, (_, i) => ({ name: `f${i}.csv`, data: Buffer.from('a') }));
    const found = refusal(await readZip(await zipOf(entries), 'many.zip', SERVER_ZIP_LIMITS));
    expect(found).toMatchObject({ code: 'zip_too_many_entries', file: 'many.zip' });
    expect(found.en).toContain(String(SERVER_ZIP_LIMITS.maxEntries));
  });

  it.each([true, false])('[Z5] a wrong CRC is refused (compressed: %s)', async (compress) => {
    const zip = withBrokenCrc(await zipOf([{ name: 'egos.csv', data: Buffer.from('egoID\n1\n') }], compress));
    expect(refusal(await readZip(zip, 'crc.zip', SERVER_ZIP_LIMITS))).toMatchObject({ code: 'zip_crc', file: 'crc.zip/egos.csv' });
  });

  it('[Z6] a symbolic link is refused', async () => {
    const zip = await zipOf([{ name: 'link.csv', data: Buffer.from('/etc/passwd'), mode: 0o120777 }]);
    expect(refusal(await readZip(zip, 'link.zip', SERVER_ZIP_LIMITS))).toMatchObject({ code: 'zip_link', file: 'link.zip/link.csv' });
  });

  it('[Z7] a cut-off zip, a file that is not UTF-8 and an empty zip get their own message', async () => {
    const whole = await writeZip({ 'egos.csv': 'egoID\n1\n' });
    expect(refusal(await readZip(whole.subarray(0, whole.length - 10), 'cut.zip', SERVER_ZIP_LIMITS)).code).toBe('zip_broken');
    expect(refusal(await readZip(await zipOf([{ name: 'a.csv', data: Buffer.from([0xff, 0xfe, 0x00]) }]), 'bin.zip', SERVER_ZIP_LIMITS))).toMatchObject({ code: 'bad_encoding', file: 'bin.zip/a.csv' });
    expect(refusal(await readZip(await zipOf([], true, ['folder']), 'empty.zip', SERVER_ZIP_LIMITS)).code).toBe('zip_empty');
  });
});
