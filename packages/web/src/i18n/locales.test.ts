import { describe, expect, it } from 'vitest';
import { en } from './locales/en.js';
import { fr } from './locales/fr.js';
import { nl } from './locales/nl.js';

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const dutch = flatten(nl);

  it('French and English have exactly the Dutch keys, none empty', () => {
    for (const other of [fr, en]) {
      const flat = flatten(other);
      expect([...flat.keys()].sort()).toEqual([...dutch.keys()].sort());
      for (const [key, text] of flat) expect(text.trim(), key).not.toBe('');
    }
  });

  it('every translation uses the same placeholders as the Dutch text', () => {
    for (const other of [fr, en]) {
      const flat = flatten(other);
      for (const [key, text] of dutch) expect(placeholders(flat.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });
});
