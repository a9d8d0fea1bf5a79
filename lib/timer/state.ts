// The running timer as it is stored: timestamps, never a ticking counter, so a
// stopped service worker, a restarted browser or a crash loses nothing.
import { EntryDetailsSchema, RecordIdSchema } from '../db/records';
import { z } from '../zod';

const Timestamp = z.number().int().nonnegative();

export const TimerStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('idle') }).strict(),
  z
    .object({
      status: z.literal('running'),
      entryId: RecordIdSchema,
      startedAt: Timestamp,
      /** Start of the current unpaused stretch. */
      segmentStartedAt: Timestamp,
      /** Active time of the stretches before the current one. */
      accumulatedMs: Timestamp,
      details: EntryDetailsSchema,
    })
    .strict(),
  z
    .object({
      status: z.literal('paused'),
      entryId: RecordIdSchema,
      startedAt: Timestamp,
      pausedAt: Timestamp,
      accumulatedMs: Timestamp,
      details: EntryDetailsSchema,
    })
    .strict(),
]);
export type TimerState = z.infer<typeof TimerStateSchema>;
export type ActiveTimer = Exclude<TimerState, { status: 'idle' }>;

export const idleTimer: TimerState = { status: 'idle' };

/** Active milliseconds of the timer at `now`; never negative, even if the clock went back. */
export function elapsedMs(state: TimerState, now: number): number {
  if (state.status === 'idle') return 0;
  if (state.status === 'paused') return state.accumulatedMs;
  return state.accumulatedMs + Math.max(0, now - state.segmentStartedAt);
}
