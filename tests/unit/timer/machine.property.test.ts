// The timer machine over random sequences of events and clock jumps: what must
// hold whatever the counsellor, the browser and the clock do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayCap, type WorkingDay } from '../../../lib/core/working-day';
import { emptyDetails } from '../../../lib/db/details';
import { type Entry, EntrySchema } from '../../../lib/model/records';
import { elapsedMs, idleTimer, type TimerState } from '../../../lib/model/timer-state';
import { TimerStateSchema } from '../../../lib/model/timer-state-schema';
import { type FinishedEntry, type TimerEvent, transition } from '../../../lib/timer/machine';

const MIN = 60_000;
/** Monday 24 November 2025, 08:00 in Paris. */
const T0 = Date.UTC(2025, 10, 24, 7, 0);
const caf = { ...emptyDetails, organisationId: 'caf' };

/** An event as generated: ids, `at` and the away period to decide are filled in at run time. */
type Step =
  | { kind: 'start' | 'switch' }
  | { kind: 'pause' | 'resume' | 'update' | 'discard' | 'end-of-day' | 'back' }
  | { kind: 'stop'; atBack: number | null }
  | { kind: 'away'; awayKind: 'idle' | 'locked'; sinceBack: number }
  | { kind: 'seen' | 'restarted'; gapMs: number }
  | { kind: 'resolve'; pick: number; keptShare: number }
  | { kind: 'set-start'; atBack: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Step>({ kind: 'start' }) },
  fc.constantFrom<Step>(
    { kind: 'switch' },
    { kind: 'pause' },
    { kind: 'resume' },
    { kind: 'update' },
    { kind: 'discard' },
    { kind: 'end-of-day' },
    { kind: 'back' },
  ),
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('stop' as const),
      atBack: fc.option(fc.integer({ min: 0, max: 120 * MIN })),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('away' as const),
      awayKind: fc.constantFrom('idle' as const, 'locked' as const),
      sinceBack: fc.integer({ min: 0, max: 30 * MIN }),
    }),
  },
  fc.record({ kind: fc.constantFrom('seen' as const, 'restarted' as const), gapMs: fc.constant(2 * MIN) }),
  fc.record({ kind: fc.constant('set-start' as const), atBack: fc.integer({ min: -10 * MIN, max: 180 * MIN }) }),
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('resolve' as const),
      pick: fc.nat(5),
      keptShare: fc.constantFrom(0, 0.25, 0.5, 1),
    }),
  },
);

const dayArb: fc.Arbitrary<WorkingDay> = fc.record({
  endOfDay: fc.constantFrom('00:00', '12:00', '17:00', '18:30', '23:59'),
  maxEntryHours: fc.integer({ min: 1, max: 12 }),
});

function eventOf(step: Step, state: TimerState, now: number, nextId: () => string): TimerEvent {
  switch (step.kind) {
    case 'start':
    case 'switch':
      return { type: step.kind, entryId: nextId(), details: caf };
    case 'stop':
      return step.atBack === null ? { type: 'stop' } : { type: 'stop', at: now - step.atBack };
    case 'away':
      return { type: 'away', kind: step.awayKind, since: now - step.sinceBack };
    case 'seen':
    case 'restarted':
      return { type: step.kind, gapMs: step.gapMs };
    case 'resolve': {
      const periods = state.status === 'idle' ? [] : (state.awayPeriods ?? []);
      const period = periods[step.pick % Math.max(1, periods.length)];
      const length = period ? period.to - period.from : 0;
      return { type: 'resolve-away', from: period?.from ?? now, keptMs: Math.round(length * step.keptShare) };
    }
    case 'update':
      return { type: 'update', details: { modeId: 'faire_ensemble' } };
    case 'set-start':
      return { type: 'set-start', at: now - step.atBack };
    default:
      return { type: step.kind };
  }
}

/** Total of `intervals` within [from, to]. */
function within(intervals: Array<{ from: number; to: number }>, from: number, to: number): number {
  return intervals.reduce((sum, i) => sum + Math.max(0, Math.min(i.to, to) - Math.max(i.from, from)), 0);
}

/**
 * An independent account of what should be kept: the running stretches, less
 * the parts of away periods the counsellor discarded. Exact when the entry ends
 * within its last stretch (see rawActiveMs in the machine).
 */
class Reference {
  stretches: Array<{ from: number; to: number }> = [];
  discarded: Array<{ from: number; to: number }> = [];
  open: number | null = null;
  /** The start was corrected: the pauses before the new start are unknown, the machine only bounds the time. */
  corrected = false;

  observe(before: TimerState, event: TimerEvent, after: TimerState) {
    if (before.status === 'idle' && after.status === 'running') this.reset(after.startedAt);
    else if (before.status === 'running' && after.status === 'paused') this.close(after.pausedAt);
    else if (before.status === 'paused' && after.status === 'running' && event.type === 'resume') {
      this.open = after.segmentStartedAt;
    } else if (event.type === 'resolve-away' && before.status !== 'idle') {
      const period = before.awayPeriods?.find((p) => p.from === event.from);
      if (period) {
        const keptMs = Math.min(event.keptMs, period.to - period.from);
        this.discarded.push({ from: period.from + keptMs, to: period.to });
      }
    }
    if (event.type === 'switch' && after.status === 'running') this.reset(after.startedAt);
    if (event.type === 'set-start') this.corrected = true;
  }

  reset(at: number) {
    this.stretches = [];
    this.discarded = [];
    this.open = at;
    this.corrected = false;
  }

  close(at: number) {
    if (this.open !== null) this.stretches.push({ from: this.open, to: at });
    this.open = null;
  }

  /** Kept time of an entry ending at `end`, or null where the machine only bounds it (before its last stretch). */
  keptUntil(end: number, start: number): number | null {
    const lastBoundary = this.open ?? this.stretches.at(-1)?.to ?? start;
    if (end < lastBoundary || this.corrected) return null;
    const stretches = this.open !== null ? [...this.stretches, { from: this.open, to: end }] : this.stretches;
    return within(stretches, start, end) - within(this.discarded, start, end);
  }
}

interface Run {
  entries: FinishedEntry[];
  exactChecks: number;
}

function play(steps: Array<[Step, number]>, day: WorkingDay, monotone: boolean): Run {
  let state: TimerState = idleTimer;
  let now = T0;
  let n = 0;
  const nextId = () => `entry-${String(++n).padStart(4, '0')}`;
  const open = new Set<string>();
  const entries: FinishedEntry[] = [];
  const reference = new Reference();
  let exactChecks = 0;
  for (const [step, delta] of steps) {
    now = Math.max(0, now + (monotone ? Math.abs(delta) : delta));
    const event = eventOf(step, state, now, nextId);
    const t = transition(state, event, now, day);
    if (!t.ok) {
      // A refused event leaves the state exactly as it was.
      expect(t.state).toBe(state);
      continue;
    }
    if (t.finished) {
      const f = t.finished;
      // Durations never negative, active time within the span.
      expect(f.activeMs).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThanOrEqual(f.start);
      expect(f.activeMs).toBeLessThanOrEqual(f.end - f.start);
      // Never past the end of its working day (nor midnight).
      expect(f.end).toBeLessThanOrEqual(dayCap(f.start, day));
      // Each entry is finished once, and only the one that ran.
      expect(open.has(f.id)).toBe(true);
      open.delete(f.id);
      // Kept segments sum to the entry's duration.
      if (monotone) {
        const expected = reference.keptUntil(f.end, f.start);
        if (expected !== null) {
          expect(f.activeMs).toBe(expected);
          exactChecks++;
        }
      }
      entries.push(f);
    }
    if (t.discardedEntryId) open.delete(t.discardedEntryId);
    if (state.status === 'idle' && t.state.status !== 'idle') open.add(t.state.entryId);
    if (event.type === 'switch' && t.state.status !== 'idle') open.add(t.state.entryId);
    if (monotone) reference.observe(state, event, t.state);
    state = t.state;
    // At most one timer runs, and it is the one started last.
    expect(open.size).toBe(state.status === 'idle' ? 0 : 1);
    if (state.status !== 'idle') expect(open.has(state.entryId)).toBe(true);
    expect(elapsedMs(state, now)).toBeGreaterThanOrEqual(0);
    // Every state and entry is storable: a row that no longer parses would read as stopped.
    expect(TimerStateSchema.safeParse(state).error).toBeUndefined();
    if (t.finished)
      expect(EntrySchema.safeParse({ ...t.finished, createdAt: now, updatedAt: now }).error).toBeUndefined();
    // Stop is idempotent: a second stop right after is refused and makes no entry.
    if (event.type === 'stop' || event.type === 'end-of-day') {
      if (state.status === 'idle') {
        const again = transition(state, { type: 'stop' }, now, day);
        expect(again).toEqual({ ok: false, state, error: 'not_running' });
      }
    }
  }
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  return { entries, exactChecks };
}

describe('timer machine, any sequence of events and clock jumps', () => {
  it('never yields a negative duration, one timer at most, each entry once and within its day (clock going back too)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(stepArb, fc.integer({ min: -60 * MIN, max: 180 * MIN })), { maxLength: 60 }),
        dayArb,
        (steps, day) => {
          play(steps, day, false);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('with the clock moving forward, an entry’s active time is exactly its kept segments', () => {
    let exact = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(stepArb, fc.integer({ min: 0, max: 20 * MIN })), { maxLength: 60 }),
        dayArb,
        (steps, day) => {
          exact += play(steps, day, true).exactChecks;
        },
      ),
      { numRuns: 1000 },
    );
    // The equality was really exercised, not skipped (about 150 entries checked exactly per run of the suite).
    expect(exact).toBeGreaterThan(50);
  });

  it('stored entries carry no figure of time away: only the active time it changed', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(stepArb, fc.integer({ min: 0, max: 45 * MIN })), { maxLength: 40 }), (steps) => {
        for (const entry of play(steps, { endOfDay: '18:30', maxEntryHours: 4 }, true).entries) {
          const keys = Object.keys(entry).sort();
          const allowed: Array<keyof Entry> = [
            'id',
            'start',
            'end',
            'activeMs',
            'organisationId',
            'procedureId',
            'modeId',
            'reasonIds',
            'outcomeId',
            'source',
            'review',
          ];
          for (const key of keys) expect(allowed).toContain(key);
        }
      }),
      { numRuns: 200 },
    );
  });
});
