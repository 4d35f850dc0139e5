import type { NcMapping, NcTemplate } from '@netwerkkracht/core';
import { interop } from '../api/interop-endpoints.js';

/**
 * The Network Canvas mapping chosen for a protocol, kept on the server for the whole organisation
 * (routes/import-mappings.ts; key: the protocol's UID when the file names one, else its name), so
 * a colleague or another device importing a file of the same protocol starts from it. Without a
 * connection nothing is read or kept: the template's own mapping is offered.
 */
/** The saved mapping of the template's protocol when it still fits what the file holds, else the template's own. */
export async function startingMapping(template: NcTemplate): Promise<{ mapping: NcMapping; saved: boolean }> {
  const ref = template.protocolRefs[0];
  if (ref !== undefined) {
    const saved = await interop.savedMapping(ref);
    if (saved.ok && template.nodeTypes.some((n) => n.name === saved.value.nodeType)) return { mapping: saved.value, saved: true };
  }
  return { mapping: template.mapping, saved: false };
}

/** Keeps the mapping for every protocol of the file; a failure (offline, refused) leaves the import as it is. */
export async function saveMapping(template: NcTemplate, mapping: NcMapping): Promise<void> {
  for (const ref of template.protocolRefs) await interop.saveMapping(ref, mapping);
}
