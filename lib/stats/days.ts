// Local calendar days of a period in a given time zone, for the statistics.
// Days come from date-fns + @date-fns/tz (a TZDate stepped one calendar day at
// a time), so a daylight-saving day is 23 or 25 hours long as it should be.
import { TZDate } from '@date-fns/tz';
import { startOfDay } from 'date-fns';
import { dayKey } from '../core/day-range';

export interface LocalDay {
  /** `YYYY-MM-DD`, the same key as the stored site-time rows. */
  day: string;
  /** [from, to): local midnights, clipped to the period asked for. */
  from: number;
  to: number;
}

/**
 * The local days that meet [from, to), in order: the first is the day holding
 * `from`, the last the day holding `to − 1`. One TZDate is stepped in place:
 * creating a TZDate per day costs several times more (the yearly benchmark).
 */
export function localDays(from: number, to: number, timeZone: string): LocalDay[] {
  const days: LocalDay[] = [];
  if (!(from < to)) return days;
  const cursor = startOfDay(new TZDate(from, timeZone));
  while (cursor.getTime() < to) {
    const day = dayKey(cursor);
    const start = Math.max(cursor.getTime(), from);
    cursor.setDate(cursor.getDate() + 1);
    days.push({ day, from: start, to: Math.min(cursor.getTime(), to) });
  }
  return days;
}
