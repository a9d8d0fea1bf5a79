// The bounds of a dashboard read (lib/db/period) for a period read in a given
// time zone: the instants, and the same bounds as day keys for the site-time
// rows, so a week's site time follows the week's zone. Here and not in lib/db
// because the day keys need the time-zone calendar of the statistics (date-fns).
import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import { dayKey } from '../core/day-range';
import type { PeriodRead } from '../db/period-data';

/**
 * The read of [from, to) in `timeZone`: `fromDay` is the day holding `from`,
 * `toDay` the day after the one holding `to − 1` (excluded), so every day the
 * period meets has its site time read, even when `to` is not a midnight.
 */
export function periodRead(from: number, to: number, timeZone: string): PeriodRead {
  const fromDay = dayKey(new TZDate(from, timeZone));
  if (!(from < to)) return { from, to, fromDay, toDay: fromDay };
  return { from, to, fromDay, toDay: dayKey(addDays(startOfDay(new TZDate(to - 1, timeZone)), 1)) };
}
