// A deleted entry, kept 30 days so that « Annuler la suppression » can put it
// back exactly as it was, even after the popup was closed (principle: nothing lost).
import { z } from '../zod';
import { EntrySchema, RecordIdSchema } from './records';

/** How long a deleted entry can still be restored. */
export const TRASH_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

export const TrashRowSchema = z
  .object({
    /** The deleted entry's id: an entry is in the trash at most once. */
    id: RecordIdSchema,
    deletedAt: z.number().int().nonnegative(),
    entry: EntrySchema,
    /** The frictions detached from it on deletion, re-attached on restore. */
    frictionIds: z.array(RecordIdSchema),
  })
  .strict();
export type TrashRow = z.infer<typeof TrashRowSchema>;
