// Loading and removing the demo data: only into an empty database, all at once;
// removed to the last record, and only its own records.
import { describe, expect, it } from 'vitest';
import { splitEntry } from '../../../lib/db/corrections';
import { loadDemo, removeDemo } from '../../../lib/db/demo';
import { readDemoPresence } from '../../../lib/db/demo-live';
import { generateDemo, isDemo } from '../../../lib/demo/generate';
import type { Entry, Friction } from '../../../lib/model/records';
import { dumpDb, freshDb } from '../../helpers/db';

const NOW = Date.UTC(2026, 10, 25, 14, 0);
const data = generateDemo({ now: NOW, timeZone: 'Europe/Paris', seed: 3 });

const realEntry: Entry = {
  id: '6f1c2a9e-real-entry',
  organisationId: 'caf',
  procedureId: 'caf_compte',
  modeId: 'faire_ensemble',
  reasonIds: [],
  outcomeId: 'abouti',
  start: NOW - 20 * 60_000,
  end: NOW - 5 * 60_000,
  activeMs: 15 * 60_000,
  source: 'timer',
  createdAt: NOW,
  updatedAt: NOW,
};
const realFriction: Friction = {
  id: '6f1c2a9e-real-friction',
  at: NOW - 10 * 60_000,
  organisationId: 'caf',
  kind: 'mdp_oublie',
  detection: 'manual',
  status: 'confirmed',
  entryId: realEntry.id,
  loginMs: null,
};

async function everything(db: ReturnType<typeof freshDb>) {
  return { ...(await dumpDb(db)), siteTime: await db.siteTime.toArray(), settings: await db.settings.toArray() };
}

describe('demo data in the database', () => {
  it('loads every record into an empty database and says how many', async () => {
    const db = freshDb();
    expect(await readDemoPresence(db)).toEqual({ empty: true, demoEntries: 0, demoFrictions: 0, marker: false });
    const result = await loadDemo(db, data);
    expect(result).toEqual({
      ok: true,
      counts: { entries: data.entries.length, frictions: data.frictions.length, siteTime: data.siteTime.length },
    });
    expect(await db.entries.count()).toBe(data.entries.length);
    expect(await db.siteTime.count()).toBe(data.siteTime.length);
    expect(await readDemoPresence(db)).toEqual({
      empty: false,
      demoEntries: data.entries.length,
      demoFrictions: data.frictions.length,
      marker: true,
    });
  });

  it.each([
    ['an entry', (db: ReturnType<typeof freshDb>) => db.entries.add(realEntry)],
    ['a friction', (db: ReturnType<typeof freshDb>) => db.frictions.add({ ...realFriction, entryId: null })],
    [
      'a site-time row',
      (db: ReturnType<typeof freshDb>) => db.siteTime.add({ day: '2026-11-20', organisationId: 'caf', ms: 60_000 }),
    ],
  ])('refuses to load when the database holds %s, and changes nothing', async (_name, seed) => {
    const db = freshDb();
    await seed(db);
    const before = await everything(db);
    expect(await loadDemo(db, data)).toEqual({ ok: false, error: 'demo_not_empty' });
    expect(await everything(db)).toEqual(before);
  });

  it('refuses a second load (the demo is already there)', async () => {
    const db = freshDb();
    await loadDemo(db, data);
    const before = await everything(db);
    expect(await loadDemo(db, data)).toMatchObject({ ok: false });
    expect(await everything(db)).toEqual(before);
  });

  it('removes every demo record and its site time, and leaves the real ones made since', async () => {
    const db = freshDb();
    await loadDemo(db, data);
    // Real work recorded while the demo is there: an entry, its friction, today's site time.
    await db.entries.add(realEntry);
    await db.frictions.add(realFriction);
    await db.siteTime.add({ day: '2026-11-25', organisationId: 'caf', ms: 120_000 });
    await db.settings.put({ key: 'settings', value: { dedupeMinutes: 5 } });
    // A demo entry deleted by hand waits in the trash.
    const deleted = data.entries[0] as Entry;
    await db.trash.add({ id: deleted.id, deletedAt: NOW, entry: deleted, frictionIds: [] });

    expect(await removeDemo(db)).toEqual({
      entries: data.entries.length,
      frictions: data.frictions.length,
      siteTime: data.siteTime.length,
    });
    expect(await db.entries.toArray()).toEqual([realEntry]);
    expect(await db.frictions.toArray()).toEqual([realFriction]);
    expect(await db.siteTime.toArray()).toEqual([{ day: '2026-11-25', organisationId: 'caf', ms: 120_000 }]);
    expect(await db.trash.count()).toBe(0);
    expect(await db.settings.toArray()).toEqual([{ key: 'settings', value: { dedupeMinutes: 5 } }]);
    expect(await readDemoPresence(db)).toEqual({ empty: false, demoEntries: 0, demoFrictions: 0, marker: false });
  });

  it('a demo entry split in two stays demo in both parts, and goes with the demo', async () => {
    const db = freshDb();
    await loadDemo(db, data);
    const entry = data.entries[1] as Entry;
    const split = await splitEntry(
      db,
      entry.id,
      entry.start + 60_000,
      NOW,
      () => '0b7e1f9c-4d2a-4c3e-9f10-2a7b5c8d9e01',
    );
    expect(split.ok && split.value.every(isDemo)).toBe(true);
    await removeDemo(db);
    expect(await db.entries.count()).toBe(0);
  });

  it('removing twice, or with no demo, removes nothing more', async () => {
    const db = freshDb();
    await db.entries.add(realEntry);
    await loadDemo(db, { entries: [], frictions: [], siteTime: [] });
    expect(await removeDemo(db)).toEqual({ entries: 0, frictions: 0, siteTime: 0 });
    expect(await removeDemo(db)).toEqual({ entries: 0, frictions: 0, siteTime: 0 });
    expect(await db.entries.toArray()).toEqual([realEntry]);
  });
});
