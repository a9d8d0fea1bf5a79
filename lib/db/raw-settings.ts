// The settings row as stored, read with the bare IndexedDB API before a page's
// first paint (its language, the counsellor's own items): no Dexie, no Zod.
// Unchecked: lib/settings/page-prefs reads what it needs from it, field by field.
import { openExisting, request } from './raw-idb';

/** The browser refuses to open the database at all: nothing can be kept. */
export class StorageUnavailable extends Error {}

export async function readSettingsRaw(factory: IDBFactory, name: string): Promise<unknown> {
  const db = await openExisting(factory, name);
  if (db === 'failed') throw new StorageUnavailable('IndexedDB refused');
  if (db === 'absent' || db === null) return undefined;
  try {
    if (!db.objectStoreNames.contains('settings')) return undefined;
    const row = (await request(db.transaction('settings', 'readonly').objectStore('settings').get('settings'))) as
      | { value?: unknown }
      | undefined;
    return row?.value;
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}
