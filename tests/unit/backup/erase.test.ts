// « Tout effacer » and erasing the site time recorded: all at once, and the
// extension works as new afterwards.
import { describe, expect, it } from 'vitest';
import { eraseEverything, eraseSiteTime } from '../../../lib/backup/erase';
import { defaultSettings } from '../../../lib/settings/schema';
import { readSettings } from '../../../lib/settings/store';
import { dumpAll, fillDb } from '../../helpers/backup-data';
import { freshDb } from '../../helpers/db';
import { entryAt } from '../../helpers/records';

describe('Tout effacer', () => {
  it('leaves an empty database and the default settings, and the next write works', async () => {
    const db = freshDb();
    await fillDb(db);
    await eraseEverything(db);
    const dump = await dumpAll(db);
    for (const [store, rows] of Object.entries(dump)) expect(rows, store).toEqual([]);
    expect(await readSettings(db)).toEqual(defaultSettings);
    await db.entries.add(entryAt(1_000_000, 1000, 'entry-after-01'));
    expect(await db.entries.count()).toBe(1);
  });

  it('changes nothing when it fails halfway', async () => {
    const db = freshDb();
    await fillDb(db);
    const before = await dumpAll(db);
    // The fourth store cannot be emptied: the three before it must come back.
    const table = db.tables[3];
    if (!table) throw new Error('no fourth store');
    const clear = table.clear.bind(table);
    table.clear = (() => Promise.reject(new Error('disk'))) as unknown as typeof table.clear;
    await expect(eraseEverything(db)).rejects.toThrow();
    table.clear = clear;
    expect(await dumpAll(db)).toEqual(before);
  });
});

describe('erasing the site time recorded', () => {
  it('removes every row and empties the demo marker, nothing else', async () => {
    const db = freshDb();
    await fillDb(db);
    const before = await dumpAll(db, ['siteTime', 'settings']);
    const rows = await db.siteTime.count();
    expect(await eraseSiteTime(db)).toBe(rows);
    expect(await db.siteTime.count()).toBe(0);
    expect(await db.settings.get('demo')).toEqual({ key: 'demo', value: { siteTime: [] } });
    expect(await dumpAll(db, ['siteTime', 'settings'])).toEqual(before);
  });
});
