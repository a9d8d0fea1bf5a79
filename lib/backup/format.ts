// The personal backup file: every record the counsellor made and their
// settings, as one versioned JSON file, for them alone (it holds their raw
// days, unlike the anonymised evidence files). Not in it: the running timer
// (device-local: restored on another computer, or weeks later, it would run
// from a start that means nothing there) and the probe's per-tab state (tab
// ids of this browser session only).
import { localDay } from '../core/day-range';
import { DemoMarkerRowSchema } from '../demo/marker';
import { EntrySchema, FrictionSchema } from '../model/records';
import { SiteTimeRowSchema } from '../model/site-time';
import { SummaryRecordSchema } from '../model/summary-record';
import { TrashRowSchema } from '../model/trash';
import { SettingsSchema } from '../settings/schema';
import { z } from '../zod';

export const BACKUP_FORMAT = 'contretemps-sauvegarde';
export const BACKUP_VERSION = 1;
export const BACKUP_LABEL = 'sauvegarde personnelle — ne pas partager';
/** Larger files are refused before parsing: years of daily use stay far below. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
/** Records of one kind at most: far above ten years of use. */
const MAX_ROWS = 200_000;

/**
 * A list of records whose keys are all different: a file that repeats one was
 * not written by Contretemps, and would make the restore fail halfway.
 */
function uniqueRows<T extends z.ZodType>(row: T, key: (r: z.infer<T>) => string) {
  return z
    .array(row)
    .max(MAX_ROWS)
    .refine((rows) => new Set(rows.map(key)).size === rows.length, { message: 'a record twice' });
}

/** An entry as Contretemps writes it: it ends after it starts, and its worked time fits between. */
const SaneEntrySchema = EntrySchema.refine((e) => e.end >= e.start && e.activeMs <= e.end - e.start, {
  message: 'an entry that ends before it starts, or works longer than it lasts',
});

export const BackupDataSchema = z
  .object({
    entries: uniqueRows(SaneEntrySchema, (e) => e.id),
    frictions: uniqueRows(FrictionSchema, (f) => f.id),
    trash: uniqueRows(TrashRowSchema, (t) => t.id),
    siteTime: uniqueRows(SiteTimeRowSchema, (r) => `${r.day} ${r.organisationId}`),
    summaries: uniqueRows(SummaryRecordSchema, (s) => String(s.id)),
    /** The stored settings; null when none were ever saved (defaults). */
    settings: SettingsSchema.nullable(),
    /** Which site-time rows the demonstration wrote; null without demo data. */
    demo: DemoMarkerRowSchema.shape.value.nullable(),
  })
  .strict();
export type BackupData = z.infer<typeof BackupDataSchema>;

export const BackupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    label: z.literal(BACKUP_LABEL),
    /** When the file was made, epoch ms. */
    createdAt: z.number().int().nonnegative(),
    data: BackupDataSchema,
  })
  .strict();
export type Backup = z.infer<typeof BackupSchema>;

/** The file's name says what it is, so that it is not sent around by mistake. */
export function backupFileName(now: number): string {
  return `contretemps-sauvegarde-personnelle-NE-PAS-PARTAGER-${localDay(now)}.json`;
}
