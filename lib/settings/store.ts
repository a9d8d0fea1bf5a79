// Reads and writes the settings row. A row that no longer parses is reported
// and read as the defaults, and left in place until the counsellor saves.
import type { ContretempsDB } from '../db/database';
import { defaultSettings, type Settings, SettingsSchema } from './schema';

export async function readSettings(db: ContretempsDB): Promise<Settings> {
  const row = await db.settings.get('settings');
  if (!row) return defaultSettings;
  const parsed = SettingsSchema.safeParse(row.value);
  if (!parsed.success) {
    console.warn('Contretemps: settings unreadable, defaults used');
    return defaultSettings;
  }
  return parsed.data;
}

export async function writeSettings(db: ContretempsDB, settings: Settings): Promise<Settings> {
  const value = SettingsSchema.parse(settings);
  await db.settings.put({ key: 'settings', value });
  return value;
}

/**
 * Reads, changes and writes the settings in one transaction, so two changes
 * made at once (two options toggled quickly) cannot overwrite each other.
 */
export function changeSettings(db: ContretempsDB, change: (current: Settings) => Settings): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => writeSettings(db, change(await readSettings(db))));
}
