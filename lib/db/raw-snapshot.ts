// The popup's first read, with the bare IndexedDB API: it needs no library, so
// today's figures can be on screen before Dexie is even loaded. It reads the
// same stores and indexes Dexie declared (lib/db/migrations), read-only. A
// database that is not there yet is an empty day (nothing was ever stored); it
// is left for Dexie to create with its schema.
import type { Entry, Friction } from '../model/records';
import { idleTimer, type TimerState } from '../model/timer-state';
import { type DaySnapshot, timerForPage } from './queries';
import { openExisting, request } from './raw-idb';

const stores = ['timer', 'entries', 'frictions'];

/** The first read: today's data, and the settings row as stored (unchecked: its language decides the first view). */
export interface FirstRead extends DaySnapshot {
  settings?: unknown;
}

export async function readDaySnapshot(
  factory: IDBFactory,
  name: string,
  from: number,
  to: number,
): Promise<FirstRead | null> {
  const db = await openExisting(factory, name);
  if (db === 'absent') return { timer: idleTimer, entries: [], frictions: [] };
  if (!db || db === 'failed') return null;
  try {
    if (!stores.every((s) => db.objectStoreNames.contains(s))) return null;
    // Today's figures, the timer and the settings row (for its language) only: the first view needs
    // nothing else (the working day, for the questions asked at stop, comes with Dexie's read after).
    const withSettings = db.objectStoreNames.contains('settings');
    const tx = db.transaction(withSettings ? [...stores, 'settings'] : stores, 'readonly');
    const range = IDBKeyRange.bound(from, to, false, true);
    const [row, entries, frictions, settings] = await Promise.all([
      request(tx.objectStore('timer').get('current')) as Promise<{ state?: TimerState } | undefined>,
      request(tx.objectStore('entries').index('start').getAll(range)) as Promise<Entry[]>,
      request(tx.objectStore('frictions').index('at').getAll(range)) as Promise<Friction[]>,
      withSettings
        ? (request(tx.objectStore('settings').get('settings')) as Promise<{ value?: unknown } | undefined>)
        : undefined,
    ]);
    return { timer: timerForPage(row?.state), entries, frictions, settings: settings?.value };
  } catch {
    return null;
  } finally {
    db.close();
  }
}
