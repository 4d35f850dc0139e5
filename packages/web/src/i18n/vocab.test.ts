import { describe, expect, it } from 'vitest';
import { joinNames, ringLabel, roleFromText, roleLabel, sectorLabel } from './vocab.js';

describe('domain labels on screen', () => {
  it('a role typed as a label of the role list (any language) is stored as its code; other text stays free text', () => {
    expect(roleFromText('Huisarts')).toBe('huisarts');
    expect(roleFromText('  médecin traitant ')).toBe('huisarts');
    expect(roleFromText('de juf van Amir')).toBe('de juf van Amir');
    expect(roleFromText('   ')).toBeUndefined();
  });

  it('a role code shows as its label in the chosen language', () => {
    expect(roleLabel('buur', 'fr')).toBe('Voisin ou voisine');
    expect(roleLabel('iets anders', 'en')).toBe('iets anders');
  });

  it('sectors of both schemes have labels; no sector shows the uncategorised text', () => {
    expect(sectorLabel('familie', 'nl', '-')).toBe('Familie');
    expect(sectorLabel('verwanten', 'en', '-')).toBe('Relatives');
    expect(sectorLabel(null, 'nl', 'Niet ingedeeld')).toBe('Niet ingedeeld');
  });

  it('rings have names with three rings and numbers otherwise', () => {
    expect(ringLabel(1, 3, 'nl', (n) => `Cirkel ${n}`)).toBe('Heel dichtbij');
    expect(ringLabel(4, 5, 'nl', (n) => `Cirkel ${n}`)).toBe('Cirkel 4');
  });

  it('names are joined the way people say them', () => {
    expect(joinNames(['Ann'], 'nl')).toBe('Ann');
    expect(joinNames(['Ann', 'Jan', 'Rita'], 'nl')).toBe('Ann, Jan en Rita');
    expect(joinNames(['Ann', 'Jan'], 'fr')).toBe('Ann et Jan');
  });
});
