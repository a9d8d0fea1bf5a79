// What the options page needs to offer the demo: is the database empty, and how
// much demonstration data does it hold. Read-only (pages never write), live
// through Dexie's liveQuery, which sees the background's writes.
import { liveQuery } from 'dexie';
import { DEMO_PREFIX } from '../demo/ids';
import type { ContretempsDB } from './database';

export interface DemoPresence {
  /** No entry, friction or site time at all: the demo may be loaded. */
  empty: boolean;
  demoEntries: number;
  demoFrictions: number;
  /**
   * The demo's marker row (settings key 'demo') is there: the demo's site time may
   * still be, even once every demo entry and friction has been deleted by hand.
   */
  marker: boolean;
}

export function readDemoPresence(db: ContretempsDB): Promise<DemoPresence> {
  return db.transaction('r', [db.entries, db.frictions, db.siteTime, db.settings], async () => {
    const [entries, frictions, siteTime, demoEntries, demoFrictions, marker] = await Promise.all([
      db.entries.count(),
      db.frictions.count(),
      db.siteTime.count(),
      db.entries.where('id').startsWith(DEMO_PREFIX).count(),
      db.frictions.where('id').startsWith(DEMO_PREFIX).count(),
      db.settings.get('demo'),
    ]);
    return { empty: entries + frictions + siteTime === 0, demoEntries, demoFrictions, marker: marker !== undefined };
  });
}

export function watchDemoPresence(db: ContretempsDB, onChange: (presence: DemoPresence) => void): () => void {
  const subscription = liveQuery(() => readDemoPresence(db)).subscribe({ next: onChange });
  return () => subscription.unsubscribe();
}
