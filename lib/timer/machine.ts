// The timer as a pure state machine: (state, event, now) → state. Time and ids
// come in as arguments, so every transition is tested without a clock. Stopping
// (or switching) yields the finished entry for the caller to store in the same
// transaction as the new state.
import type { Entry, EntryDetails } from '../model/records';
import { elapsedMs, idleTimer, type TimerState } from '../model/timer-state';

export type TimerEvent =
  | { type: 'start'; entryId: string; details: EntryDetails }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'update'; details: Partial<EntryDetails> }
  | { type: 'stop'; details?: Partial<EntryDetails> }
  | { type: 'discard' }
  | { type: 'switch'; entryId: string; details: EntryDetails };

export type TimerErrorCode = 'already_running' | 'not_running' | 'not_paused';

export type FinishedEntry = Omit<Entry, 'createdAt' | 'updatedAt'>;

export type Transition =
  | { ok: true; state: TimerState; finished?: FinishedEntry; discardedEntryId?: string }
  | { ok: false; state: TimerState; error: TimerErrorCode };

export function transition(state: TimerState, event: TimerEvent, now: number): Transition {
  switch (event.type) {
    case 'start':
      if (state.status !== 'idle') return fail(state, 'already_running');
      return { ok: true, state: started(event.entryId, event.details, now) };
    case 'pause':
      if (state.status !== 'running') return fail(state, 'not_running');
      return {
        ok: true,
        state: {
          status: 'paused',
          entryId: state.entryId,
          startedAt: state.startedAt,
          pausedAt: Math.max(now, state.startedAt),
          accumulatedMs: elapsedMs(state, now),
          details: state.details,
        },
      };
    case 'resume':
      if (state.status !== 'paused') return fail(state, 'not_paused');
      return {
        ok: true,
        state: {
          status: 'running',
          entryId: state.entryId,
          startedAt: state.startedAt,
          segmentStartedAt: Math.max(now, state.startedAt),
          accumulatedMs: state.accumulatedMs,
          details: state.details,
        },
      };
    case 'update':
      if (state.status === 'idle') return fail(state, 'not_running');
      return { ok: true, state: { ...state, details: { ...state.details, ...event.details } } };
    case 'stop':
      if (state.status === 'idle') return fail(state, 'not_running');
      return { ok: true, state: idleTimer, finished: finish(state, event.details ?? {}, now) };
    case 'discard':
      if (state.status === 'idle') return fail(state, 'not_running');
      return { ok: true, state: idleTimer, discardedEntryId: state.entryId };
    case 'switch':
      if (state.status === 'idle') return fail(state, 'not_running');
      return {
        ok: true,
        state: started(event.entryId, event.details, Math.max(now, state.startedAt)),
        finished: finish(state, {}, now),
      };
  }
}

function started(entryId: string, details: EntryDetails, now: number): TimerState {
  return { status: 'running', entryId, startedAt: now, segmentStartedAt: now, accumulatedMs: 0, details };
}

function finish(state: Exclude<TimerState, { status: 'idle' }>, extra: Partial<EntryDetails>, now: number) {
  const end = Math.max(now, state.startedAt);
  const activeMs = Math.min(elapsedMs(state, now), end - state.startedAt);
  const finished: FinishedEntry = {
    id: state.entryId,
    start: state.startedAt,
    end,
    activeMs,
    ...state.details,
    ...extra,
    source: 'timer',
  };
  return finished;
}

function fail(state: TimerState, error: TimerErrorCode): Transition {
  return { ok: false, state, error };
}
