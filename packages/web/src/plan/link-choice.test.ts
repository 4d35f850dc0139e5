import { describe, expect, it } from 'vitest';
import { holderChoice, holderFromChoice, linkChoice, linkFromChoice, ownerChoice, ownerFromChoice, refChoice, refFromChoice } from './link-choice.js';

describe('an action link or owner chosen in a select box', () => {
  it('a gap is a known support function, a person or wished-for person an alter id', () => {
    expect(linkFromChoice('gat:emotioneel')).toEqual({ kind: 'gat', function: 'emotioneel' });
    expect(linkFromChoice('persoon:a1')).toEqual({ kind: 'persoon', alterId: 'a1' });
    expect(linkFromChoice('gewenst:a2')).toEqual({ kind: 'gewenst', alterId: 'a2' });
  });

  it('no choice, an unknown function or a malformed value gives no link at all', () => {
    expect(linkFromChoice('')).toBeNull();
    expect(linkFromChoice('gat:toveren')).toBeNull();
    expect(linkFromChoice('persoon:')).toBeNull();
    expect(linkFromChoice('iets:a1')).toBeNull();
  });

  it('the owner is the family, the worker or a network member of the map', () => {
    expect(ownerFromChoice('persoon')).toEqual({ kind: 'persoon' });
    expect(ownerFromChoice('begeleider')).toEqual({ kind: 'begeleider' });
    expect(ownerFromChoice('netwerklid:a3')).toEqual({ kind: 'netwerklid', alterId: 'a3' });
    expect(ownerFromChoice('netwerklid:')).toBeNull();
    expect(ownerFromChoice('baas')).toBeNull();
  });

  it('a stored link gives back the choice it was made from; no link is the empty choice', () => {
    for (const choice of ['gat:emotioneel', 'persoon:a1', 'gewenst:a2']) expect(linkChoice(linkFromChoice(choice))).toBe(choice);
    expect(linkChoice(null)).toBe('');
  });

  it('a stored owner gives back its choice; a named worker or volunteer is chosen by kind', () => {
    for (const choice of ['persoon', 'begeleider', 'netwerklid:a3']) expect(ownerChoice(ownerFromChoice(choice) ?? { kind: 'persoon' })).toBe(choice);
    expect(ownerChoice({ kind: 'begeleider', name: 'Bram' })).toBe('begeleider');
    expect(ownerChoice({ kind: 'vrijwilliger', name: 'Jos' })).toBe('vrijwilliger');
    expect(ownerFromChoice('vrijwilliger')).toEqual({ kind: 'vrijwilliger' });
  });
});

describe('whose barrier it is, chosen in a select box', () => {
  it('the family, the worker, or a person of the map', () => {
    expect(holderFromChoice('gezin')).toEqual({ kind: 'gezin' });
    expect(holderFromChoice('begeleider')).toEqual({ kind: 'begeleider' });
    expect(holderFromChoice('netwerklid:rita')).toEqual({ kind: 'netwerklid', alterId: 'rita' });
  });

  it('a network member without a person, or anyone else, is no holder', () => {
    expect(holderFromChoice('netwerklid:')).toBeNull();
    expect(holderFromChoice('persoon')).toBeNull();
    expect(holderFromChoice('')).toBeNull();
  });

  it('a stored holder gives back the choice it was made from', () => {
    for (const choice of ['gezin', 'begeleider', 'netwerklid:rita']) expect(holderChoice(holderFromChoice(choice) ?? { kind: 'gezin' })).toBe(choice);
  });
});

describe('who promised help, chosen in a select box', () => {
  it('a person of the map by id, or someone known only by name', () => {
    expect(refFromChoice('rita')).toEqual({ alterId: 'rita' });
    expect(refFromChoice('naam:Nonkel Jef')).toEqual({ name: 'Nonkel Jef' });
    for (const choice of ['rita', 'naam:Nonkel Jef']) expect(refChoice(refFromChoice(choice) ?? { name: '?' })).toBe(choice);
  });

  it('nobody chosen, or an empty name, is nobody', () => {
    expect(refFromChoice('')).toBeNull();
    expect(refFromChoice('naam:')).toBeNull();
    expect(refFromChoice('naam:   ')).toBeNull();
  });
});
