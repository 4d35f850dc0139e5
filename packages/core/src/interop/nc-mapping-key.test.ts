import { describe, expect, it } from 'vitest';
import { ncGraphml } from '../test-support/nc-graphml.js';
import { ncProtocolKey, NC_SAVED_VALUES_MAX, SavedNcMappingSchema } from './nc-mapping-key.js';
import { ncMappingTemplate } from './network-canvas.js';

const session = (protocolName: string, protocolUID?: string, sessionUUID = 's-1') => ncGraphml({
  session: { caseId: 'c1', sessionUUID, protocolName, ...(protocolUID ? { protocolUID } : {}), sessionFinishTime: '2024-12-16T10:00:00.000Z' },
  variables: { relation: 'string' },
  nodes: [{ uuid: 'n-1', type: 'Person', label: 'Reginald', data: { relation: 'family' } }],
  edges: [],
});

describe('Network Canvas mappings kept per protocol', () => {
  it('[N12] the template names each protocol with its UID when the file gives one (nc:protocolUID), else by name only', () => {
    const files = [
      { name: 'a.graphml', text: session('Steunnetwerk', 'uid-1') },
      { name: 'b.graphml', text: session('Steunnetwerk', 'uid-1', 's-2') },
      { name: 'c.graphml', text: session('Oud protocol', undefined, 's-3') },
    ];
    const read = ncMappingTemplate(files, 'nc-graphml');
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.template.protocolRefs).toEqual([{ uid: 'uid-1', name: 'Steunnetwerk' }, { name: 'Oud protocol' }]);
    expect(read.template.protocols).toEqual(['Steunnetwerk', 'Oud protocol']);
  });

  it('[N12] the key is the UID when there is one, else the name; nothing for a file without either', () => {
    expect(ncProtocolKey({ uid: ' uid-1 ', name: 'Steunnetwerk' })).toEqual({ kind: 'uid', value: 'uid-1' });
    expect(ncProtocolKey({ uid: '', name: 'Steunnetwerk' })).toEqual({ kind: 'name', value: 'Steunnetwerk' });
    expect(ncProtocolKey({})).toBeNull();
  });

  it('[N13] a kept mapping holds no names: a value table on the name variable (given, or label / name by default) is refused at its field', () => {
    const base = { nodeType: 'Person', tieEdgeTypes: [] };
    const paths = (input: unknown) => {
      const result = SavedNcMappingSchema.safeParse(input);
      return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    };
    expect(paths({ ...base, sector: { variable: 'relation', values: { family: 'familie' } }, ring: { layout: 'layout' } })).toEqual([]);
    expect(paths({ ...base, name: 'naam', sector: { variable: 'label', values: { x: 'familie' } } })).toEqual([]);
    expect(paths({ ...base, sector: { variable: 'label', values: { 'Oma Rita': 'familie' } } })).toEqual(['sector.variable']);
    expect(paths({ ...base, ring: { variable: 'name', values: { Wanda: 1 } } })).toEqual(['ring.variable']);
    expect(paths({ ...base, name: 'naam', ring: { variable: 'naam', values: { Wanda: 1 } } })).toEqual(['ring.variable']);
    expect(paths({ ...base, people: ['Reginald'] })).toEqual(['']);
    const many = Object.fromEntries(Array.from({ length: NC_SAVED_VALUES_MAX + 1 }, (_, i) => [`v${i}`, 'familie']));
    expect(paths({ ...base, sector: { variable: 'relation', values: many } })).toEqual(['sector.values']);
    expect(paths({ ...base, sector: { variable: 'relation', values: { ['x'.repeat(201)]: 'familie' } } })).toEqual([`sector.values.${'x'.repeat(40)}`]);
  });
});
