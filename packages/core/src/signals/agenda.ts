import type { SignalStatus } from './signal.js';

/** One entry of a signal's history as the agenda needs it. */
export interface AgendaHistoryEntry {
  readonly status: SignalStatus;
  readonly meetingId: string | null;
  readonly changedOn: string;
}

export interface AgendaSignal {
  readonly createdOn: string;
  readonly status: SignalStatus;
  readonly history: readonly AgendaHistoryEntry[];
}

type EntryOf<S extends AgendaSignal> = S['history'][number];

export interface AgendaMeeting {
  readonly id: string;
  readonly heldOn: string;
}

/**
 * SN4 (docs/coordination.md): the signalenbundel as a standing item of a network meeting. On the
 * agenda: every signal made on or before the meeting's day that was not solved before it (a
 * change made on that day outside a meeting counts as before it), and every signal decided at this
 * meeting (also when it was solved there). Each comes with the state the meeting ended with (its
 * own decision if there was one, else the last state up to its day; its entry as `endState`, for
 * what else it holds, such as the owner), `decidedHere`, and the
 * history up to that day plus this meeting's decisions. Signals keep their order.
 */
export function meetingAgenda<S extends AgendaSignal>(
  signals: readonly S[], meeting: AgendaMeeting,
): (S & { readonly decidedHere: boolean; readonly endState: EntryOf<S> | null })[] {
  const out: (S & { readonly decidedHere: boolean; readonly endState: EntryOf<S> | null })[] = [];
  for (const s of signals) {
    if (s.createdOn > meeting.heldOn) continue;
    const before = s.history.filter((h) => h.meetingId !== meeting.id && (h.changedOn < meeting.heldOn || (h.changedOn === meeting.heldOn && h.meetingId === null)));
    const here = s.history.filter((h) => h.meetingId === meeting.id);
    const stateBefore = before[before.length - 1]?.status ?? 'open';
    if (stateBefore === 'opgelost' && here.length === 0) continue;
    const upTo: EntryOf<S>[] = s.history.filter((h) => h.changedOn <= meeting.heldOn || h.meetingId === meeting.id);
    const state: EntryOf<S> | undefined = here[here.length - 1] ?? upTo[upTo.length - 1];
    out.push({ ...s, status: state?.status ?? s.status, history: upTo, decidedHere: here.length > 0, endState: state ?? null });
  }
  return out;
}
