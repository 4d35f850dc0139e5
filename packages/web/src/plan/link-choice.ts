import {
  ActionLinkSchema, BarrierHolderSchema, OwnerSchema, PersonRefSchema,
  type ActionLink, type BarrierHolder, type Owner, type PersonRef,
} from '@netwerkkracht/core';

/**
 * A select box's value for a link, an owner, a barrier's holder or who promised help
 * ("gat:emotioneel", "netwerklid:<id>", "naam:Jef") turned back into core's shapes through core's
 * schemas; anything else gives null, never a half-made link. The `…Choice` functions are the
 * inverse: they give the value a stored link or owner has in the select box (to prefill a form).
 */
function split(value: string): readonly [string, string] | null {
  const at = value.indexOf(':');
  return at < 0 ? null : [value.slice(0, at), value.slice(at + 1)];
}

export function linkFromChoice(value: string): ActionLink | null {
  const parts = split(value);
  if (!parts) return null;
  const [kind, rest] = parts;
  const parsed = ActionLinkSchema.safeParse(kind === 'gat' ? { kind, function: rest } : { kind, alterId: rest });
  return parsed.success ? parsed.data : null;
}

/** No link is the empty choice ("niets in het bijzonder"). */
export function linkChoice(link: ActionLink | null): string {
  if (link === null) return '';
  return link.kind === 'gat' ? `gat:${link.function}` : `${link.kind}:${link.alterId}`;
}

/**
 * An owner and a barrier's holder share one select form: a bare kind ("persoon", "gezin") or
 * "netwerklid:<id>" for someone of the map; `schema` decides which kinds are valid.
 */
function kindFromChoice<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, value: string): T | null {
  const parts = split(value);
  const parsed = schema.safeParse(parts ? { kind: parts[0], alterId: parts[1] } : { kind: value });
  return parsed.success ? parsed.data : null;
}

/**
 * The select value of an owner or a holder. A named worker, a household member or a named
 * volunteer keep only their kind here: the form sends the owner only when the choice changed, so
 * those details stay as they were when the worker leaves the owner alone.
 */
function kindChoice(x: Owner | BarrierHolder): string {
  return x.kind === 'netwerklid' ? `netwerklid:${x.alterId}` : x.kind;
}

export const ownerFromChoice = (value: string): Owner | null => kindFromChoice(OwnerSchema, value);
export const ownerChoice: (owner: Owner) => string = kindChoice;

/** Whose barrier it is: the family, the worker, or someone of the map ("netwerklid:<id>"). */
export const holderFromChoice = (value: string): BarrierHolder | null => kindFromChoice(BarrierHolderSchema, value);
export const holderChoice: (holder: BarrierHolder) => string = kindChoice;

/** Who promised help: a person of the map by id, or someone named only ("naam:Jef"). */
export function refFromChoice(value: string): PersonRef | null {
  const parsed = PersonRefSchema.safeParse(value.startsWith('naam:') ? { name: value.slice('naam:'.length) } : { alterId: value });
  return parsed.success ? parsed.data : null;
}

export function refChoice(ref: PersonRef): string {
  return 'alterId' in ref ? ref.alterId : `naam:${ref.name}`;
}
