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

/**
 * Active milliseconds of the timer from `since` on: today's share of a timer
 * started yesterday (the day's total must not count last night). The stored sums
 * do not say when, before the current stretch, the earlier active time fell, so
 * it counts at most for the span between `since` and the current stretch.
 */
export function elapsedSinceMs(state: TimerState, now: number, since: number): number {
  if (state.status === 'idle') return 0;
  const total = elapsedMs(state, now);
  if (state.startedAt >= since) return total;
  const stretch = state.status === 'running' ? state.segmentStartedAt : state.pausedAt;
  const current = state.status === 'running' ? Math.max(0, now - Math.max(stretch, since)) : 0;
  const earlier = Math.min(state.accumulatedMs, Math.max(0, stretch - since));
  return Math.min(total, current + earlier);
}

/** Total length of the stretches the counsellor chose not to count. */
export function discardedMs(discarded: ReadonlyArray<{ from: number; to: number }> | undefined): number {
  return (discarded ?? []).reduce((sum, d) => sum + Math.max(0, d.to - d.from), 0);
}
