import { isLanguage, type Language } from '@netwerkkracht/core';

/**
 * The language of a response from the Accept-Language header: the supported language with the
 * highest weight (`nl-BE` counts as `nl`), Dutch when none is supported or the header is absent.
 */
export function languageOf(header: string | string[] | undefined): Language {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return 'nl';
  let best: { lang: Language; q: number } | null = null;
  for (const part of value.split(',').slice(0, 20)) {
    const [tag = '', ...params] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (!isLanguage(primary)) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (best === null || q > best.q) best = { lang: primary, q };
  }
  return best?.lang ?? 'nl';
}
