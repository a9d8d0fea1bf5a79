// « Arrêter à quelle heure ? »: whether stopping the timer now deserves a
// question, and the sensible answers to offer. Zod-free and pure, so the popup
// asks it from the stored timer before sending its stop, and the machine's
// rule (lib/timer/machine) flags what is stopped without an answer.
import { dayCap, maxEntryMs, type WorkingDay } from '../core/working-day';
import type { TimerState } from '../model/timer-state';

type Active = Exclude<TimerState, { status: 'idle' }>;

/**
 * Questions the counsellor must answer before their time counts, if any: why
 * the stop deserves a question, and the sensible end times to offer (the page
 * adds « une heure saisie » between `earliest` and `latest`).
 */
export interface StopQuestion {
  reason: 'next_day' | 'past_end_of_day' | 'too_long';
  /** Now, if it is an acceptable end. */
  now: number | null;
  /** The end of the working day (or midnight for a late start). */
  endOfDay: number;
  /** When the counsellor was last seen working, if known (first undecided time away, or the pause). */
  lastActivity: number | null;
  earliest: number;
  latest: number;
}

/** « Arrêter à quelle heure ? »: null when stopping now needs no question. */
export function stopQuestion(state: TimerState, now: number, day: WorkingDay): StopQuestion | null {
  if (state.status === 'idle') return null;
  const cap = dayCap(state.startedAt, day);
  const end = Math.max(now, state.startedAt);
  const reason = end > cap ? (localDate(end) !== localDate(state.startedAt) ? 'next_day' : 'past_end_of_day') : null;
  const tooLong = end - state.startedAt > maxEntryMs(day);
  if (!reason && !tooLong) return null;
  const latest = Math.min(end, cap);
  const lastActivity = lastActivityOf(state);
  return {
    reason: reason ?? 'too_long',
    now: end <= cap ? end : null,
    endOfDay: cap,
    lastActivity: lastActivity !== null && lastActivity <= latest ? lastActivity : null,
    earliest: state.startedAt,
    latest,
  };
}

function lastActivityOf(state: Active): number | null {
  if (state.status === 'paused') return state.pausedAt;
  const first = state.awayPeriods?.find((p) => p.from >= state.segmentStartedAt)?.from;
  return first ?? state.awaySince?.at ?? null;
}

function localDate(at: number): string {
  return new Date(at).toDateString();
}
