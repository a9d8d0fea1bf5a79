import { describe, expect, it } from 'vitest';
import { emptyDetails } from '../../../lib/db/details';
import { readTimer } from '../../../lib/db/timer-store';
import { logManualFriction } from '../../../lib/frictions/log-friction';
import { createTimerService } from '../../../lib/timer/service';
import { dumpDb, fakeClock, freshDb, sequentialIds } from '../../helpers/db';

const MIN = 60_000;

function setup() {
  const db = freshDb();
  const clock = fakeClock();
  const newId = sequentialIds('entry');
  return { db, clock, newId, timer: createTimerService({ db, clock, newId }) };
}

describe('timer service', () => {
  it('stores a running timer as timestamps, readable by a new service (a restarted worker)', async () => {
    const { db, clock, newId, timer } = setup();
    const start = clock.now();
    await timer.apply({ type: 'start', details: { ...emptyDetails, organisationId: 'caf' } });
    clock.advance(17 * MIN);
    const revived = createTimerService({ db, clock, newId });
    const state = await revived.current();
    expect(state).toMatchObject({ status: 'running', startedAt: start, segmentStartedAt: start, accumulatedMs: 0 });
  });

  it('writes the finished entry and the idle state together on stop', async () => {
    const { db, clock, timer } = setup();
    await timer.apply({ type: 'start', details: { ...emptyDetails, organisationId: 'caf' } });
    clock.advance(12 * MIN);
    const result = await timer.apply({ type: 'stop', details: { outcomeId: 'abouti' } });
    expect(result.ok).toBe(true);
    expect(await readTimer(db)).toEqual({ status: 'idle' });
    const entries = await db.entries.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ organisationId: 'caf', outcomeId: 'abouti', activeMs: 12 * MIN });
  });

  it('keeps one running timer at a time: a second start is refused and changes nothing', async () => {
    const { db, timer } = setup();
    await timer.apply({ type: 'start', details: emptyDetails });
    const before = await dumpDb(db);
    const second = await timer.apply({ type: 'start', details: { ...emptyDetails, organisationId: 'ameli' } });
    expect(second).toMatchObject({ ok: false, error: 'already_running' });
    expect(await dumpDb(db)).toEqual(before);
  });

  it('switch stores the first entry and runs the second', async () => {
    const { db, clock, timer } = setup();
    await timer.apply({ type: 'start', details: { ...emptyDetails, organisationId: 'caf' } });
    clock.advance(5 * MIN);
    await timer.apply({ type: 'switch', details: { ...emptyDetails, organisationId: 'ameli' } });
    expect(await db.entries.count()).toBe(1);
    expect(await readTimer(db)).toMatchObject({ status: 'running', details: { organisationId: 'ameli' } });
  });

  it('discard stores nothing and keeps the frictions met, detached', async () => {
    const { db, clock, newId, timer } = setup();
    await timer.apply({ type: 'start', details: { ...emptyDetails, organisationId: 'caf' } });
    const friction = await logManualFriction({ db, clock, newId }, { kind: 'mdp_oublie', organisationId: null });
    expect(friction.entryId).not.toBeNull();
    await timer.apply({ type: 'discard' });
    expect(await db.entries.count()).toBe(0);
    expect(await db.frictions.get(friction.id)).toMatchObject({ entryId: null, organisationId: 'caf' });
  });
});

describe('timer service, events at the same moment', () => {
  it('two stops at once (two popups, a shortcut, a notification) make one entry; the other is told nothing runs', async () => {
    const { db, clock, timer } = setup();
    await timer.apply({ type: 'start', details: { ...emptyDetails, organisationId: 'caf' } });
    clock.advance(12 * MIN);
    const results = await Promise.all([timer.apply({ type: 'stop' }), timer.apply({ type: 'stop' })]);
    expect(results.map((r) => (r.ok ? 'ok' : r.error)).sort()).toEqual(['not_running', 'ok']);
    expect(await db.entries.count()).toBe(1);
    expect(await readTimer(db)).toEqual({ status: 'idle' });
  });

  it('a stop and the end-of-day alarm at once make one entry, never two, never none', async () => {
    const { db, clock, timer } = setup();
    clock.set(new Date(2025, 10, 24, 17, 0).getTime());
    await timer.apply({ type: 'start', details: emptyDetails });
    clock.set(new Date(2025, 10, 24, 18, 31).getTime());
    await Promise.all([timer.apply({ type: 'end-of-day' }), timer.apply({ type: 'stop' })]);
    expect(await db.entries.count()).toBe(1);
  });

  it('reads the working day it is given: an entry ends at the counsellor’s own end of day', async () => {
    const db = freshDb();
    const clock = fakeClock(new Date(2025, 10, 24, 16, 0).getTime());
    const timer = createTimerService({
      db,
      clock,
      newId: sequentialIds('entry'),
      workingDay: async () => ({ endOfDay: '17:00', maxEntryHours: 4 }),
    });
    await timer.apply({ type: 'start', details: emptyDetails });
    clock.set(new Date(2025, 10, 25, 9, 0).getTime());
    const stopped = await timer.apply({ type: 'stop' });
    expect(stopped).toMatchObject({
      ok: true,
      finished: { end: new Date(2025, 10, 24, 17, 0).getTime(), review: 'forgotten' },
    });
  });
});

describe('manual friction', () => {
  it('attaches to the running entry and takes its organisation', async () => {
    const { db, clock, newId, timer } = setup();
    await timer.apply({ type: 'start', details: { ...emptyDetails, organisationId: 'impots' } });
    const running = await readTimer(db);
    const f = await logManualFriction({ db, clock, newId }, { kind: 'identifiant_oublie', organisationId: null });
    expect(f).toMatchObject({
      kind: 'identifiant_oublie',
      organisationId: 'impots',
      entryId: running.status === 'running' ? running.entryId : 'x',
      detection: 'manual',
      status: 'confirmed',
      at: clock.now(),
    });
    clock.advance(MIN);
    await timer.apply({ type: 'stop' });
    const [entry] = await db.entries.toArray();
    expect(entry?.id).toBe(f.entryId);
  });

  it('stands alone when no timer runs', async () => {
    const { db, clock, newId } = setup();
    const f = await logManualFriction({ db, clock, newId }, { kind: 'compte_bloque', organisationId: 'caf' });
    expect(f).toMatchObject({ entryId: null, organisationId: 'caf' });
    expect(await db.frictions.count()).toBe(1);
  });
});
