// Applies timer events to the stored timer: read state, run the pure machine,
// write the new state and the finished entry in one IndexedDB transaction, so a
// crash in the middle leaves either the old state or the new one, never half,
// and two events at the same moment (two popups, a shortcut, a notification
// button, an alarm) run one after the other: a double stop makes one entry.
import type { Clock } from '../core/clock';
import { defaultWorkingDay, type WorkingDay } from '../core/working-day';
import type { ContretempsDB } from '../db/database';
import { addEntry } from '../db/entries';
import { detachFrictions } from '../db/frictions';
import { readTimer, writeTimer } from '../db/timer-store';
import type { Entry } from '../model/records';
import type { TimerState } from '../model/timer-state';
import { type TimerErrorCode, type TimerEvent, transition } from './machine';

export interface TimerServiceDeps {
  db: ContretempsDB;
  clock: Clock;
  newId: () => string;
  /** The counsellor's working day, read inside the transaction (it may use db.settings). */
  workingDay?: () => Promise<WorkingDay>;
}

export type TimerResult =
  | { ok: true; state: TimerState; finished?: Entry }
  | { ok: false; state: TimerState; error: TimerErrorCode };

type EventWithoutIds =
  | Exclude<TimerEvent, { type: 'start' } | { type: 'switch' }>
  | Omit<Extract<TimerEvent, { type: 'start' }>, 'entryId'>
  | Omit<Extract<TimerEvent, { type: 'switch' }>, 'entryId'>;

export function createTimerService({ db, clock, newId, workingDay }: TimerServiceDeps) {
  const readDay = workingDay ?? (async () => defaultWorkingDay);
  function apply(event: EventWithoutIds): Promise<TimerResult> {
    const full: TimerEvent = event.type === 'start' || event.type === 'switch' ? { ...event, entryId: newId() } : event;
    return db.transaction('rw', db.timer, db.entries, db.frictions, db.settings, async (): Promise<TimerResult> => {
      const day = await readDay();
      const now = clock.now();
      const before = await readTimer(db);
      const t = transition(before, full, now, day);
      if (!t.ok) return { ok: false, state: t.state, error: t.error };
      // Nothing changed (an alarm with nothing due): no write, no wake-up of the pages.
      if (t.state === before) return { ok: true, state: before };
      await writeTimer(db, t.state);
      if (t.discardedEntryId) await detachFrictions(db, t.discardedEntryId);
      if (!t.finished) return { ok: true, state: t.state };
      const finished = await addEntry(db, { ...t.finished, createdAt: now, updatedAt: now });
      return { ok: true, state: t.state, finished };
    });
  }

  return {
    apply,
    current: () => readTimer(db),
  };
}

export type TimerService = ReturnType<typeof createTimerService>;
