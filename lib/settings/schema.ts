// The counsellor's settings, stored in IndexedDB. Every field has a default, so
// an empty or older row reads as a complete one.
import { DomainSchema, IdSchema } from '../catalogue/schema';
import { z } from '../zod';

export const CustomDomainSchema = z.object({ domain: DomainSchema, organisationId: IdSchema }).strict();
export type CustomDomain = z.infer<typeof CustomDomainSchema>;

export const SettingsSchema = z
  .object({
    /** One detected friction per kind and tab within this many minutes. */
    dedupeMinutes: z.number().int().min(1).max(60).default(5),
    /** Opt-in: focused time per organisation per day on listed sites. */
    siteTime: z.boolean().default(false),
    /** Sites the counsellor added, each granted through an optional host permission. */
    customDomains: z.array(CustomDomainSchema).max(50).default([]),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings: Settings = SettingsSchema.parse({});
