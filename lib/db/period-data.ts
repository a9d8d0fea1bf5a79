// What the dashboard reads for a period, as a shape and a rule shared by its
// two reads (the bare first one, lib/db/raw-period, and Dexie's live one,
// lib/db/period): entries that started in the period or ran into it, its
// frictions, its days of site time.
import type { Entry, Friction } from '../model/records';
import type { SiteTimeRow } from '../model/site-time';

/** No entry spans more than its working day: one that ran into the period started at most a day earlier. */
export const DAY_MS = 24 * 60 * 60_000;

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

/** Of the entries that started in [from − 1 day, to), those that started in the period or ran into it. */
export function entriesOfPeriod(entries: Entry[], p: PeriodRead): Entry[] {
  return entries.filter((e) => e.end > p.from || e.start >= p.from);
}
