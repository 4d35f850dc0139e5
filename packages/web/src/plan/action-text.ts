import type { TFunction } from 'i18next';
import type { Action, Language } from '@netwerkkracht/core';
import { functionLabel } from '../i18n/vocab.js';
import { describeLink, describeOwner, refName, type MapPerson } from './plan-view.js';

/** One action's link and owner as plain sentences (shared by the worker's and the family's view). */
export function linkSentence(action: Action, people: readonly MapPerson[], t: TFunction, lang: Language): string | null {
  const link = describeLink(action.link, people, t('plan.unknownPerson'));
  switch (link.kind) {
    case 'none': return null;
    case 'gat': return t('plan.link.gat', { function: functionLabel(link.function as Parameters<typeof functionLabel>[0], lang) });
    case 'persoon': return t('plan.link.persoon', { name: link.name });
    case 'gewenst': return t('plan.link.gewenst', { name: link.name });
  }
}

export function ownerSentence(action: Action, people: readonly MapPerson[], t: TFunction): string {
  const owner = describeOwner(action.owner, people, t('plan.unknownPerson'));
  switch (owner.kind) {
    case 'persoon': return t('plan.owner.persoon');
    case 'begeleider': return t('plan.owner.begeleider');
    case 'begeleider_named': return owner.name;
    case 'netwerklid': return owner.name;
    case 'vrijwilliger': return owner.name === '' ? t('plan.owner.vrijwilliger') : owner.name;
  }
}

export function promiseSentence(action: Action, people: readonly MapPerson[], t: TFunction): string | null {
  const promise = action.promise;
  if (!promise) return null;
  const by = refName(promise.by, people, t('plan.unknownPerson'));
  return [
    t('plan.promise.by', { name: by }),
    promise.followUpBy ? t('plan.promise.followUpBy', { date: promise.followUpBy }) : null,
    promise.fallback ? t('plan.promise.fallback', { fallback: promise.fallback }) : null,
  ].filter((x) => x !== null).join(' ');
}
