import { fileURLToPath } from 'node:url';
import madge from 'madge';
import { describe, expect, it } from 'vitest';

/**
 * Imports never run in a circle: a type shared by a module and the modules it imports lives in a
 * leaf module of its own (for example web/src/plan/plan-context.ts, server/src/worker-count.ts).
 * A circle makes the load order decide what is defined, and hides which module owns what.
 * Type-only and dynamic imports count too: they are the usual first step into a circle.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = ['packages/core/src', 'packages/server/src', 'packages/cli/src', 'packages/web/src'];

describe('module structure', () => {
  it('no import cycle in any package', async () => {
    const graph = await madge(SOURCES.map((folder) => `${root}${folder}`), {
      baseDir: root,
      fileExtensions: ['ts', 'tsx'],
      tsConfig: `${root}tsconfig.base.json`,
      detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
    });
    // Sanity: the graph really holds the project (a wrong folder would find no cycle in nothing).
    expect(Object.keys(graph.obj()).length).toBeGreaterThan(400);
    expect(graph.circular().map((cycle) => cycle.join(' > '))).toEqual([]);
  }, 60_000);
});
