// The working day and clock of the timer machine's day tests: Monday 24
// November 2025, Paris time, day ending at 18:30, procedures asked about past 4 h.

import type { WorkingDay } from '../../lib/core/working-day';
import { emptyDetails } from '../../lib/db/details';
import type { TimerState } from '../../lib/model/timer-state';
import { type TimerEvent, transition } from '../../lib/timer/machine';

export const MIN = 60_000;
export const day: WorkingDay = { endOfDay: '18:30', maxEntryHours: 4 };
/** Local (Paris) time on Monday 24 November 2025, or `nextDay` days after. */
export const at = (h: number, m = 0, nextDay = 0) => new Date(2025, 10, 24 + nextDay, h, m).getTime();
export const caf = { ...emptyDetails, organisationId: 'caf' };

/** The transition of an event the test expects to be accepted. */
export function accepted(state: TimerState, event: TimerEvent, now: number) {
  const t = transition(state, event, now, day);
  if (!t.ok) throw new Error(`${event.type} refused: ${t.error}`);
  return t;
}
