import { describe, expect, it } from 'vitest';
import { linkFromChoice, ownerFromChoice } from './link-choice.js';

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
});
