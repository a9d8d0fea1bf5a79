// Zod schema of the stored timer, for the background that writes it. Fields
// added after the first version are optional, so a timer stored by an older
// version still reads (tests/unit/db/migrations.test.ts).

import { z } from '../zod';
import { EntryDetailsSchema, RecordIdSchema } from './records';

const Timestamp = z.number().int().nonnegative();

/**
 * Why the counsellor may not have been working on the procedure: away from the
 * keyboard, screen locked, computer asleep, browser closed. Says nothing of
 * what they did; it only words the question asked when they come back.
 */
export const AwayKindSchema = z.enum(['idle', 'locked', 'sleep', 'closed']);
export type AwayKind = z.infer<typeof AwayKindSchema>;

/** A stretch of running time whose counting awaits the counsellor's decision (keep, discard, keep part). */
export const AwayPeriodSchema = z.object({ from: Timestamp, to: Timestamp, kind: AwayKindSchema }).strict();
export type AwayPeriod = z.infer<typeof AwayPeriodSchema>;

/** Shared by a running and a paused timer. */
const awayFields = {
  /** Periods awaiting a decision, disjoint, oldest first. Never copied into an entry. */
  awayPeriods: z.array(AwayPeriodSchema).max(50).optional(),
  /** Parts of away periods the counsellor chose not to count: taken out of the active time. */
  discarded: z
    .array(z.object({ from: Timestamp, to: Timestamp }).strict())
    .max(50)
    .optional(),
  /** End of the latest decided period: time before it is never asked about twice. */
  decidedUntil: Timestamp.optional(),
};

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
      ...awayFields,
      /** The counsellor went idle or locked the screen at this time and has not come back yet. */
      awaySince: z
        .object({ at: Timestamp, kind: z.enum(['idle', 'locked']) })
        .strict()
        .optional(),
      /** Last time the background saw the timer running (its badge alarm): a long gap is a sleep. */
      lastSeenAt: Timestamp.optional(),
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
      ...awayFields,
    })
    .strict(),
]);
export type TimerState = z.infer<typeof TimerStateSchema>;
