import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_NAMES } from '@netwerkkracht/core';
import { folderWith, REPO_ROOT } from './test-support.js';

// These tests run the real built command, as a user would: node packages/cli/bin/netwerkkracht.js.
const BIN = join(REPO_ROOT, 'packages/cli/bin/netwerkkracht.js');

function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(() => {
  // Build core and cli (incremental: quick when nothing changed) so dist/ is never stale.
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-b', join(REPO_ROOT, 'packages/cli')], { stdio: 'inherit' });
}, 120_000);

describe('the built netwerkkracht binary', () => {
  it('exits 0 and prints the indicator JSON', () => {
    const { code, out, err } = cli(['analyse', 'examples/moeder-en-verzorgende.json', '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(Object.keys(JSON.parse(out) as object)).toEqual([...INDICATOR_NAMES]);
  });

  it('exits 2 with one line and no stack trace for errors of the user', () => {
    const dir = folderWith({ 'broken.json': '{"format":"netwerkkaart","version":1,"map":{"id":"m","ego":{"kind":"persoon","name":"X"},"snapshots":[{"id":"s","kind":"is","date":"2026-01-01","alters":[{"id":"a","name":"A","ring":8}]}]}}' });
    for (const args of [['analyse', 'missing.json'], ['analyse', 'broken.json'], ['validate', 'broken.json'], ['analyse', 'broken.json', '--nope'], ['nope']]) {
      const { code, err } = cli(args, { cwd: dir });
      expect(code, args.join(' ')).toBe(2);
      expect(err, args.join(' ')).toMatch(/^netwerkkracht: /);
      expect(err.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(err, args.join(' ')).not.toMatch(/\n\s+at |Error:/);
    }
  });

  it('exits 0 for --help and --version, and prints the help in the language of NETWERKKRACHT_LANG', () => {
    expect(cli(['--version']).code).toBe(0);
    const help = cli(['--help'], { env: { NETWERKKRACHT_LANG: 'fr' } });
    expect(help.code).toBe(0);
    expect(help.out).toContain('Commandes');
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" analyse examples/gezin-oom-weer-actief.json | head -c 10 >/dev/null`], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
  });
});
