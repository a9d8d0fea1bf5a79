// The counsellor's settings, stored in IndexedDB. Every field has a default, so
// an empty or older row reads as a complete one.
import { DomainSchema, IdSchema } from '../catalogue/schema';
import type { WorkingDay } from '../core/working-day';
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
    /** Opt-in: a notification asks whether the procedure is over after this many running minutes. */
    remindersEnabled: z.boolean().default(false),
    reminderMinutes: z.number().int().min(5).max(240).default(45),
    /** Local time `HH:MM` at which a running timer is stopped and its entry flagged for review. */
    endOfDay: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .default('18:30'),
    /** Stopping a timer that ran longer than this asks when the procedure really ended. */
    maxEntryHours: z.number().int().min(1).max(12).default(4),
    /** Minutes without keyboard or mouse before the time away is asked about. */
    idleMinutes: z.number().int().min(1).max(60).default(10),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings: Settings = SettingsSchema.parse({});

/** The settings the timer needs (lib/timer cannot read the settings itself). */
export function workingDayOf(settings: Settings): WorkingDay {
  return { endOfDay: settings.endOfDay, maxEntryHours: settings.maxEntryHours };
}
