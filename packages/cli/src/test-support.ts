import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli.js';
import { memoryIo } from './io.js';
import type { Command } from './commands/index.js';

/** The repository root (for examples/), from packages/cli/src or packages/cli/dist. */
export const REPO_ROOT = new URL('../../../', import.meta.url).pathname;

/** A fresh temporary folder with the given files (text or JSON values). */
export function folderWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'netwerkkracht-cli-'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

/** Runs the CLI in-process and returns what it wrote. */
export async function run(args: string[], options: { cwd?: string; env?: Record<string, string>; commands?: Record<string, Command> } = {}) {
  const io = memoryIo({ cwd: options.cwd ?? REPO_ROOT, env: options.env ?? {} });
  const code = await runCli(args, io, options.commands);
  return { code, out: io.out(), err: io.err() };
}
