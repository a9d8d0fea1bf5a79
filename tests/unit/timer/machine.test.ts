import { describe, expect, it } from 'vitest';
import { emptyDetails } from '../../../lib/db/details';
import { elapsedMs, idleTimer, type TimerState } from '../../../lib/model/timer-state';
import { type TimerEvent, transition } from '../../../lib/timer/machine';

const caf = { ...emptyDetails, organisationId: 'caf' };
/** Tuesday 14 November 2023, 09:00 in Paris: a working morning. */
const T0 = Date.UTC(2023, 10, 14, 8, 0);
const MIN = 60_000;

function run(events: Array<[TimerEvent, number]>, from: TimerState = idleTimer) {
  let state = from;
  const finished = [];
  for (const [event, now] of events) {
    const t = transition(state, event, now);
    expect(t.ok, `${event.type} at ${now}`).toBe(true);
    state = t.state;
    if (t.ok && t.finished) finished.push(t.finished);
  }
  return { state, finished };
}

describe('timer machine', () => {
  it('start from idle runs a timer from now', () => {
    const t = transition(idleTimer, { type: 'start', entryId: 'entry-0001', details: caf }, T0);
    expect(t).toEqual({
      ok: true,
      state: {
        status: 'running',
        entryId: 'entry-0001',
        startedAt: T0,
        segmentStartedAt: T0,
        accumulatedMs: 0,
        details: caf,
      },
    });
    expect(elapsedMs(t.state, T0 + 5 * MIN)).toBe(5 * MIN);
  });

  it('refuses a second start while one timer runs or is paused', () => {
    const { state } = run([[{ type: 'start', entryId: 'entry-0001', details: caf }, T0]]);
    expect(transition(state, { type: 'start', entryId: 'entry-0002', details: caf }, T0 + 1)).toMatchObject({
      ok: false,
      error: 'already_running',
      state,
    });
    const paused = transition(state, { type: 'pause' }, T0 + 2).state;
    expect(transition(paused, { type: 'start', entryId: 'entry-0002', details: caf }, T0 + 3)).toMatchObject({
      ok: false,
      error: 'already_running',
    });
  });

  it('stop yields the finished entry with its active time', () => {
    const { state, finished } = run([
      [{ type: 'start', entryId: 'entry-0001', details: caf }, T0],
      [{ type: 'stop', details: { outcomeId: 'abouti' } }, T0 + 12 * MIN],
    ]);
    expect(state).toEqual(idleTimer);
    expect(finished).toEqual([
      {
        id: 'entry-0001',
        start: T0,
        end: T0 + 12 * MIN,
        activeMs: 12 * MIN,
        ...caf,
        outcomeId: 'abouti',
        source: 'timer',
      },
    ]);
  });

  it('excludes pauses from the active time', () => {
    const { finished } = run([
      [{ type: 'start', entryId: 'entry-0001', details: caf }, T0],
      [{ type: 'pause' }, T0 + 10 * MIN],
      [{ type: 'resume' }, T0 + 25 * MIN],
      [{ type: 'pause' }, T0 + 30 * MIN],
      [{ type: 'resume' }, T0 + 40 * MIN],
      [{ type: 'stop' }, T0 + 45 * MIN],
    ]);
    expect(finished[0]).toMatchObject({ start: T0, end: T0 + 45 * MIN, activeMs: 20 * MIN });
  });

  it('a paused timer does not grow, and stopping it keeps the time before the pause', () => {
    const { state } = run([
      [{ type: 'start', entryId: 'entry-0001', details: caf }, T0],
      [{ type: 'pause' }, T0 + 7 * MIN],
    ]);
    expect(elapsedMs(state, T0 + 60 * MIN)).toBe(7 * MIN);
    const stopped = transition(state, { type: 'stop' }, T0 + 60 * MIN);
    expect(stopped.ok && stopped.finished?.activeMs).toBe(7 * MIN);
  });

  it('pause needs a running timer and resume a paused one', () => {
    expect(transition(idleTimer, { type: 'pause' }, T0)).toMatchObject({ ok: false, error: 'not_running' });
    expect(transition(idleTimer, { type: 'resume' }, T0)).toMatchObject({ ok: false, error: 'not_paused' });
    const { state } = run([[{ type: 'start', entryId: 'entry-0001', details: caf }, T0]]);
    expect(transition(state, { type: 'resume' }, T0)).toMatchObject({ ok: false, error: 'not_paused' });
    const paused = transition(state, { type: 'pause' }, T0 + 1).state;
    expect(transition(paused, { type: 'pause' }, T0 + 2)).toMatchObject({ ok: false, error: 'not_running' });
  });

  it('stop, discard, update and switch need a timer', () => {
    for (const event of [
      { type: 'stop' },
      { type: 'discard' },
      { type: 'update', details: { modeId: 'faire_ensemble' } },
      { type: 'switch', entryId: 'entry-0002', details: caf },
    ] as TimerEvent[]) {
      expect(transition(idleTimer, event, T0)).toMatchObject({ ok: false, error: 'not_running', state: idleTimer });
    }
  });

  it('discard returns to idle without an entry and names the discarded one', () => {
    const { state } = run([[{ type: 'start', entryId: 'entry-0001', details: caf }, T0]]);
    expect(transition(state, { type: 'discard' }, T0 + MIN)).toEqual({
      ok: true,
      state: idleTimer,
      discardedEntryId: 'entry-0001',
    });
  });

  it('update changes the details of the running or paused timer, not its times', () => {
    const { state } = run([[{ type: 'start', entryId: 'entry-0001', details: caf }, T0]]);
    const updated = transition(state, { type: 'update', details: { procedureId: 'apl_demande' } }, T0 + MIN);
    expect(updated.state).toEqual({ ...state, details: { ...caf, procedureId: 'apl_demande' } });
    const paused = transition(updated.state, { type: 'pause' }, T0 + 2 * MIN).state;
    const pausedUpdate = transition(paused, { type: 'update', details: { modeId: 'faire_ensemble' } }, T0 + 3 * MIN);
    expect(pausedUpdate.state).toMatchObject({ status: 'paused', details: { modeId: 'faire_ensemble' } });
  });

  it('switch stops the current entry and starts the next at the same instant', () => {
    const { state, finished } = run([
      [{ type: 'start', entryId: 'entry-0001', details: caf }, T0],
      [{ type: 'switch', entryId: 'entry-0002', details: { ...emptyDetails, organisationId: 'ameli' } }, T0 + 9 * MIN],
    ]);
    expect(finished).toHaveLength(1);
    expect(finished[0]).toMatchObject({ id: 'entry-0001', end: T0 + 9 * MIN, activeMs: 9 * MIN });
    expect(state).toMatchObject({ status: 'running', entryId: 'entry-0002', startedAt: T0 + 9 * MIN });
  });

  it('switch from a paused timer starts the next one running', () => {
    const { state, finished } = run([
      [{ type: 'start', entryId: 'entry-0001', details: caf }, T0],
      [{ type: 'pause' }, T0 + 4 * MIN],
      [{ type: 'switch', entryId: 'entry-0002', details: caf }, T0 + 9 * MIN],
    ]);
    expect(finished[0]?.activeMs).toBe(4 * MIN);
    expect(state.status).toBe('running');
  });

  it('never yields a negative duration when the clock goes back', () => {
    const { finished } = run([
      [{ type: 'start', entryId: 'entry-0001', details: caf }, T0],
      [{ type: 'stop' }, T0 - 3 * MIN],
    ]);
    expect(finished[0]).toMatchObject({ start: T0, end: T0, activeMs: 0 });
  });
});
