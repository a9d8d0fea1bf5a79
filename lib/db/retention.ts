// Deletes the raw records older than the retention period: entries by their
// start, frictions by their instant, site time by its day, and trashed entries
// by their entry's start (restoring one would bring back what retention removed).
// A friction kept (after the cutoff) whose entry began before it stays, detached,
// as when an entry is deleted: it really happened, and links to nothing missing.
// One transaction: a failure leaves everything as it was, and the next day's
// run does it all again.
import { localDay } from '../core/day-range';
import { DemoMarkerRowSchema } from '../demo/marker';
import type { ContretempsDB } from './database';

export interface PurgeCounts {
  entries: number;
  frictions: number;
  siteTime: number;
  trash: number;
}

/** Removes everything that began before `cutoff` (epoch ms, a local midnight). */
export function purgeOlderThan(db: ContretempsDB, cutoff: number): Promise<PurgeCounts> {
  const cutoffDay = localDay(cutoff);
  return db.transaction('rw', [db.entries, db.frictions, db.siteTime, db.trash, db.settings], async () => {
    const purged = (await db.entries.where('start').below(cutoff).primaryKeys()) as string[];
    const entries = await db.entries.where('start').below(cutoff).delete();
    const frictions = await db.frictions.where('at').below(cutoff).delete();
    if (purged.length > 0) await db.frictions.where('entryId').anyOf(purged).modify({ entryId: null });
    const siteTime = await db.siteTime.where('day').below(cutoffDay).delete();
    const trash = await db.trash.filter((row) => row.entry.start < cutoff).delete();
    // The demo's marker forgets the site-time days that are gone.
    const marker = DemoMarkerRowSchema.safeParse(await db.settings.get('demo')).data;
    if (marker && siteTime > 0) {
      const kept = marker.value.siteTime.filter(([day]) => day >= cutoffDay);
      await db.settings.put({ key: 'demo', value: { siteTime: kept } });
    }
    return { entries, frictions, siteTime, trash };
  });
}
