// Today's figures for the popup: local calendar day, time zone of the machine.
import type { Entry, Friction } from '../model/records';
import { isCounted } from './frictions';

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
    frictions: frictions.filter(isCounted).length,
  };
}
