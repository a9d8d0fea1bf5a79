// The options about the counsellor's own data (issue 12): how long raw records
// are kept, and the opt-in reminder to make a backup. Kept apart from the other
// options so that the settings schema gains one small, separate hunk.
import { z } from '../zod';

export const RETENTION_MONTHS = { min: 1, max: 60, default: 12 } as const;
/** The reminder shows when the last backup is older than this (or there is none). */
export const BACKUP_REMINDER_WEEKS = 4;

/** The options a page may change with `settings/update`. */
export const dataOptions = {
  /** Entries, frictions and site time older than this many months are deleted each day. */
  retentionMonths: z.number().int().min(RETENTION_MONTHS.min).max(RETENTION_MONTHS.max),
  /** Opt-in: a line on the options page when the last backup is older than BACKUP_REMINDER_WEEKS. */
  backupReminder: z.boolean(),
};

/** The stored fields, with their defaults (older rows read so). */
export const dataSettings = {
  retentionMonths: dataOptions.retentionMonths.default(RETENTION_MONTHS.default),
  backupReminder: dataOptions.backupReminder.default(false),
  /** When the last backup file was made (epoch ms), set by the background only. */
  lastBackupAt: z.number().int().nonnegative().nullable().default(null),
};

/** Whether the backup reminder should show now. */
export function backupDue(settings: { backupReminder: boolean; lastBackupAt: number | null }, now: number): boolean {
  if (!settings.backupReminder) return false;
  return settings.lastBackupAt === null || now - settings.lastBackupAt > BACKUP_REMINDER_WEEKS * 7 * 86_400_000;
}
