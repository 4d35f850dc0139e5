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

export function ownerFromChoice(value: string): Owner | null {
  const parts = split(value);
  const parsed = OwnerSchema.safeParse(parts ? { kind: parts[0], alterId: parts[1] } : { kind: value });
  return parsed.success ? parsed.data : null;
}

/**
 * The select value of an owner. A named worker, a household member or a named volunteer keep
 * only their kind here: the form sends the owner only when the choice changed, so those details
 * stay as they were when the worker leaves the owner alone.
 */
export function ownerChoice(owner: Owner): string {
  return owner.kind === 'netwerklid' ? `netwerklid:${owner.alterId}` : owner.kind;
}

/** Whose barrier it is: the family, the worker, or someone of the map ("netwerklid:<id>"). */
export function holderFromChoice(value: string): BarrierHolder | null {
  const parts = split(value);
  const parsed = BarrierHolderSchema.safeParse(parts ? { kind: parts[0], alterId: parts[1] } : { kind: value });
  return parsed.success ? parsed.data : null;
}

export function holderChoice(holder: BarrierHolder): string {
  return holder.kind === 'netwerklid' ? `netwerklid:${holder.alterId}` : holder.kind;
}

/** Who promised help: a person of the map by id, or someone named only ("naam:Jef"). */
export function refFromChoice(value: string): PersonRef | null {
  const parsed = PersonRefSchema.safeParse(value.startsWith('naam:') ? { name: value.slice('naam:'.length) } : { alterId: value });
  return parsed.success ? parsed.data : null;
}

export function refChoice(ref: PersonRef): string {
  return 'alterId' in ref ? ref.alterId : `naam:${ref.name}`;
}
