// The counsellor's settings, stored in IndexedDB. Every field has a default, so
// an empty or older row reads as a complete one.
import { detectableFrictionIds } from '../catalogue/detectable';
import { DomainSchema, IdSchema } from '../catalogue/schema';
import type { WorkingDay } from '../core/working-day';
import { z } from '../zod';
import { CustomItemSchema, CustomOrganisationSchema, LanguageSchema } from './custom';
import { dataOptions, dataSettings } from './data-options';

export const CustomDomainSchema = z.object({ domain: DomainSchema, organisationId: IdSchema }).strict();
export type CustomDomain = z.infer<typeof CustomDomainSchema>;

/** A friction kind the probe may record by itself (lib/catalogue/detectable). */
export const DetectableFrictionSchema = z.enum(detectableFrictionIds);

/** The detected kinds the counsellor switched off: each at most once. */
const DetectionOffSchema = z
  .array(DetectableFrictionSchema)
  .max(detectableFrictionIds.length)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'a kind switched off twice' });

/** The constraints of each plain option, shared by the stored settings and the change a page asks for. */
const options = {
  /** One detected friction per kind and tab within this many minutes. */
  dedupeMinutes: z.number().int().min(1).max(60),
  /** Opt-in: focused time per organisation per day on listed sites. */
  siteTime: z.boolean(),
  /** Opt-in: a notification asks whether the procedure is over after this many running minutes. */
  remindersEnabled: z.boolean(),
  reminderMinutes: z.number().int().min(5).max(240),
  /** Local time `HH:MM` at which a running timer is stopped and its entry flagged for review. */
  endOfDay: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  /** Stopping a timer that ran longer than this asks when the procedure really ended. */
  maxEntryHours: z.number().int().min(1).max(12),
  /** Minutes without keyboard or mouse before the time away is asked about. */
  idleMinutes: z.number().int().min(1).max(60),
  // ---- issue 12: language, organisations, custom catalogue items (lib/settings/custom.ts) ----
  /** The pages' language: the browser's (default) or one the counsellor picked. */
  language: LanguageSchema,
};

export const SettingsSchema = z
  .object({
    dedupeMinutes: options.dedupeMinutes.default(5),
    siteTime: options.siteTime.default(false),
    /** Sites the counsellor added, each granted through an optional host permission. */
    customDomains: z.array(CustomDomainSchema).max(50).default([]),
    remindersEnabled: options.remindersEnabled.default(false),
    reminderMinutes: options.reminderMinutes.default(45),
    endOfDay: options.endOfDay.default('18:30'),
    maxEntryHours: options.maxEntryHours.default(4),
    idleMinutes: options.idleMinutes.default(10),
    // ---- issue 12: language, organisations, custom catalogue items (lib/settings/custom.ts) ----
    language: options.language.default('browser'),
    /** Catalogue organisations switched off: their sites are neither timed nor probed. */
    organisationsOff: z.array(IdSchema).max(200).default([]),
    /** Organisations the counsellor created; their names stay on this computer. */
    customOrganisations: z.array(CustomOrganisationSchema).max(50).default([]),
    /** Procedures and reasons the counsellor added; their labels stay on this computer. */
    customItems: z.array(CustomItemSchema).max(100).default([]),
    /** Kinds the probe must not record; empty (every kind detected) on a fresh install and in older rows. */
    detectionOff: DetectionOffSchema.default([]),
    // The counsellor's own data: retention, backup reminder (lib/settings/data-options).
    ...dataSettings,
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings: Settings = SettingsSchema.parse({});

/**
 * A change to plain options (sites and detected kinds have their own messages,
 * which change one item against the stored list). No defaults here: what is not sent is kept.
 */
export const SettingsPatchSchema = z
  .object({ ...options, ...dataOptions })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/** The settings the timer needs (lib/timer cannot read the settings itself). */
export function workingDayOf(settings: Settings): WorkingDay {
  return { endOfDay: settings.endOfDay, maxEntryHours: settings.maxEntryHours };
}
