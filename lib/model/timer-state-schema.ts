// Zod schema of the stored timer, for the background that writes it.

import { z } from '../zod';
import { EntryDetailsSchema, RecordIdSchema } from './records';

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
