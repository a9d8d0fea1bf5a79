// The timer as a pure state machine: (state, event, now, working day) → state.
// Time and ids come in as arguments, so every transition is tested without a
// clock. Stopping (or switching) yields the finished entry for the caller to
// store in the same transaction as the new state.
//
// What the machine guarantees, whatever the events and the clock do (see the
// property tests): durations are never negative, an entry never ends after the
// end of its working day (lib/core/working-day), a stop with no running timer
// is refused, and nothing is decided silently: an entry cut or counted without
// the counsellor's word carries a `review` reason.
import { dayCap, defaultWorkingDay, type WorkingDay } from '../core/working-day';
import type { Entry, EntryDetails, ReviewReason } from '../model/records';
import { discardedMs, idleTimer, type TimerState } from '../model/timer-state';
import type { AwayKind, AwayPeriod } from '../model/timer-state-schema';
import { stopQuestion } from './stop-question';

export type TimerEvent =
  | { type: 'start'; entryId: string; details: EntryDetails }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'update'; details: Partial<EntryDetails> }
  /** `at`: when the procedure really ended, if the counsellor said so. */
  | { type: 'stop'; details?: Partial<EntryDetails>; at?: number }
  | { type: 'discard' }
  /**
   * Ends the procedure (with `ended`, e.g. its outcome; at `at` if the counsellor
   * said when) and starts the next one now, in one transition: a procedure that
   * ended earlier does not give the next one the time in between.
   */
  | { type: 'switch'; entryId: string; details: EntryDetails; ended?: Partial<EntryDetails>; at?: number }
  /** The end of the working day may have passed: if so, stop there, flagged `auto_stopped`. */
  | { type: 'end-of-day' }
  /** The counsellor went idle or locked the screen, since `since`. */
  | { type: 'away'; kind: 'idle' | 'locked'; since: number }
  /** The counsellor is back at the keyboard. */
  | { type: 'back' }
  /** The background is alive (its alarm fired): a silence longer than `gapMs` was a sleep. */
  | { type: 'seen'; gapMs: number }
  /** The browser started again: the time it was closed, if longer than `gapMs`, awaits a decision. */
  | { type: 'restarted'; gapMs: number }
  /** The counsellor's decision on the away period starting at `from`: count `keptMs` of it, from its start. */
  | { type: 'resolve-away'; from: number; keptMs: number }
  /** The counsellor corrects when the running (or paused) procedure really started. */
  | { type: 'set-start'; at: number };

export type TimerErrorCode =
  | 'already_running'
  | 'not_running'
  | 'not_paused'
  | 'stop_before_start'
  | 'stop_in_future'
  | 'stop_after_day_end'
  | 'away_not_found'
  | 'start_in_future'
  | 'start_before_today'
  | 'start_after_day_end';

export type FinishedEntry = Omit<Entry, 'createdAt' | 'updatedAt'>;

export type Transition =
  | { ok: true; state: TimerState; finished?: FinishedEntry; discardedEntryId?: string }
  | { ok: false; state: TimerState; error: TimerErrorCode };

type Active = Exclude<TimerState, { status: 'idle' }>;
type Running = Extract<TimerState, { status: 'running' }>;

export function transition(
  state: TimerState,
  event: TimerEvent,
  now: number,
  day: WorkingDay = defaultWorkingDay,
): Transition {
  if (event.type === 'start') {
    if (state.status !== 'idle') return fail(state, 'already_running');
    return { ok: true, state: started(event.entryId, event.details, now) };
  }
  if (state.status === 'idle') return fail(state, event.type === 'resume' ? 'not_paused' : 'not_running');
  switch (event.type) {
    case 'pause': {
      if (state.status !== 'running') return fail(state, 'not_running');
      const pausedAt = Math.max(now, state.startedAt);
      const closed = closeAway(state, pausedAt);
      return {
        ok: true,
        state: {
          status: 'paused',
          entryId: state.entryId,
          startedAt: state.startedAt,
          pausedAt,
          // Before discarded time away, which is taken out when read.
          accumulatedMs: state.accumulatedMs + Math.max(0, now - state.segmentStartedAt),
          details: state.details,
          ...kept(closed),
        },
      };
    }
    case 'resume': {
      if (state.status !== 'paused') return fail(state, 'not_paused');
      const at = Math.max(now, state.startedAt);
      return {
        ok: true,
        state: {
          status: 'running',
          entryId: state.entryId,
          startedAt: state.startedAt,
          segmentStartedAt: at,
          accumulatedMs: state.accumulatedMs,
          details: state.details,
          ...kept(state),
        },
      };
    }
    case 'update':
      return { ok: true, state: { ...state, details: { ...state.details, ...event.details } } };
    case 'stop':
    case 'switch': {
      const end = endOf(state, event.at, now, day);
      if (!end.ok) return fail(state, end.error);
      const ended = (event.type === 'stop' ? event.details : event.ended) ?? {};
      const finished = finish(state, end.at, ended, end.review);
      const next =
        event.type === 'stop' ? idleTimer : started(event.entryId, event.details, Math.max(now, state.startedAt));
      return { ok: true, state: next, finished };
    }
    case 'end-of-day': {
      const cap = dayCap(state.startedAt, day);
      if (now < cap) return { ok: true, state };
      return { ok: true, state: idleTimer, finished: finish(state, cap, {}, 'auto_stopped') };
    }
    case 'discard':
      return { ok: true, state: idleTimer, discardedEntryId: state.entryId };
    case 'away': {
      if (state.status !== 'running' || state.awaySince) return { ok: true, state };
      const floor = Math.max(state.segmentStartedAt, state.awayPeriods?.at(-1)?.to ?? 0, state.decidedUntil ?? 0);
      const at = Math.min(Math.max(event.since, floor), Math.max(now, floor));
      return { ok: true, state: { ...state, awaySince: { at, kind: event.kind }, lastSeenAt: now } };
    }
    case 'back':
      if (state.status !== 'running' || !state.awaySince) return { ok: true, state };
      return { ok: true, state: { ...closeAway(state, now), lastSeenAt: now } };
    case 'seen':
    case 'restarted': {
      if (state.status !== 'running') return { ok: true, state };
      const since = state.lastSeenAt ?? state.segmentStartedAt;
      const kind: AwayKind = event.type === 'seen' ? 'sleep' : 'closed';
      const withGap = now - since > event.gapMs ? addAway(state, { from: since, to: now, kind }) : state;
      return { ok: true, state: { ...withGap, lastSeenAt: now } };
    }
    case 'set-start':
      return setStart(state, event.at, now, day);
    case 'resolve-away': {
      const period = state.awayPeriods?.find((p) => p.from === event.from);
      if (!period) return fail(state, 'away_not_found');
      const keptMs = Math.min(Math.max(0, event.keptMs), period.to - period.from);
      const discarded = [...(state.discarded ?? [])];
      if (period.from + keptMs < period.to) discarded.push({ from: period.from + keptMs, to: period.to });
      const awayPeriods = (state.awayPeriods ?? []).filter((p) => p !== period);
      const decidedUntil = Math.max(state.decidedUntil ?? 0, period.to);
      return { ok: true, state: { ...withLists(state, awayPeriods, discarded), decidedUntil } };
    }
  }
}

/**
 * The start moved to `at`: earlier adds the time between (the counsellor was
 * already at it), later takes it away, never below zero. Nothing is known of
 * the pauses before `at`, so the whole moved span is taken off; time away and
 * discarded stretches before the new start go with it. Refused in the future,
 * before today (an entry belongs to one day), and where the working day of
 * the new start has already ended (the timer would be cut at once).
 */
function setStart(state: Active, at: number, now: number, day: WorkingDay): Transition {
  if (at > now) return fail(state, 'start_in_future');
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  if (at < midnight.getTime()) return fail(state, 'start_before_today');
  if (dayCap(at, day) < now) return fail(state, 'start_after_day_end');
  const moved = at - state.startedAt;
  const clip = (list: AwayPeriod[] | Array<{ from: number; to: number }> | undefined) =>
    (list ?? []).map((p) => ({ ...p, from: Math.max(p.from, at) })).filter((p) => p.to > p.from);
  const accumulatedMs = Math.max(0, state.accumulatedMs - moved);
  const base = { ...withLists(state, clip(state.awayPeriods) as AwayPeriod[], clip(state.discarded)), startedAt: at };
  if (base.status === 'paused') {
    return { ok: true, state: { ...base, accumulatedMs, pausedAt: Math.max(base.pausedAt, at) } };
  }
  const { awaySince, lastSeenAt } = base;
  // Moved past the start of the current stretch: only time from `at` on counts.
  const segmentStartedAt = Math.max(base.segmentStartedAt, at);
  return {
    ok: true,
    state: {
      ...base,
      accumulatedMs: at > base.segmentStartedAt ? 0 : accumulatedMs,
      segmentStartedAt,
      ...(awaySince ? { awaySince: { ...awaySince, at: Math.max(awaySince.at, at) } } : {}),
      ...(lastSeenAt !== undefined ? { lastSeenAt: Math.max(lastSeenAt, at) } : {}),
    },
  };
}

function started(entryId: string, details: EntryDetails, now: number): TimerState {
  return {
    status: 'running',
    entryId,
    startedAt: now,
    segmentStartedAt: now,
    accumulatedMs: 0,
    details,
  };
}

type End = { ok: true; at: number; review: ReviewReason | undefined } | { ok: false; error: TimerErrorCode };

/** Where an entry stopped `at` (or now) ends, and what about it must be reviewed. */
function endOf(state: Active, at: number | undefined, now: number, day: WorkingDay): End {
  const cap = dayCap(state.startedAt, day);
  if (at !== undefined) {
    if (at < state.startedAt) return { ok: false, error: 'stop_before_start' };
    if (at > Math.max(now, state.startedAt)) return { ok: false, error: 'stop_in_future' };
    if (at > cap) return { ok: false, error: 'stop_after_day_end' };
    // The counsellor said when: nothing to review, but undecided time away.
    return { ok: true, at, review: undefined };
  }
  // Nobody said when it ended though the question was due: flagged, and cut
  // at the end of the day if it ran past it.
  const end = Math.min(Math.max(now, state.startedAt), cap);
  return { ok: true, at: end, review: stopQuestion(state, now, day) ? 'forgotten' : undefined };
}

/**
 * Active time up to `at`, before discarded time away. Exact from the start of
 * the last stretch on; before it (a stop put earlier than the last pause or
 * resume), the stored sums no longer say which stretches came before `at`, so
 * it is bounded by the span instead.
 */
function rawActiveMs(state: Active, at: number): number {
  if (state.status === 'running' && at >= state.segmentStartedAt) {
    return state.accumulatedMs + (at - state.segmentStartedAt);
  }
  return Math.max(0, Math.min(state.accumulatedMs, at - state.startedAt));
}

function finish(
  state: Active,
  end: number,
  extra: Partial<EntryDetails>,
  review: ReviewReason | undefined,
): FinishedEntry {
  const span = end - state.startedAt;
  const discarded = discardedMs((state.discarded ?? []).map((d) => ({ from: d.from, to: Math.min(d.to, end) })));
  const activeMs = Math.min(Math.max(0, rawActiveMs(state, end) - discarded), span);
  const undecided =
    (state.awayPeriods ?? []).some((p) => p.from < end) ||
    (state.status === 'running' && state.awaySince !== undefined);
  const reason = review ?? (undecided ? 'uncertain_time' : undefined);
  const finished: FinishedEntry = {
    id: state.entryId,
    start: state.startedAt,
    end,
    activeMs,
    ...state.details,
    ...extra,
    source: 'timer',
    ...(reason ? { review: reason } : {}),
  };
  return finished;
}

/** The counsellor is back (or paused): their time away, if any, awaits a decision. */
function closeAway(state: Running, at: number): Running {
  const { awaySince, ...rest } = state;
  if (!awaySince) return state;
  return addAway(rest, { from: awaySince.at, to: Math.max(at, awaySince.at), kind: awaySince.kind });
}

/** Adds a period, merged with those it overlaps, so periods stay disjoint and each is decided once. */
function addAway<S extends Active>(state: S, period: AwayPeriod): S {
  const floor = Math.max(state.status === 'running' ? state.segmentStartedAt : 0, state.decidedUntil ?? 0);
  let merged = { ...period, from: Math.max(period.from, floor) };
  if (merged.to <= merged.from) return state;
  const others: AwayPeriod[] = [];
  for (const p of state.awayPeriods ?? []) {
    if (p.from < merged.to && merged.from < p.to) {
      merged = { from: Math.min(p.from, merged.from), to: Math.max(p.to, merged.to), kind: p.kind };
    } else others.push(p);
  }
  const awayPeriods = [...others, merged].sort((a, b) => a.from - b.from);
  return withLists(state, awayPeriods, state.discarded ?? []);
}

/** Optional lists are left out when empty, so a plain timer stays as it was stored. */
function withLists<S extends Active>(
  state: S,
  awayPeriods: AwayPeriod[],
  discarded: Array<{ from: number; to: number }>,
): S {
  const { awayPeriods: _a, discarded: _d, ...rest } = state;
  return {
    ...rest,
    ...(awayPeriods.length > 0 ? { awayPeriods } : {}),
    ...(discarded.length > 0 ? { discarded } : {}),
  } as S;
}

function kept(state: Active): Pick<Active, 'awayPeriods' | 'discarded' | 'decidedUntil'> {
  return {
    ...(state.awayPeriods ? { awayPeriods: state.awayPeriods } : {}),
    ...(state.discarded ? { discarded: state.discarded } : {}),
    ...(state.decidedUntil !== undefined ? { decidedUntil: state.decidedUntil } : {}),
  };
}

function fail(state: TimerState, error: TimerErrorCode): Transition {
  return { ok: false, state, error };
}
