// What the dashboard reads for a period: entries, frictions and site time, in
// one read-only transaction, live (Dexie's liveQuery sees the background's
// writes). Zod-free like the popup's queries: the background validated on
// writing. An entry that started before the period but ran into it is read
// too (it started at most one day earlier: no entry spans more than its
// working day), so the statistics can count the part that falls inside.
import { liveQuery } from 'dexie';
import type { Entry, Friction } from '../model/records';
import type { SiteTimeRow } from '../model/site-time';
import type { ContretempsDB } from './database';
import { entriesBetween, frictionsBetween } from './queries';

const DAY_MS = 24 * 60 * 60_000;

export interface PeriodRead {
  /** [from, to) as instants; `fromDay`/`toDay`: the same bounds as local days `YYYY-MM-DD`, `toDay` excluded. */
  from: number;
  to: number;
  fromDay: string;
  toDay: string;
}

export interface PeriodData {
  entries: Entry[];
  frictions: Friction[];
  siteTime: SiteTimeRow[];
}

export function readPeriod(db: ContretempsDB, p: PeriodRead): Promise<PeriodData> {
  return db.transaction('r', db.entries, db.frictions, db.siteTime, async () => ({
    entries: (await entriesBetween(db, p.from - DAY_MS, p.to)).filter((e) => e.end > p.from || e.start >= p.from),
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
