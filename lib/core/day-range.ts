// Local calendar days (time zone of the machine), Zod- and Dexie-free: the
// popup's first read, the database queries and the statistics share them.

export interface DayRange {
  from: number;
  to: number;
}

/** The local calendar day containing `now`, as [midnight, next midnight). DST-safe. */
export function dayRange(now: number): DayRange {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  const end = new Date(start);
  end.setDate(end.getDate() + 1);
  return { from: start.getTime(), to: end.getTime() };
}

/** `YYYY-MM-DD` of the local calendar day containing `now`. */
export function localDay(now: number): string {
  const d = new Date(now);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
