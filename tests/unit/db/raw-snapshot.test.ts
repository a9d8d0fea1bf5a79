// The popup's day read (Dexie, after the first paint) carries the counsellor's
// working day, so « Arrêter à quelle heure ? » offers the end of day set in the
// options; the bare first read does not pay for it before the first paint.
import { describe, expect, it } from 'vitest';
import { defaultWorkingDay, workingDayFromRow } from '../../../lib/core/working-day';
import { ContretempsDB } from '../../../lib/db/database';
import { daySnapshot } from '../../../lib/db/queries';
import { readDaySnapshot } from '../../../lib/db/raw-snapshot';

const NAME = 'raw-snapshot-working-day';

describe('the popup’s day read', () => {
  it('reads the working day from the stored settings, and the first read leaves it for later', async () => {
    const db = new ContretempsDB(NAME, { indexedDB, IDBKeyRange });
    await db.settings.put({ key: 'settings', value: { endOfDay: '17:15', maxEntryHours: 6, siteTime: true } });
    expect((await daySnapshot(db, 0, Date.now())).workingDay).toEqual({ endOfDay: '17:15', maxEntryHours: 6 });
    db.close();
    const first = await readDaySnapshot(indexedDB, NAME, 0, Date.now());
    expect(first?.timer).toEqual({ status: 'idle' });
    expect(first?.workingDay).toBeUndefined();
  });

  it('reads the default working day when nothing was set', async () => {
    const db = new ContretempsDB(`${NAME}-empty`, { indexedDB, IDBKeyRange });
    expect((await daySnapshot(db, 0, Date.now())).workingDay).toEqual(defaultWorkingDay);
    db.close();
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
