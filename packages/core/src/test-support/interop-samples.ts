import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared sample files of other tools (easyNWK's demo, egor's example) live beside the
 * repository in `shared/interop-samples/`, never inside it (their licences differ). Walk up from
 * here and take the first `<ancestor>/shared/interop-samples` (or NETWERKKRACHT_INTEROP_SAMPLES);
 * null when absent, and the tests that need them skip with a printed notice.
 */
export function interopSamplesDir(): string | null {
  const fromEnv = process.env.NETWERKKRACHT_INTEROP_SAMPLES;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'shared', 'interop-samples');
    if (existsSync(candidate)) return candidate;
    const parent = resolve(dir, '..');
    if (parent === dir) return null;
    dir = parent;
  }
}

const warned = new Set<string>();

/** The text of a sample, or null with one printed notice per missing folder. */
export function readSample(relative: string): string | null {
  const dir = interopSamplesDir();
  if (!dir) {
    if (!warned.has('dir')) {
      warned.add('dir');
      console.warn('interop samples not found (expected shared/interop-samples beside the repository, or NETWERKKRACHT_INTEROP_SAMPLES): sample tests skipped');
    }
    return null;
  }
  return readFileSync(join(dir, relative), 'utf8');
}
