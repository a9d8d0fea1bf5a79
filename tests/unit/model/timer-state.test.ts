import { describe, expect, it } from 'vitest';
import { elapsedMs, elapsedSinceMs, type TimerState } from '../../../lib/model/timer-state';

const H = 3_600_000;
const midnight = new Date('2026-11-24T00:00:00+01:00').getTime();
const details = { organisationId: 'caf', procedureId: null, modeId: null, reasonIds: [], outcomeId: null };

describe('today’s share of the running timer', () => {
  it('counts all of a timer started today', () => {
    const state: TimerState = {
      status: 'running',
      entryId: 'entry-0001',
      startedAt: midnight + 9 * H,
      segmentStartedAt: midnight + 9 * H,
      accumulatedMs: 0,
      details,
    };
    expect(elapsedSinceMs(state, midnight + 10 * H, midnight)).toBe(H);
  });

  it('leaves last night out of today for a timer started yesterday at 17:00', () => {
    const state: TimerState = {
      status: 'running',
      entryId: 'entry-0001',
      startedAt: midnight - 7 * H,
      segmentStartedAt: midnight - 7 * H,
      accumulatedMs: 0,
      details,
    };
    const now = midnight + 2 * H;
    expect(elapsedMs(state, now)).toBe(9 * H);
    expect(elapsedSinceMs(state, now, midnight)).toBe(2 * H);
  });

  it('counts earlier stretches at most for the span between midnight and the current one', () => {
    // Started yesterday 23:00, paused, resumed today 01:00 with 1 h 30 already counted.
    const state: TimerState = {
      status: 'running',
      entryId: 'entry-0001',
      startedAt: midnight - H,
      segmentStartedAt: midnight + H,
      accumulatedMs: 1.5 * H,
      details,
    };
    expect(elapsedSinceMs(state, midnight + 2 * H, midnight)).toBe(2 * H);
    const paused: TimerState = {
      status: 'paused',
      entryId: 'entry-0001',
      startedAt: midnight - H,
      pausedAt: midnight + 0.5 * H,
      accumulatedMs: 1.5 * H,
      details,
    };
    expect(elapsedSinceMs(paused, midnight + 2 * H, midnight)).toBe(0.5 * H);
  });
});
