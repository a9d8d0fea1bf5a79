// How many days of site time are recorded, live: the options page offers to
// erase them once site time is turned off.
import { liveQuery } from 'dexie';
import type { ContretempsDB } from '../db/database';

export function watchSiteTimeDays(db: ContretempsDB, onChange: (days: number) => void): () => void {
  const subscription = liveQuery(async () => new Set(await db.siteTime.orderBy('day').keys()).size).subscribe({
    next: onChange,
  });
  return () => subscription.unsubscribe();
}
