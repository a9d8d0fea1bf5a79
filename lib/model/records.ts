// Shapes of what is stored in IndexedDB. They describe work, never a person:
// no name, no identifier, no URL, no free text (principle 2). Catalogue ids are
// checked where data comes in (messages); here any well-formed id is accepted so
// that data written by a newer catalogue is never lost.
import { IdSchema } from '../catalogue/schema';
import { z } from '../zod';

export const RecordIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);
const Timestamp = z.number().int().nonnegative();

export const EntryDetailsSchema = z
  .object({
    organisationId: IdSchema.nullable(),
    procedureId: IdSchema.nullable(),
    modeId: IdSchema.nullable(),
    reasonIds: z.array(IdSchema).max(20),
    outcomeId: IdSchema.nullable(),
  })
  .strict();
export type EntryDetails = z.infer<typeof EntryDetailsSchema>;

/** How an entry was made: timed, or recorded after the fact by the counsellor. */
export const EntrySourceSchema = z.enum(['timer', 'manual']);

/**
 * Why an entry waits for the counsellor's look, until they review it:
 * `forgotten` (stopped late without saying when it ended, so it was cut at the
 * end of the working day or is longer than the limit), `auto_stopped` (stopped
 * by the end of the working day), `uncertain_time` (stopped while time away
 * from the screen or with the browser closed was still undecided, and counted),
 * `incomplete` (recorded after the fact without all its details).
 */
export const ReviewReasonSchema = z.enum(['forgotten', 'auto_stopped', 'uncertain_time', 'incomplete']);
export type ReviewReason = z.infer<typeof ReviewReasonSchema>;

export const EntrySchema = EntryDetailsSchema.extend({
  id: RecordIdSchema,
  start: Timestamp,
  end: Timestamp,
  /** Time actually worked: pauses excluded, so activeMs ≤ end − start. */
  activeMs: Timestamp,
  source: EntrySourceSchema,
  /** Absent: nothing to review (entries stored before this field existed read so too). */
  review: ReviewReasonSchema.optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
}).strict();
export type Entry = z.infer<typeof EntrySchema>;

export const FrictionSchema = z
  .object({
    id: RecordIdSchema,
    at: Timestamp,
    organisationId: IdSchema.nullable(),
    kind: IdSchema,
    detection: z.enum(['manual', 'auto']),
    /** Auto-detected frictions wait for the counsellor; manual ones are confirmed. */
    status: z.enum(['pending', 'confirmed', 'dismissed']),
    /** The timed entry it happened during, if a timer ran. */
    entryId: RecordIdSchema.nullable(),
    /** Time spent on login or reset pages, when measured. */
    loginMs: Timestamp.nullable(),
    /**
     * The login episode it belongs to (the id of the episode's first friction),
     * set with loginMs: every friction of an episode carries the episode's whole
     * login time, which must count once. Absent: a friction alone.
     */
    episode: RecordIdSchema.optional(),
  })
  .strict();
export type Friction = z.infer<typeof FrictionSchema>;
