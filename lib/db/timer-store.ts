// Reads and writes the single timer row. A row that does not parse is reported
// and read as idle, but never overwritten until the counsellor acts.

import { idleTimer, type TimerState } from '../model/timer-state';
import { TimerStateSchema } from '../model/timer-state-schema';
import type { ContretempsDB } from './database';

export async function readTimer(db: ContretempsDB): Promise<TimerState> {
  const row = await db.timer.get('current');
  if (!row) return idleTimer;
  const parsed = TimerStateSchema.safeParse(row.state);
  if (!parsed.success) {
    console.warn('Contretemps: timer row unreadable, treated as stopped');
    return idleTimer;
  }
  return parsed.data;
}

export async function writeTimer(db: ContretempsDB, state: TimerState): Promise<void> {
  await db.timer.put({ key: 'current', state });
}
