// The counsellor's working day, Zod-free (the popup asks its stop question
// with it): an entry never runs past the end of the working day of the day it
// started, nor past midnight, so a forgotten timer never becomes a 23-hour
// procedure dated the day before.

export interface WorkingDay {
  /** Local time `HH:MM` at which a running timer is stopped and flagged. */
  endOfDay: string;
  /** Beyond this many hours, stopping asks when the procedure really ended. */
  maxEntryHours: number;
}

export const defaultWorkingDay: WorkingDay = { endOfDay: '18:30', maxEntryHours: 4 };

/**
 * The latest an entry started at `start` may end: the end of that day's
 * working day, or midnight when it started after it (a late procedure still
 * lands on its own day). Always after `start`. Local time, DST-safe.
 */
export function dayCap(start: number, day: WorkingDay): number {
  const [hours, minutes] = day.endOfDay.split(':').map(Number);
  const end = new Date(start);
  end.setHours(hours ?? 18, minutes ?? 30, 0, 0);
  if (end.getTime() > start) return end.getTime();
  const midnight = new Date(start);
  midnight.setHours(0, 0, 0, 0);
  midnight.setDate(midnight.getDate() + 1);
  return midnight.getTime();
}

export function maxEntryMs(day: WorkingDay): number {
  return day.maxEntryHours * 60 * 60 * 1000;
}

const endOfDayPattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The working day out of a stored settings row, for the pages that read it
 * without Zod (the popup asks « Arrêter à quelle heure ? » with it). The
 * background validated the row on writing; a field that still does not make
 * sense reads as its default, as the background itself would read it.
 */
export function workingDayFromRow(value: unknown): WorkingDay {
  const row = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const { endOfDay, maxEntryHours } = row;
  return {
    endOfDay: typeof endOfDay === 'string' && endOfDayPattern.test(endOfDay) ? endOfDay : defaultWorkingDay.endOfDay,
    maxEntryHours:
      typeof maxEntryHours === 'number' && Number.isInteger(maxEntryHours) && maxEntryHours >= 1 && maxEntryHours <= 12
        ? maxEntryHours
        : defaultWorkingDay.maxEntryHours,
  };
}
