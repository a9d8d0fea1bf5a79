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

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `YYYY-MM-DD` of a date read in its own time zone: the machine's for a plain
 * Date, its zone for a TZDate (which answers getDate() and the like there).
 * The one day key: site-time rows, the popup's day and the statistics' days.
 */
export function dayKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `YYYY-MM-DD` of the local calendar day containing `now`, in the machine's time zone. */
export function localDay(now: number): string {
  return dayKey(new Date(now));
}
