import { alterId, buildSnapshot, type AlterInput } from '@netwerkkracht/core';
import { docFromMap, type EditorDoc } from './editor-doc.js';

/** A small editor document for tests: scheme B, three rings. */
export function docWith(alters: readonly AlterInput[], ties: readonly (readonly [string, string])[] = []): EditorDoc {
  return docFromMap({ sectorScheme: 'B', ringCount: 3 }, buildSnapshot({ alters, ties }));
}

export const id = alterId;

const FIRST_NAMES = ['Fatima', 'Jan', 'Mohamed', 'Els', 'Kevin', 'Oma Rita', 'de buurvrouw', 'Meester Wim', 'Nour', 'Sofie', 'Dokter Peeters', 'Tante Lies', 'Yusuf', 'Marie-Claire', 'Ahmed', 'Kim'];

/** n people spread over the sectors and rings as a big real network would be. */
export function generatedAlters(n: number): AlterInput[] {
  const sectors = ['familie', 'vrienden_kennissen', 'samenleving', 'hulpverlening', null] as const;
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    name: `${FIRST_NAMES[i % FIRST_NAMES.length] ?? 'X'} ${Math.floor(i / FIRST_NAMES.length) + 1}`,
    // Uncategorised people are rarer, as in practice.
    sector: i % 11 === 10 ? null : sectors[i % 4] ?? null,
    ring: (i % 3) + 1,
  }));
}
