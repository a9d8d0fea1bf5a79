import { describe, expect, it } from 'vitest';
import { defaultWorkingDay } from '../../../lib/core/working-day';
import { addManualEntry, entriesToReview, splitEntry } from '../../../lib/db/corrections';
import { emptyDetails } from '../../../lib/db/details';
import { addEntry, deleteEntry, purgeTrash, readTrash, restoreEntry, updateEntry } from '../../../lib/db/entries';
import { addFriction } from '../../../lib/db/frictions';
import type { Entry, EntryDetails } from '../../../lib/model/records';
import { dumpDb, freshDb, sequentialIds } from '../../helpers/db';
import { frictionAt } from '../../helpers/records';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
// Local times, so the working day (18:30 by default) reads the same in any time zone.
const NINE = new Date(2026, 10, 24, 9, 0).getTime();
const NOON = new Date(2026, 10, 24, 12, 0).getTime();

const full: EntryDetails = {
  organisationId: 'caf',
  procedureId: 'apl_demande',
  modeId: 'faire_ensemble',
  reasonIds: [],
  outcomeId: 'abouti',
};

function entry(n: number, extra: Partial<Entry> = {}): Entry {
  return {
    id: `entry-${String(n).padStart(4, '0')}`,
    start: NINE,
    end: NINE + 40 * MINUTE,
    activeMs: 30 * MINUTE,
    ...full,
    source: 'timer',
    createdAt: NINE,
    updatedAt: NINE,
    ...extra,
  };
}

const friction = frictionAt;

describe('the trash', () => {
  it('delete then undo restores the entry and its frictions exactly', async () => {
    const db = freshDb();
    await addEntry(db, entry(1, { review: 'forgotten' }));
    await addFriction(db, friction(1, NINE + MINUTE, 'entry-0001'));
    await addFriction(db, friction(2, NINE + 2 * MINUTE, null));
    const before = await dumpDb(db);
    expect(await deleteEntry(db, 'entry-0001', NOON)).toBe(true);
    expect(await db.entries.count()).toBe(0);
    expect(await db.frictions.get('friction-0001')).toMatchObject({ entryId: null });
    expect(await readTrash(db, NOON)).toMatchObject([{ id: 'entry-0001', deletedAt: NOON }]);
    expect(await restoreEntry(db, 'entry-0001')).toEqual(before.entries[0]);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('restoring twice changes nothing the second time', async () => {
    const db = freshDb();
    await addEntry(db, entry(1));
    await deleteEntry(db, 'entry-0001', NOON);
    await restoreEntry(db, 'entry-0001');
    const once = await dumpDb(db);
    expect(await restoreEntry(db, 'entry-0001')).toBeNull();
    expect(await dumpDb(db)).toEqual(once);
  });

  it('keeps deleted entries 30 days, then forgets them', async () => {
    const db = freshDb();
    await addEntry(db, entry(1));
    await addEntry(db, entry(2));
    await deleteEntry(db, 'entry-0001', NOON);
    await deleteEntry(db, 'entry-0002', NOON + DAY);
    expect(await purgeTrash(db, NOON + 30 * DAY)).toBe(0);
    expect((await readTrash(db, NOON + 30 * DAY + 1)).map((r) => r.id)).toEqual(['entry-0002']);
    expect(await restoreEntry(db, 'entry-0001')).toBeNull();
  });
});

describe('a procedure recorded after the fact', () => {
  const now = NOON;
  const ids = sequentialIds('man');
  const add = (db = freshDb(), start = NINE, activeMs = 20 * MINUTE, details = full) =>
    addManualEntry(db, { details, start, activeMs }, defaultWorkingDay, now, ids);

  it('is stored as manual, flagged incomplete only when details are missing', async () => {
    const db = freshDb();
    const done = await add(db);
    expect(done).toMatchObject({ ok: true, value: { source: 'manual', start: NINE, end: NINE + 20 * MINUTE } });
    expect(done.ok && done.value.review).toBeUndefined();
    expect(await add(db, NINE, 5 * MINUTE, emptyDetails)).toMatchObject({ ok: true, value: { review: 'incomplete' } });
    expect(await db.entries.count()).toBe(2);
  });

  it('is refused, with nothing written, when empty, in the future, too long or past the working day', async () => {
    const db = freshDb();
    const late = new Date(2026, 10, 23, 18, 0).getTime();
    expect(await add(db, NINE, 0)).toEqual({ ok: false, error: 'entry_empty' });
    expect(await add(db, NOON - 10 * MINUTE, 20 * MINUTE)).toEqual({ ok: false, error: 'entry_in_future' });
    expect(await add(db, late - 5 * 60 * MINUTE, 5 * 60 * MINUTE)).toEqual({ ok: false, error: 'entry_too_long' });
    expect(await add(db, late, 40 * MINUTE)).toEqual({ ok: false, error: 'entry_after_day_end' });
    expect(await db.entries.count()).toBe(0);
  });
});

describe('splitting an entry', () => {
  it('makes two entries whose active times add up to the original, frictions following their part', async () => {
    const db = freshDb();
    await addEntry(db, entry(1));
    await addFriction(db, friction(1, NINE + 5 * MINUTE, 'entry-0001'));
    await addFriction(db, friction(2, NINE + 30 * MINUTE, 'entry-0001'));
    const result = await splitEntry(db, 'entry-0001', NINE + 10 * MINUTE, NOON, sequentialIds('split'));
    if (!result.ok) throw new Error(result.error);
    const [first, second] = result.value;
    expect(first).toMatchObject({ id: 'entry-0001', start: NINE, end: NINE + 10 * MINUTE });
    expect(second).toMatchObject({ start: NINE + 10 * MINUTE, end: NINE + 40 * MINUTE, procedureId: 'apl_demande' });
    expect(first.activeMs + second.activeMs).toBe(30 * MINUTE);
    expect(await db.entries.count()).toBe(2);
    expect((await db.frictions.get('friction-0001'))?.entryId).toBe('entry-0001');
    expect((await db.frictions.get('friction-0002'))?.entryId).toBe(second.id);
  });

  it('refuses an instant outside the entry and changes nothing', async () => {
    const db = freshDb();
    await addEntry(db, entry(1));
    const before = await dumpDb(db);
    const ids = sequentialIds('split');
    expect(await splitEntry(db, 'entry-0001', NINE, NOON, ids)).toEqual({ ok: false, error: 'split_outside' });
    expect(await splitEntry(db, 'entry-0001', NINE + 40 * MINUTE, NOON, ids)).toEqual({
      ok: false,
      error: 'split_outside',
    });
    expect(await splitEntry(db, 'entry-9999', NINE + MINUTE, NOON, ids)).toEqual({
      ok: false,
      error: 'entry_not_found',
    });
    expect(await dumpDb(db)).toEqual(before);
  });
});

describe('entries to review', () => {
  it('lists every flagged entry, whatever its day, and no other', async () => {
    const db = freshDb();
    await addEntry(db, entry(1, { review: 'auto_stopped', start: NINE - 10 * DAY, end: NINE - 10 * DAY + 1 }));
    await addEntry(db, entry(2));
    await addEntry(db, entry(3, { review: 'uncertain_time' }));
    expect((await entriesToReview(db)).map((e) => [e.id, e.review])).toEqual([
      ['entry-0001', 'auto_stopped'],
      ['entry-0003', 'uncertain_time'],
    ]);
  });
});

describe('moving an entry’s start', () => {
  const day = defaultWorkingDay;

  it('shifts the whole entry: its span and its active time stay', async () => {
    const db = freshDb();
    await addEntry(db, entry(1));
    const result = await updateEntry(db, 'entry-0001', { start: NINE - 45 * MINUTE }, NOON, day);
    expect(result.ok).toBe(true);
    expect(await db.entries.get('entry-0001')).toMatchObject({
      start: NINE - 45 * MINUTE,
      end: NINE - 5 * MINUTE,
      activeMs: 30 * MINUTE,
      updatedAt: NOON,
    });
  });

  it('moves an entry to another day, with a new active time, keeping its flag', async () => {
    const db = freshDb();
    await addEntry(db, entry(1, { review: 'forgotten' }));
    const start = NINE - 2 * DAY + 60 * MINUTE;
    await updateEntry(db, 'entry-0001', { start, activeMs: 50 * MINUTE }, NOON, day);
    expect(await db.entries.get('entry-0001')).toMatchObject({
      start,
      end: start + 50 * MINUTE,
      activeMs: 50 * MINUTE,
      review: 'forgotten',
    });
  });

  it.each([
    ['ending after now', NOON - 20 * MINUTE, 'entry_in_future'],
    ['starting in the future', NOON + DAY, 'entry_in_future'],
    ['ending past the working day (18:30)', NINE - DAY + 9 * 60 * MINUTE + 10 * MINUTE, 'entry_after_day_end'],
  ])('refuses a start %s and changes nothing', async (_name, start, error) => {
    const db = freshDb();
    await addEntry(db, entry(1));
    const before = await dumpDb(db);
    expect(await updateEntry(db, 'entry-0001', { start, outcomeId: 'bloque' }, NOON, day)).toEqual({
      ok: false,
      error,
    });
    expect(await dumpDb(db)).toEqual(before);
  });

  it('takes its frictions along, by as much, and leaves the others where they were', async () => {
    const db = freshDb();
    await addEntry(db, entry(1));
    await addFriction(db, friction(1, NINE + 5 * MINUTE, 'entry-0001'));
    await addFriction(db, friction(2, NINE + 35 * MINUTE, 'entry-0001'));
    await addFriction(db, friction(3, NINE + 6 * MINUTE, null));
    const start = NINE - 2 * DAY;
    await updateEntry(db, 'entry-0001', { start }, NOON, day);
    const at = Object.fromEntries((await db.frictions.toArray()).map((f) => [f.id, f.at]));
    expect(at).toEqual({
      'friction-0001': start + 5 * MINUTE,
      'friction-0002': start + 35 * MINUTE,
      'friction-0003': NINE + 6 * MINUTE,
    });
  });

  it('leaves its frictions where they were when the move is refused', async () => {
    const db = freshDb();
    await addEntry(db, entry(1));
    await addFriction(db, friction(1, NINE + 5 * MINUTE, 'entry-0001'));
    const before = await dumpDb(db);
    expect((await updateEntry(db, 'entry-0001', { start: NOON }, NOON, day)).ok).toBe(false);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('keeps the active time and the end exactly when only the details change', async () => {
    const db = freshDb();
    await addEntry(db, entry(1, { end: NINE + 40 * MINUTE + 17_345, activeMs: 30 * MINUTE + 29_999 }));
    await updateEntry(db, 'entry-0001', { outcomeId: 'bloque' }, NOON, day);
    expect(await db.entries.get('entry-0001')).toMatchObject({
      end: NINE + 40 * MINUTE + 17_345,
      activeMs: 30 * MINUTE + 29_999,
      outcomeId: 'bloque',
    });
  });

  it.each([
    ['after now', 4 * 60 * MINUTE, NOON, 'entry_in_future'],
    ['past the working day (18:30)', 10 * 60 * MINUTE, NOON + DAY, 'entry_after_day_end'],
  ])(
    'refuses a longer active time that would end the entry %s, start unchanged',
    async (_name, activeMs, now, error) => {
      const db = freshDb();
      await addEntry(db, entry(1));
      const before = await dumpDb(db);
      expect(await updateEntry(db, 'entry-0001', { activeMs }, now, day)).toEqual({ ok: false, error });
      expect(await dumpDb(db)).toEqual(before);
    },
  );

  it('checks nothing about the day when the start stays (a correction of its details only)', async () => {
    const db = freshDb();
    // An entry stored before the working day's cap existed, running past 18:30.
    await addEntry(db, entry(1, { start: NINE - DAY, end: NINE - DAY + 11 * 60 * MINUTE }));
    const result = await updateEntry(db, 'entry-0001', { start: NINE - DAY, outcomeId: 'bloque' }, NOON, day);
    expect(result.ok).toBe(true);
  });
});
