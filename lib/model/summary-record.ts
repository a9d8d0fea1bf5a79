// The local record of a team summary made on this computer: its weeks and the
// sorted digests of its input files, nothing else (no figure, no name, no
// date). It exists for one rule: two summaries of overlapping weeks must not
// differ by too few files (same weeks) or contributors (the number of its
// inputs), since comparing them would reveal those people's time.
import { z } from '../zod';

const WeekId = z.string().regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/);
const Digest = z.string().regex(/^sha256:[0-9a-f]{64}$/);

export const SummaryRecordSchema = z
  .object({
    /** Assigned by the database. */
    id: z.number().int().positive(),
    weeks: z.array(WeekId).min(1).max(53),
    inputs: z.array(Digest).min(1).max(1_000_000),
  })
  .strict();
export type SummaryRecord = z.infer<typeof SummaryRecordSchema>;
/** What the background is asked to record. */
export const NewSummaryRecordSchema = SummaryRecordSchema.omit({ id: true });
export type NewSummaryRecord = z.infer<typeof NewSummaryRecordSchema>;
