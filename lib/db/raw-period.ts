// The dashboard's first read of a period with the bare IndexedDB API, so that
// its figures are drawn before Dexie is loaded (Dexie then follows the
// changes, lib/db/period). Same stores, indexes and rule as the live read.
// Null when the database cannot be read this way: the live read answers then.
import type { Entry, Friction } from '../model/records';
import type { SiteTimeRow } from '../model/site-time';
import { DAY_MS, entriesOfPeriod, type PeriodData, type PeriodRead } from './period-data';
import { openExisting, request } from './raw-idb';

const stores = ['entries', 'frictions', 'siteTime'];

export async function readPeriodRaw(factory: IDBFactory, name: string, p: PeriodRead): Promise<PeriodData | null> {
  const db = await openExisting(factory, name);
  if (db === 'absent') return { entries: [], frictions: [], siteTime: [] };
  if (!db || db === 'failed') return null;
  try {
    if (!stores.every((s) => db.objectStoreNames.contains(s))) return null;
    const tx = db.transaction(stores, 'readonly');
    const [entries, frictions, siteTime] = await Promise.all([
      request(
        tx
          .objectStore('entries')
          .index('start')
          .getAll(IDBKeyRange.bound(p.from - DAY_MS, p.to, false, true)),
      ) as Promise<Entry[]>,
      request(
        tx
          .objectStore('frictions')
          .index('at')
          .getAll(IDBKeyRange.bound(p.from, p.to, false, true)),
      ) as Promise<Friction[]>,
      request(
        tx
          .objectStore('siteTime')
          .index('day')
          .getAll(IDBKeyRange.bound(p.fromDay, p.toDay, false, true)),
      ) as Promise<SiteTimeRow[]>,
    ]);
    return { entries: entriesOfPeriod(entries, p), frictions, siteTime };
  } catch {
    return null;
  } finally {
    db.close();
  }
}
