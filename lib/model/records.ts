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

/** How an entry was made. Only the timer makes entries today; a value is added with the feature that produces it. */
export const EntrySourceSchema = z.enum(['timer']);

export const EntrySchema = EntryDetailsSchema.extend({
  id: RecordIdSchema,
  start: Timestamp,
  end: Timestamp,
  /** Time actually worked: pauses excluded, so activeMs ≤ end − start. */
  activeMs: Timestamp,
  source: EntrySourceSchema,
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
  })
  .strict();
export type Friction = z.infer<typeof FrictionSchema>;
