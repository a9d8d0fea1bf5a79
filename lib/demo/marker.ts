// The row of the `settings` key-value store (key 'demo') that remembers which
// site-time rows the demonstration wrote: site time has no id to carry the
// `demo-` prefix, and removing the demo must spare the counsellor's real days.
import { SiteTimeRowSchema } from '../model/site-time';
import { z } from '../zod';

export const DemoMarkerRowSchema = z
  .object({
    key: z.literal('demo'),
    value: z
      .object({
        /** [day, organisationId]: the site-time store's keys. */
        siteTime: z.array(z.tuple([SiteTimeRowSchema.shape.day, SiteTimeRowSchema.shape.organisationId])),
      })
      .strict(),
  })
  .strict();
export type DemoMarkerRow = z.infer<typeof DemoMarkerRowSchema>;
