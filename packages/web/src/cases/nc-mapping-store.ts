import { NcMappingSchema, type NcMapping, type NcTemplate } from '@netwerkkracht/core';
import { readSealed, writeSealed } from '../device/device-storage.js';

/**
 * The Network Canvas mapping a worker chose, kept per protocol in this browser (sealed with the
 * device key like every entry of ours: values of a protocol's variables are shown in it), and
 * offered again when a file of the same protocol is imported.
 */
const PREFIX = 'netwerkkracht.ncmapping.';
const CONTEXT = 'nc-mapping';

function entryName(protocol: string): string {
  return `${PREFIX}${encodeURIComponent(protocol)}`;
}

/** The saved mapping of the template's protocol when it still fits what the file holds, else the template's own. */
export async function startingMapping(template: NcTemplate): Promise<{ mapping: NcMapping; saved: boolean }> {
  const protocol = template.protocols[0];
  if (protocol !== undefined) {
    const text = await readSealed(entryName(protocol), CONTEXT);
    if (text !== null) {
      try {
        const parsed = NcMappingSchema.safeParse(JSON.parse(text));
        if (parsed.success && template.nodeTypes.some((n) => n.name === parsed.data.nodeType)) return { mapping: parsed.data, saved: true };
      } catch {
        // A damaged entry is ignored: the template's mapping is offered.
      }
    }
  }
  return { mapping: template.mapping, saved: false };
}

export async function saveMapping(template: NcTemplate, mapping: NcMapping): Promise<void> {
  for (const protocol of template.protocols) await writeSealed(entryName(protocol), CONTEXT, JSON.stringify(mapping));
}
