import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '@netwerkkracht/core';
import { CURRENT, earlierFirst } from './VersionsPanel.js';

describe('comparing versions', () => {
  const march = buildSnapshot({ id: 'maart', date: '2026-03-01', kind: 'is', alters: [] });
  const january = buildSnapshot({ id: 'januari', date: '2026-01-10', kind: 'is', alters: [] });
  const alsoJanuary = buildSnapshot({ id: 'januari-2', date: '2026-01-10', kind: 'is', alters: [] });
  const saved = [march, january, alsoJanuary];

  it('always reads from the earlier version to the later one, whichever way round they were chosen', () => {
    expect(earlierFirst('maart', 'januari', saved)).toEqual(['januari', 'maart']);
    expect(earlierFirst('januari', 'maart', saved)).toEqual(['januari', 'maart']);
    // The same day: the one saved first comes first.
    expect(earlierFirst('januari-2', 'januari', saved)).toEqual(['januari', 'januari-2']);
    // The map as it is now is always the later one.
    expect(earlierFirst(CURRENT, 'maart', saved)).toEqual(['maart', CURRENT]);
  });
});
