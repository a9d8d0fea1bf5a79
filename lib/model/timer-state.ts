// The running timer as it is stored: timestamps, never a ticking counter, so a
// stopped service worker, a restarted browser or a crash loses nothing. This
// module is Zod-free (the popup loads it); the schema is in state-schema.ts.
import type { TimerState } from './timer-state-schema';

export type { TimerState };

export const idleTimer: TimerState = { status: 'idle' };

/** Active milliseconds of the timer at `now`; never negative, even if the clock went back. */
export function elapsedMs(state: TimerState, now: number): number {
  if (state.status === 'idle') return 0;
  const raw =
    state.status === 'paused' ? state.accumulatedMs : state.accumulatedMs + Math.max(0, now - state.segmentStartedAt);
  return Math.max(0, raw - discardedMs(state.discarded));
}

/** Total length of the stretches the counsellor chose not to count. */
export function discardedMs(discarded: ReadonlyArray<{ from: number; to: number }> | undefined): number {
  return (discarded ?? []).reduce((sum, d) => sum + Math.max(0, d.to - d.from), 0);
}
