// The timer machine and the counsellor's day: forgotten timers, stop times
// chosen afterwards, the end-of-day stop, time away awaiting a decision.
import { describe, expect, it } from 'vitest';
import { elapsedMs, idleTimer, type TimerState } from '../../../lib/model/timer-state';
import { type TimerEvent, transition } from '../../../lib/timer/machine';
import { stopQuestion } from '../../../lib/timer/stop-question';
import { accepted, at, caf, day, MIN } from '../../helpers/timer-day';

const HOUR = 60 * MIN;

function apply(state: TimerState, event: TimerEvent, now: number) {
  return accepted(state, event, now);
}

const runningSince = (start: number) =>
  apply(idleTimer, { type: 'start', entryId: 'entry-0001', details: caf }, start).state;

describe('a forgotten timer', () => {
  it('started at 17:00 and stopped the next morning ends at 18:30 the same day, flagged forgotten', () => {
    const t = apply(runningSince(at(17)), { type: 'stop' }, at(9, 0, 1));
    expect(t.finished).toMatchObject({ start: at(17), end: at(18, 30), activeMs: 90 * MIN, review: 'forgotten' });
  });

  it('started after the end of the day, it ends at midnight: the entry stays on its own day', () => {
    const t = apply(runningSince(at(19)), { type: 'stop' }, at(8, 0, 1));
    expect(t.finished).toMatchObject({ start: at(19), end: at(0, 0, 1), review: 'forgotten' });
  });

  it('running longer than the limit within the day, it is kept whole but flagged', () => {
    const t = apply(runningSince(at(9)), { type: 'stop' }, at(14));
    expect(t.finished).toMatchObject({ end: at(14), activeMs: 5 * HOUR, review: 'forgotten' });
  });

  it('an ordinary stop is not flagged', () => {
    const t = apply(runningSince(at(9)), { type: 'stop' }, at(9, 40));
    expect(t.finished).not.toHaveProperty('review');
  });

  it('asks « Arrêter à quelle heure ? » with now, the end of the day and the last activity', () => {
    const state = runningSince(at(17));
    expect(stopQuestion(state, at(17, 45), day)).toBeNull();
    expect(stopQuestion(state, at(9, 0, 1), day)).toEqual({
      reason: 'next_day',
      now: null,
      endOfDay: at(18, 30),
      lastActivity: null,
      earliest: at(17),
      latest: at(18, 30),
    });
    expect(stopQuestion(state, at(19), day)).toMatchObject({ reason: 'past_end_of_day', now: null });
    const long = runningSince(at(8));
    expect(stopQuestion(long, at(12, 30), day)).toMatchObject({ reason: 'too_long', now: at(12, 30) });
    const away = apply(state, { type: 'away', kind: 'idle', since: at(17, 20) }, at(17, 30)).state;
    expect(stopQuestion(away, at(22), day)).toMatchObject({ lastActivity: at(17, 20) });
  });

  it('stops at the time the counsellor chose, unflagged', () => {
    const t = apply(runningSince(at(17)), { type: 'stop', at: at(17, 50) }, at(9, 0, 1));
    expect(t.finished).toMatchObject({ end: at(17, 50), activeMs: 50 * MIN });
    expect(t.finished).not.toHaveProperty('review');
  });

  it('refuses a stop time before the start, in the future or after the end of the day, changing nothing', () => {
    const state = runningSince(at(17));
    for (const [when, error] of [
      [at(16, 59), 'stop_before_start'],
      [at(17, 30), 'stop_in_future'],
      [at(18, 31), 'stop_after_day_end'],
    ] as const) {
      expect(transition(state, { type: 'stop', at: when }, at(17, 20) + (when > at(18) ? 2 * HOUR : 0), day)).toEqual({
        ok: false,
        state,
        error,
      });
    }
  });

  it('switch at a chosen time ends the first entry then, with its outcome, and starts the next one now', () => {
    const t = apply(
      runningSince(at(10)),
      { type: 'switch', entryId: 'entry-0002', details: caf, ended: { outcomeId: 'aboutie' }, at: at(10, 20) },
      at(10, 30),
    );
    expect(t.finished).toMatchObject({ end: at(10, 20), activeMs: 20 * MIN, outcomeId: 'aboutie' });
    expect(t.state).toMatchObject({ status: 'running', entryId: 'entry-0002', startedAt: at(10, 30) });
  });
});

describe('the end-of-day stop', () => {
  it('does nothing before the end of the day', () => {
    const state = runningSince(at(17));
    expect(apply(state, { type: 'end-of-day' }, at(18, 29)).state).toBe(state);
  });

  it('stops at the end of the day, whenever it comes, flagged auto_stopped', () => {
    const t = apply(runningSince(at(17)), { type: 'end-of-day' }, at(7, 0, 1));
    expect(t.state).toEqual(idleTimer);
    expect(t.finished).toMatchObject({ end: at(18, 30), activeMs: 90 * MIN, review: 'auto_stopped' });
  });

  it('stops a paused timer too, keeping its time before the pause', () => {
    const paused = apply(runningSince(at(17)), { type: 'pause' }, at(17, 10)).state;
    const t = apply(paused, { type: 'end-of-day' }, at(18, 30));
    expect(t.finished).toMatchObject({ end: at(18, 30), activeMs: 10 * MIN, review: 'auto_stopped' });
  });
});

describe('time away from the screen', () => {
  const awayThenBack = () => {
    const away = apply(runningSince(at(10)), { type: 'away', kind: 'idle', since: at(10, 20) }, at(10, 30)).state;
    return apply(away, { type: 'back' }, at(11)).state;
  };

  it('is recorded when the counsellor comes back, as a period awaiting a decision, and counted meanwhile', () => {
    const state = awayThenBack();
    expect(state).toMatchObject({ awayPeriods: [{ from: at(10, 20), to: at(11), kind: 'idle' }] });
    expect(elapsedMs(state, at(11))).toBe(HOUR);
  });

  it('kept (the young person was there): the active time is unchanged', () => {
    const state = apply(awayThenBack(), { type: 'resolve-away', from: at(10, 20), keptMs: 40 * MIN }, at(11)).state;
    expect(state).not.toHaveProperty('awayPeriods');
    expect(elapsedMs(state, at(11))).toBe(HOUR);
  });

  it('discarded: taken out of the active time, and of the entry', () => {
    const state = apply(awayThenBack(), { type: 'resolve-away', from: at(10, 20), keptMs: 0 }, at(11)).state;
    expect(elapsedMs(state, at(11, 10))).toBe(30 * MIN);
    const t = apply(state, { type: 'stop' }, at(11, 10));
    expect(t.finished).toMatchObject({ start: at(10), end: at(11, 10), activeMs: 30 * MIN });
    expect(t.finished).not.toHaveProperty('review');
  });

  it('partly kept: only the rest is taken out', () => {
    // 40 minutes away, the first 15 kept: 25 taken out of the hour.
    const state = apply(awayThenBack(), { type: 'resolve-away', from: at(10, 20), keptMs: 15 * MIN }, at(11)).state;
    expect(elapsedMs(state, at(11))).toBe(35 * MIN);
  });

  it('an unknown period is refused', () => {
    const state = awayThenBack();
    expect(transition(state, { type: 'resolve-away', from: at(10), keptMs: 0 }, at(11), day)).toEqual({
      ok: false,
      state,
      error: 'away_not_found',
    });
  });

  it('undecided at the stop: counted, and the entry flagged for review', () => {
    const t = apply(awayThenBack(), { type: 'stop' }, at(11, 5));
    expect(t.finished).toMatchObject({ activeMs: 65 * MIN, review: 'uncertain_time' });
  });

  it('a pause while away closes the period at the pause', () => {
    const away = apply(runningSince(at(10)), { type: 'away', kind: 'locked', since: at(10, 20) }, at(10, 20)).state;
    const paused = apply(away, { type: 'pause' }, at(10, 50)).state;
    expect(paused).toMatchObject({ awayPeriods: [{ from: at(10, 20), to: at(10, 50), kind: 'locked' }] });
  });

  it('time already decided is never asked about twice', () => {
    const decided = apply(awayThenBack(), { type: 'resolve-away', from: at(10, 20), keptMs: 0 }, at(11)).state;
    const again = apply(decided, { type: 'away', kind: 'idle', since: at(10, 30) }, at(11, 15)).state;
    const back = apply(again, { type: 'back' }, at(11, 30)).state;
    expect(back).toMatchObject({ awayPeriods: [{ from: at(11), to: at(11, 30) }] });
  });

  it('a silence of the background longer than the gap (a sleep) awaits a decision too', () => {
    const seen = apply(runningSince(at(10)), { type: 'seen', gapMs: 2 * MIN }, at(10, 1)).state;
    expect(seen).not.toHaveProperty('awayPeriods');
    const woke = apply(seen, { type: 'seen', gapMs: 2 * MIN }, at(12)).state;
    expect(woke).toMatchObject({ awayPeriods: [{ from: at(10, 1), to: at(12), kind: 'sleep' }], lastSeenAt: at(12) });
  });

  it('a browser closed then opened again: the time it was closed awaits a decision', () => {
    const seen = apply(runningSince(at(10)), { type: 'seen', gapMs: 2 * MIN }, at(10, 1)).state;
    const restarted = apply(seen, { type: 'restarted', gapMs: 2 * MIN }, at(13)).state;
    expect(restarted).toMatchObject({ awayPeriods: [{ from: at(10, 1), to: at(13), kind: 'closed' }] });
  });

  it('idle and asleep at once: one period, asked once', () => {
    const away = apply(runningSince(at(10)), { type: 'away', kind: 'idle', since: at(10, 20) }, at(10, 30)).state;
    const woke = apply(away, { type: 'seen', gapMs: 2 * MIN }, at(12)).state;
    const back = apply(woke, { type: 'back' }, at(12, 1)).state;
    expect(back).toMatchObject({ awayPeriods: [{ from: at(10, 20), to: at(12, 1) }] });
  });
});
