// Makes the backup of everything the counsellor recorded, read in one
// transaction so that the file is a consistent picture of one instant.
import type { ContretempsDB } from '../db/database';
import { DemoMarkerRowSchema } from '../demo/marker';
import { SettingsSchema } from '../settings/schema';
import { BACKUP_FORMAT, BACKUP_LABEL, BACKUP_VERSION, type Backup } from './format';

export async function makeBackup(db: ContretempsDB, now: number): Promise<Backup> {
  return db.transaction('r', [db.entries, db.frictions, db.trash, db.siteTime, db.summaries, db.settings], async () => {
    const [entries, frictions, trash, siteTime, summaries, settingsRow, demoRow] = await Promise.all([
      db.entries.orderBy('id').toArray(),
      db.frictions.orderBy('id').toArray(),
      db.trash.orderBy('id').toArray(),
      db.siteTime.toArray(),
      db.summaries.toArray(),
      db.settings.get('settings'),
      db.settings.get('demo'),
    ]);
    // A settings row that no longer parses is read as the defaults elsewhere: so here.
    const settings = settingsRow ? (SettingsSchema.safeParse(settingsRow.value).data ?? null) : null;
    const demo = demoRow ? (DemoMarkerRowSchema.safeParse(demoRow).data?.value ?? null) : null;
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      label: BACKUP_LABEL,
      createdAt: now,
      data: { entries, frictions, trash, siteTime, summaries, settings, demo },
    };
  });
}
