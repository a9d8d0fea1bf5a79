// Correcting the start of the running (or paused) timer: « Commencée à 10:05 —
// corriger ». An earlier start adds the time in between, a later one takes it
// away, never below zero; the start stays today, in the past, and within a
// working day that has not already ended.
import { describe, expect, it } from 'vitest';
import { elapsedMs, idleTimer, type TimerState } from '../../../lib/model/timer-state';
import { type TimerEvent, transition } from '../../../lib/timer/machine';
import { accepted, at, caf, day, MIN } from '../../helpers/timer-day';

function apply(state: TimerState, event: TimerEvent, now: number) {
  return accepted(state, event, now).state;
}

const runningSince = (start: number) => apply(idleTimer, { type: 'start', entryId: 'entry-0001', details: caf }, start);

describe('correcting the start of the running timer', () => {
  it('an earlier start adds the time in between: started 10 minutes late, it counts 10 minutes more', () => {
    const state = apply(runningSince(at(10, 15)), { type: 'set-start', at: at(10, 5) }, at(10, 30));
    expect(state).toMatchObject({ status: 'running', startedAt: at(10, 5) });
    expect(elapsedMs(state, at(10, 30))).toBe(25 * MIN);
  });

  it('a later start takes the time away, and the entry starts there when stopped', () => {
    const state = apply(runningSince(at(10)), { type: 'set-start', at: at(10, 20) }, at(10, 30));
    expect(elapsedMs(state, at(10, 30))).toBe(10 * MIN);
    const stop = transition(state, { type: 'stop' }, at(10, 40), day);
    expect(stop).toMatchObject({ ok: true, finished: { start: at(10, 20), end: at(10, 40), activeMs: 20 * MIN } });
  });

  it('a later start never makes the time negative, even past a pause and a resume', () => {
    let state = runningSince(at(9));
    state = apply(state, { type: 'pause' }, at(9, 10));
    state = apply(state, { type: 'resume' }, at(10));
    state = apply(state, { type: 'set-start', at: at(10, 20) }, at(10, 30));
    expect(elapsedMs(state, at(10, 30))).toBe(10 * MIN);
  });

  it('works on a paused timer too: the paused total moves with the start', () => {
    let state = runningSince(at(10));
    state = apply(state, { type: 'pause' }, at(10, 30));
    const earlier = apply(state, { type: 'set-start', at: at(9, 50) }, at(11));
    expect(earlier).toMatchObject({ status: 'paused', startedAt: at(9, 50) });
    expect(elapsedMs(earlier, at(11))).toBe(40 * MIN);
    const later = apply(state, { type: 'set-start', at: at(10, 20) }, at(11));
    expect(elapsedMs(later, at(11))).toBe(10 * MIN);
  });

  it('time away before the new start goes with it: nothing left to decide about it', () => {
    let state = runningSince(at(10));
    state = apply(state, { type: 'away', kind: 'idle', since: at(10, 5) }, at(10, 20));
    state = apply(state, { type: 'back' }, at(10, 20));
    state = apply(state, { type: 'set-start', at: at(10, 25) }, at(10, 30));
    expect(state).toMatchObject({ status: 'running', startedAt: at(10, 25) });
    expect(state.status !== 'idle' && state.awayPeriods).toBeFalsy();
  });

  it.each([
    ['a start not yet come', at(10, 31), 'start_in_future'],
    ['a start on the day before', at(23, 50, -1), 'start_before_today'],
  ])('refuses %s, leaving the timer as it was', (_, start, error) => {
    const state = runningSince(at(10));
    expect(transition(state, { type: 'set-start', at: start }, at(10, 30), day)).toEqual({ ok: false, state, error });
  });

  it('refuses a start whose working day is already over: the timer would be cut at once', () => {
    const state = runningSince(at(19));
    const t = transition(state, { type: 'set-start', at: at(18) }, at(19, 30), day);
    expect(t).toEqual({ ok: false, state, error: 'start_after_day_end' });
  });

  it('refuses with no timer running', () => {
    expect(transition(idleTimer, { type: 'set-start', at: at(10) }, at(11), day)).toMatchObject({
      ok: false,
      error: 'not_running',
    });
  });
});
