// The popup's first read (bare IndexedDB) carries the counsellor's working day,
// so « Arrêter à quelle heure ? » offers the end of day set in the options.
import { describe, expect, it } from 'vitest';
import { defaultWorkingDay, workingDayFromRow } from '../../../lib/core/working-day';
import { ContretempsDB } from '../../../lib/db/database';
import { readDaySnapshot } from '../../../lib/db/raw-snapshot';

const NAME = 'raw-snapshot-working-day';

describe('the popup’s first read', () => {
  it('reads the working day from the stored settings', async () => {
    const db = new ContretempsDB(NAME, { indexedDB, IDBKeyRange });
    await db.settings.put({ key: 'settings', value: { endOfDay: '17:15', maxEntryHours: 6, siteTime: true } });
    db.close();
    const snapshot = await readDaySnapshot(indexedDB, NAME, 0, Date.now());
    expect(snapshot?.workingDay).toEqual({ endOfDay: '17:15', maxEntryHours: 6 });
  });

  it('reads the default working day when nothing was set', async () => {
    const db = new ContretempsDB(`${NAME}-empty`, { indexedDB, IDBKeyRange });
    await db.open();
    db.close();
    expect((await readDaySnapshot(indexedDB, `${NAME}-empty`, 0, Date.now()))?.workingDay).toEqual(defaultWorkingDay);
  });
});

describe('the working day out of a settings row', () => {
  it('takes each field that makes sense, and the default for the others', () => {
    expect(workingDayFromRow({ endOfDay: '25:00', maxEntryHours: 3 })).toEqual({ endOfDay: '18:30', maxEntryHours: 3 });
    expect(workingDayFromRow({ endOfDay: '08:45', maxEntryHours: 0.5 })).toEqual({
      endOfDay: '08:45',
      maxEntryHours: 4,
    });
    expect(workingDayFromRow(null)).toEqual(defaultWorkingDay);
  });
});
