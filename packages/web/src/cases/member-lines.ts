import type { NewMember } from '../api/endpoints.js';

/** The server's limit on household members per case. */
export const MAX_MEMBERS = 30;

/** "Sara, mama" per line: the name, and optionally the role after the first comma. */
export function parseMemberLines(text: string): NewMember[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '').map((line) => {
    const comma = line.indexOf(',');
    const name = (comma < 0 ? line : line.slice(0, comma)).trim().slice(0, 120);
    const role = comma < 0 ? '' : line.slice(comma + 1).trim().slice(0, 80);
    return role ? { name, role } : { name };
  }).filter((m) => m.name !== '');
}
