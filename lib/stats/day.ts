// Today's figures for the popup: local calendar day, time zone of the machine.
import type { Entry, Friction } from '../db/records';

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

export interface DaySummary {
  /** Active time of the day's entries, plus the running timer's. */
  totalMs: number;
  /** Procedures of the day, the running one included. */
  procedures: number;
  /** Frictions that count: manual ones and confirmed detections. */
  frictions: number;
}

export function summariseDay(entries: Entry[], frictions: Friction[], runningMs: number | null): DaySummary {
  let totalMs = runningMs ?? 0;
  for (const entry of entries) totalMs += entry.activeMs;
  return {
    totalMs,
    procedures: entries.length + (runningMs === null ? 0 : 1),
    frictions: frictions.filter((f) => f.status === 'confirmed').length,
  };
}

/** `YYYY-MM-DD` of the local calendar day containing `now`. */
export function localDay(now: number): string {
  const d = new Date(now);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
