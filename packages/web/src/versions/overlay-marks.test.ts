import { describe, expect, it } from 'vitest';
import { buildSnapshot, compareSnapshots } from '@netwerkkracht/core';
import { overlayOf } from './overlay-marks.js';

const shape = { sectorScheme: 'B', ringCount: 3 } as const;

describe('comparison overlay', () => {
  const from = buildSnapshot({ id: 'a', alters: [
    { id: 'oma', name: 'Oma', sector: 'familie', ring: 2, status: 'ondergesneeuwd' },
    { id: 'buur', name: 'Buur', sector: 'samenleving', ring: 3 },
    { id: 'juf', name: 'Juf', sector: 'samenleving', ring: 2 },
    { id: 'club', name: 'Club', sector: 'samenleving', ring: 3, status: 'gewenst' },
    { id: 'weg', name: 'Weg', sector: 'vrienden_kennissen', ring: 1 },
  ] });
  const to = buildSnapshot({ id: 'b', alters: [
    { id: 'oma', name: 'Oma', sector: 'familie', ring: 1 },
    { id: 'buur', name: 'Buur', sector: 'samenleving', ring: 1 },
    { id: 'juf', name: 'Juf', sector: 'samenleving', ring: 3 },
    { id: 'club', name: 'Club', sector: 'samenleving', ring: 3 },
    { id: 'nieuw', name: 'Nieuw', sector: 'familie', ring: 2 },
  ] });
  const overlay = overlayOf(compareSnapshots(shape, from, to), from, to);

  it('marks new, gone, closer, further, reactivated and wished-and-realised people', () => {
    expect(Object.fromEntries(overlay.marks)).toEqual({
      nieuw: 'added', weg: 'removed', buur: 'closer', juf: 'further', oma: 'reactivated', club: 'wishedRealised',
    });
  });

  it('a reactivated person who also moved closer shows the reactivation, once', () => {
    expect(overlay.marks.get('oma' as never)).toBe('reactivated');
    expect(Object.values(overlay.counts).reduce((a, b) => a + b, 0)).toBe(overlay.marks.size);
  });

  it('people gone from the later map are drawn as ghosts from the earlier one', () => {
    expect(overlay.ghosts.map((g) => g.id)).toEqual(['weg']);
  });
});
