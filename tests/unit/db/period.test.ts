// The dashboard's read of a period: what started in it, what ran into it from
// the day before, its frictions and site time, and nothing else.
import { describe, expect, it } from 'vitest';
import { readPeriod, watchPeriod } from '../../../lib/db/period';
import { freshDb } from '../../helpers/db';
import { entryAt, frictionAt } from '../../helpers/records';

const H = 60 * 60_000;
/** Monday 23 November 2026, 00:00 in Paris, and the next Monday. */
const from = new Date('2026-11-23T00:00:00+01:00').getTime();
const to = from + 7 * 24 * H;
const period = { from, to, fromDay: '2026-11-23', toDay: '2026-11-30' };

async function seeded() {
  const db = freshDb();
  await db.entries.bulkAdd([
    entryAt(from - 30 * H, H, 'entry-long-before'),
    entryAt(from - 3 * H, H, 'entry-ended-before'),
    entryAt(from - H, 2 * H, 'entry-ran-into'),
    entryAt(from + 10 * H, H, 'entry-inside'),
    entryAt(to, H, 'entry-next-week'),
  ]);
  await db.frictions.bulkAdd([frictionAt(1, from - 1, null), frictionAt(2, from, null), frictionAt(3, to, null)]);
  await db.siteTime.bulkAdd([
    { day: '2026-11-22', organisationId: 'imilo', ms: H },
    { day: '2026-11-23', organisationId: 'imilo', ms: 2 * H },
    { day: '2026-11-29', organisationId: 'caf', ms: H },
    { day: '2026-11-30', organisationId: 'caf', ms: H },
  ]);
  return db;
}

describe('readPeriod', () => {
  it('reads the entries that started in the period or ran into it, its frictions and its days of site time', async () => {
    const data = await readPeriod(await seeded(), period);
    expect(data.entries.map((e) => e.id)).toEqual(['entry-ran-into', 'entry-inside']);
    expect(data.frictions.map((f) => f.id)).toEqual(['friction-0002']);
    expect(data.siteTime.map((r) => r.day)).toEqual(['2026-11-23', '2026-11-29']);
  });

  it('follows writes made after the first read', async () => {
    const db = await seeded();
    const seen: number[] = [];
    const stop = watchPeriod(
      db,
      period,
      (d) => seen.push(d.entries.length),
      (e) => {
        throw e;
      },
    );
    await expect.poll(() => seen.at(-1)).toBe(2);
    await db.entries.add(entryAt(from + 30 * H, H, 'entry-added'));
    await expect.poll(() => seen.at(-1)).toBe(3);
    stop();
  });
});
