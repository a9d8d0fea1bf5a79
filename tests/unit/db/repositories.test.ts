import { describe, expect, it } from 'vitest';
import { defaultWorkingDay } from '../../../lib/core/working-day';
import { emptyDetails } from '../../../lib/db/details';
import { addEntry, deleteEntry, updateEntry } from '../../../lib/db/entries';
import { addFriction, setFrictionStatus } from '../../../lib/db/frictions';
import { daySnapshot, entriesBetween, frictionsBetween, peekTimer } from '../../../lib/db/queries';
import { readTimer, writeTimer } from '../../../lib/db/timer-store';
import type { Entry } from '../../../lib/model/records';
import { dumpDb, freshDb } from '../../helpers/db';
import { frictionAt } from '../../helpers/records';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 24, 8, 0, 0);

function entry(n: number, start: number, extra: Partial<Entry> = {}): Entry {
  return {
    id: `entry-${String(n).padStart(4, '0')}`,
    start,
    end: start + HOUR / 2,
    activeMs: HOUR / 2,
    ...emptyDetails,
    source: 'timer',
    createdAt: start,
    updatedAt: start,
    ...extra,
  };
}

const friction = frictionAt;

describe('entries repository', () => {
  it('lists entries that started in a half-open time range, oldest first', async () => {
    const db = freshDb();
    await addEntry(db, entry(3, T0 + 2 * HOUR));
    await addEntry(db, entry(1, T0));
    await addEntry(db, entry(2, T0 + HOUR));
    await addEntry(db, entry(4, T0 + 3 * HOUR));
    const found = await entriesBetween(db, T0, T0 + 3 * HOUR);
    expect(found.map((e) => e.id)).toEqual(['entry-0001', 'entry-0002', 'entry-0003']);
  });

  it('refuses to store a malformed entry', async () => {
    const db = freshDb();
    await expect(addEntry(db, { ...entry(1, T0), activeMs: -5 })).rejects.toThrow();
    await expect(addEntry(db, { ...entry(1, T0), name: 'Kevin' } as Entry)).rejects.toThrow();
    expect(await db.entries.count()).toBe(0);
  });

  it('updates details and moves the end when the active time grows', async () => {
    const db = freshDb();
    await addEntry(db, entry(1, T0));
    const result = await updateEntry(
      db,
      'entry-0001',
      { procedureId: 'apl_demande', activeMs: 2 * HOUR },
      T0 + 2 * HOUR + 5, // a correction made after the entry's new end: not in the future
      defaultWorkingDay,
    );
    expect(result.ok).toBe(true);
    const stored = await db.entries.get('entry-0001');
    expect(stored).toMatchObject({
      procedureId: 'apl_demande',
      activeMs: 2 * HOUR,
      end: T0 + 2 * HOUR,
      updatedAt: T0 + 2 * HOUR + 5,
    });
  });

  it('keeps an entry flagged for review until the counsellor marks it reviewed', async () => {
    const db = freshDb();
    await addEntry(db, entry(1, T0, { review: 'auto_stopped' }));
    await updateEntry(db, 'entry-0001', { outcomeId: 'abouti' }, T0 + 5, defaultWorkingDay);
    expect(await db.entries.get('entry-0001')).toMatchObject({ review: 'auto_stopped' });
    await updateEntry(db, 'entry-0001', { reviewed: true }, T0 + 6, defaultWorkingDay);
    expect(await db.entries.get('entry-0001')).not.toHaveProperty('review');
  });

  it('reports an unknown entry and changes nothing', async () => {
    const db = freshDb();
    await addEntry(db, entry(1, T0));
    const before = await dumpDb(db);
    expect(await updateEntry(db, 'entry-9999', { modeId: 'faire_ensemble' }, T0, defaultWorkingDay)).toEqual({
      ok: false,
      error: 'entry_not_found',
    });
    expect(await deleteEntry(db, 'entry-9999', T0)).toBe(false);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('deletes an entry and keeps its frictions, detached', async () => {
    const db = freshDb();
    await addEntry(db, entry(1, T0));
    await addFriction(db, friction(1, T0 + 60_000, 'entry-0001'));
    expect(await deleteEntry(db, 'entry-0001', T0)).toBe(true);
    expect(await db.entries.count()).toBe(0);
    expect(await db.frictions.get('friction-0001')).toMatchObject({ entryId: null });
  });
});

describe('frictions repository', () => {
  it('lists frictions of a time range', async () => {
    const db = freshDb();
    await addFriction(db, friction(1, T0, null));
    await addFriction(db, friction(2, T0 + HOUR, null));
    expect((await frictionsBetween(db, T0, T0 + HOUR)).map((f) => f.id)).toEqual(['friction-0001']);
  });

  it('dismisses a friction and confirms it again, never deleting it', async () => {
    const db = freshDb();
    await addFriction(db, friction(1, T0, null));
    expect(await setFrictionStatus(db, 'friction-0001', 'dismissed')).toBe(true);
    expect(await db.frictions.get('friction-0001')).toMatchObject({ status: 'dismissed' });
    expect(await setFrictionStatus(db, 'friction-0001', 'confirmed')).toBe(true);
    expect(await db.frictions.get('friction-0001')).toMatchObject({ status: 'confirmed' });
    expect(await setFrictionStatus(db, 'friction-9999', 'dismissed')).toBe(false);
  });
});

describe('page queries', () => {
  it('read the day in one snapshot, timer included', async () => {
    const db = freshDb();
    await addEntry(db, entry(1, T0));
    await addEntry(db, entry(2, T0 - 24 * HOUR));
    await addFriction(db, friction(1, T0 + 60_000, 'entry-0001'));
    const snapshot = await daySnapshot(db, T0, T0 + 24 * HOUR);
    expect(snapshot.timer).toEqual({ status: 'idle' });
    expect(snapshot.entries.map((e) => e.id)).toEqual(['entry-0001']);
    expect(snapshot.frictions.map((f) => f.id)).toEqual(['friction-0001']);
  });

  it('show a timer row of unknown status as idle', async () => {
    const db = freshDb();
    await db.timer.put({ key: 'current', state: { status: 'exploded' } as never });
    expect(await peekTimer(db)).toEqual({ status: 'idle' });
  });
});

describe('timer store', () => {
  it('reads idle when nothing is stored, and reads back what was written', async () => {
    const db = freshDb();
    expect(await readTimer(db)).toEqual({ status: 'idle' });
    const running = {
      status: 'running',
      entryId: 'entry-0001',
      startedAt: T0,
      segmentStartedAt: T0,
      accumulatedMs: 0,
      details: emptyDetails,
    } as const;
    await writeTimer(db, running);
    expect(await readTimer(db)).toEqual(running);
  });

  it('reads an unreadable row as idle without overwriting it', async () => {
    const db = freshDb();
    await db.timer.put({ key: 'current', state: { status: 'running' } as never });
    expect(await readTimer(db)).toEqual({ status: 'idle' });
    expect((await db.timer.get('current'))?.state).toEqual({ status: 'running' });
  });
});
