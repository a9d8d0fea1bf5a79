// The running timer as it is stored: timestamps, never a ticking counter, so a
// stopped service worker, a restarted browser or a crash loses nothing. This
// module is Zod-free (the popup loads it); the schema is in state-schema.ts.
import type { TimerState } from './timer-state-schema';

export type { TimerState };

export const idleTimer: TimerState = { status: 'idle' };

/** Active milliseconds of the timer at `now`; never negative, even if the clock went back. */
export function elapsedMs(state: TimerState, now: number): number {
  if (state.status === 'idle') return 0;
  if (state.status === 'paused') return state.accumulatedMs;
  return state.accumulatedMs + Math.max(0, now - state.segmentStartedAt);
}
