// What the counsellor erases at once. « Tout effacer »: every store emptied, settings included, in one
// transaction. Emptying rather than deleting the database: a deletion waits
// for every open page and the service worker to close it (and is not
// transactional), while emptying is atomic (a failure leaves everything as it
// was), and the open pages' live queries show the empty state at once; the
// extension then works as new, its settings back to the defaults.
import type { ContretempsDB } from '../db/database';
import type { Settings } from '../settings/schema';
import { readSettings } from '../settings/store';

/** Empties every store; returns the settings as they were, read in the same transaction (what to give back). */
export function eraseEverything(db: ContretempsDB): Promise<Settings> {
  return db.transaction('rw', db.tables, async () => {
    const before = await readSettings(db);
    for (const table of db.tables) await table.clear();
    return before;
  });
}

/**
 * The site time recorded so far, asked for when the counsellor turns site time
 * off (or later): every row, and the demo marker's list of them. Returns how many rows went.
 */
export function eraseSiteTime(db: ContretempsDB): Promise<number> {
  return db.transaction('rw', [db.siteTime, db.settings], async () => {
    const count = await db.siteTime.count();
    await db.siteTime.clear();
    if (await db.settings.get('demo')) await db.settings.put({ key: 'demo', value: { siteTime: [] } });
    return count;
  });
}
