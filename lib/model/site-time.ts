// Opt-in focused time on the listed sites, as stored: one row per local day and
// organisation, a total and nothing else (never a trail of visits).
import { IdSchema } from '../catalogue/schema';
import { z } from '../zod';

export const SiteTimeRowSchema = z
  .object({
    /** Local calendar day, `YYYY-MM-DD`. */
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    organisationId: IdSchema,
    ms: z.number().int().nonnegative(),
  })
  .strict();
export type SiteTimeRow = z.infer<typeof SiteTimeRowSchema>;
