// Read-only queries for the extension pages, Zod-free so the popup opens fast.
// Pages never write: whatever they read, the background validated on writing.

import { type WorkingDay, workingDayFromRow } from '../core/working-day';
import type { Entry, Friction } from '../model/records';
import type { TimerState } from '../model/timer-state';
import { idleTimer } from '../model/timer-state';
import type { ContretempsDB } from './database';

/** Entries that started in [from, to), oldest first. */
export function entriesBetween(db: ContretempsDB, from: number, to: number): Promise<Entry[]> {
  return db.entries.where('start').between(from, to, true, false).toArray();
}

/** Frictions logged in [from, to), oldest first. */
export function frictionsBetween(db: ContretempsDB, from: number, to: number): Promise<Friction[]> {
  return db.frictions.where('at').between(from, to, true, false).toArray();
}

const statuses = new Set(['idle', 'running', 'paused']);

/**
 * The timer as a page shows it. A row the page cannot make sense of shows as
 * idle; the background, which validates it, is the one that acts on it.
 */
export function timerForPage(state: TimerState | undefined): TimerState {
  return state && statuses.has(state.status) ? state : idleTimer;
}

export async function peekTimer(db: ContretempsDB): Promise<TimerState> {
  return timerForPage((await db.timer.get('current'))?.state);
}

export interface DaySnapshot {
  timer: TimerState;
  entries: Entry[];
  frictions: Friction[];
  /** The counsellor's working day (from the settings), for the stop question; the default when not read. */
  workingDay?: WorkingDay;
}

/** Everything the popup shows, read in one transaction. */
export function daySnapshot(db: ContretempsDB, from: number, to: number): Promise<DaySnapshot> {
  return db.transaction('r', db.timer, db.entries, db.frictions, db.settings, async () => ({
    timer: await peekTimer(db),
    entries: await entriesBetween(db, from, to),
    frictions: await frictionsBetween(db, from, to),
    workingDay: workingDayFromRow((await db.settings.get('settings'))?.value),
  }));
}
