import { ActionLinkSchema, OwnerSchema, type ActionLink, type Owner } from '@netwerkkracht/core';

/**
 * A select box's value for a link or an owner ("gat:emotioneel", "netwerklid:<id>") turned back
 * into core's shapes through core's schemas; anything else gives null, never a half-made link.
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

export function ownerFromChoice(value: string): Owner | null {
  const parts = split(value);
  const parsed = OwnerSchema.safeParse(parts ? { kind: parts[0], alterId: parts[1] } : { kind: value });
  return parsed.success ? parsed.data : null;
}
