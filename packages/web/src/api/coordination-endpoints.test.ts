import { describe, expect, it } from 'vitest';
import { readCoordination, readSignal } from './coordination-endpoints.js';

describe('reading the answers of coordination and signals', () => {
  const signal = {
    id: 's1', text: 'Waarborg te hoog', lifeDomain: 'kinderopvang', status: 'actieplan', owner: { kind: 'netwerkpartner', name: 'Huis van het Kind' },
    families: { kind: 'fewer_than', threshold: 5 }, createdOn: '2026-02-01',
    history: [{ status: 'open', owner: null, meetingId: null, note: '', changedOn: '2026-02-01' }],
  };

  it('[SN1] keeps the count as the server gave it: "fewer than" never becomes a number', () => {
    expect(readSignal(signal).families).toEqual({ kind: 'fewer_than', threshold: 5 });
    expect(readSignal({ ...signal, families: { kind: 'exact', families: 7 } }).families).toEqual({ kind: 'exact', families: 7 });
  });

  it('an unknown status, life domain or count is a bad answer, not a blank card', () => {
    expect(() => readSignal({ ...signal, status: 'klaar' })).toThrow();
    expect(() => readSignal({ ...signal, lifeDomain: 'sport' })).toThrow();
    expect(() => readSignal({ ...signal, families: { kind: 'about', families: 3 } })).toThrow();
  });

  it('[CC3] reads the contact log with its channels; an unknown channel is refused', () => {
    const answer = {
      coordinator: null, startedOn: '2026-01-05', partners: [], casusoverleggen: [], warnings: [],
      contacts: [{ id: 'c1', channel: 'whatsapp', date: '2026-02-01', withUserId: 'u', withName: 'Ines', note: '' }],
    };
    expect(readCoordination(answer).contacts[0]).toEqual({ id: 'c1', channel: 'whatsapp', date: '2026-02-01', withName: 'Ines', note: '' });
    expect(() => readCoordination({ ...answer, contacts: [{ ...answer.contacts[0], channel: 'fax' }] })).toThrow();
  });
});
