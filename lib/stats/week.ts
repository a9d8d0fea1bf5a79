// ISO weeks (Monday to Sunday, week-year and number as in '2026-W53') in a
// given time zone: the dashboard's unit of time. Calendar arithmetic is left to
// date-fns + @date-fns/tz, so weeks holding a daylight-saving change are 167
// or 169 hours long and week 53 exists in the years that have one.
import { TZDate } from '@date-fns/tz';
import { addWeeks, getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';
import { type LocalDay, localDays } from './days';

export interface Week {
  /** ISO week-year and week number: '2026-W48'. */
  id: string;
  /** [from, to): the local midnights starting Monday and the next Monday. */
  from: number;
  to: number;
}

const WEEK_ID = /^(\d{4})-W(\d{2})$/;

/** '2026-W48' of a date, read in the date's own time zone. */
function weekId(date: Date): string {
  return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`;
}

/**
 * '2026-W48' of a local day 'YYYY-MM-DD'. The week depends on the calendar
 * date alone, so a plain Date of that date (at noon, machine time) carries it:
 * date-fns reads a plain Date many times faster than a TZDate.
 */
export function weekIdOfDay(day: string): string {
  return weekId(new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), 12));
}

function weekStarting(monday: Date): Week {
  return { id: weekId(monday), from: monday.getTime(), to: addWeeks(monday, 1).getTime() };
}

/** The ISO week holding the instant `t`, read in `timeZone`. */
export function weekOf(t: number, timeZone: string): Week {
  return weekStarting(startOfISOWeek(new TZDate(t, timeZone)));
}

/** The week `n` weeks after `week` (before it when n < 0). */
export function shiftWeek(week: Week, n: number, timeZone: string): Week {
  return weekStarting(addWeeks(startOfISOWeek(new TZDate(week.from, timeZone)), n));
}

/** The week named '2026-W48', or null when the text is no such week ('2025-W53' does not exist). */
export function weekFromId(id: string, timeZone: string): Week | null {
  const match = WEEK_ID.exec(id);
  if (!match) return null;
  const number = Number(match[2]);
  if (number < 1) return null;
  // 4 January always falls in ISO week 1 of its year.
  const week = shiftWeek(
    weekOf(new TZDate(Number(match[1]), 0, 4, timeZone).getTime(), timeZone),
    number - 1,
    timeZone,
  );
  return week.id === id ? week : null;
}

/** The seven local days of the week, Monday first. */
export function daysOf(week: Week, timeZone: string): LocalDay[] {
  return localDays(week.from, week.to, timeZone);
}
