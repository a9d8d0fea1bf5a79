// What the dashboard reads for a period: entries, frictions and site time, in
// one read-only transaction, live (Dexie's liveQuery sees the background's
// writes). Zod-free like the popup's queries: the background validated on
// writing. An entry that started before the period but ran into it is read
// too (it started at most one day earlier: no entry spans more than its
// working day), so the statistics can count the part that falls inside.
import { liveQuery } from 'dexie';
import type { ContretempsDB } from './database';
import { DAY_MS, entriesOfPeriod, type PeriodData, type PeriodRead } from './period-data';
import { entriesBetween, frictionsBetween } from './queries';

export type { PeriodData, PeriodRead };

export function readPeriod(db: ContretempsDB, p: PeriodRead): Promise<PeriodData> {
  return db.transaction('r', db.entries, db.frictions, db.siteTime, async () => ({
    entries: entriesOfPeriod(await entriesBetween(db, p.from - DAY_MS, p.to), p),
    frictions: await frictionsBetween(db, p.from, p.to),
    siteTime: await db.siteTime.where('day').between(p.fromDay, p.toDay, true, false).toArray(),
  }));
}
export function watchPeriod(
  db: ContretempsDB,
  p: PeriodRead,
  onChange: (data: PeriodData) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => readPeriod(db, p)).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}
