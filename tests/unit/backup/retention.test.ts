// Retention: the records older than the period are deleted, exactly those,
// the cut falling at local midnight in Paris whatever daylight-saving change
// lies in between (tests run in Europe/Paris).
import { describe, expect, it } from 'vitest';
import { retentionCutoff } from '../../../lib/core/retention-cutoff';
import { purgeOlderThan } from '../../../lib/db/retention';
import { freshDb } from '../../helpers/db';
import { entryAt, frictionAt } from '../../helpers/records';

/** Epoch ms of a Paris wall-clock time given with its offset. */
const at = (iso: string) => new Date(iso).getTime();

describe('where retention cuts', () => {
  it('is local midnight of the same day, months before, across the spring change (29 March 2026)', () => {
    // 5 April 2026 (summer time, +02:00), one month back: 5 March at midnight, winter time (+01:00).
    expect(retentionCutoff(at('2026-04-05T10:00:00+02:00'), 1)).toBe(at('2026-03-05T00:00:00+01:00'));
  });

  it('is local midnight of the same day, months before, across the autumn change (25 October 2026)', () => {
    expect(retentionCutoff(at('2026-11-02T08:00:00+01:00'), 1)).toBe(at('2026-10-02T00:00:00+02:00'));
    expect(retentionCutoff(at('2026-11-02T00:30:00+01:00'), 12)).toBe(at('2025-11-02T00:00:00+01:00'));
  });

  it('takes the last day of a shorter month', () => {
    expect(retentionCutoff(at('2026-03-31T12:00:00+02:00'), 1)).toBe(at('2026-02-28T00:00:00+01:00'));
  });
});

describe('the retention purge', () => {
  it('detaches a kept friction whose entry began before the cut (it links to nothing missing)', async () => {
    const db = freshDb();
    const cutoff = retentionCutoff(at('2026-04-05T10:00:00+02:00'), 1);
    // An entry that began just before the cut; its friction came just after.
    await db.entries.add(entryAt(cutoff - 60_000, 600_000, 'entry-old-0001'));
    await db.frictions.add(frictionAt(1, cutoff + 60_000, 'entry-old-0001'));
    await purgeOlderThan(db, cutoff);
    expect(await db.entries.count()).toBe(0);
    expect((await db.frictions.toArray()).map((f) => f.entryId)).toEqual([null]);
  });

  it('removes exactly the entries, frictions, site time and trashed entries before the cut', async () => {
    const db = freshDb();
    const cutoff = retentionCutoff(at('2026-04-05T10:00:00+02:00'), 1);
    const before = cutoff - 1;
    // In the hour the spring change would shift if the cut were counted in milliseconds.
    const justAfter = at('2026-03-05T00:30:00+01:00');
    await db.entries.bulkAdd([entryAt(before, 1000, 'entry-old-0001'), entryAt(cutoff, 1000, 'entry-kept-001')]);
    await db.entries.add(entryAt(justAfter, 1000, 'entry-kept-002'));
    await db.frictions.bulkAdd([frictionAt(1, before, null), frictionAt(2, cutoff, null)]);
    await db.siteTime.bulkAdd([
      { day: '2026-03-04', organisationId: 'caf', ms: 5 },
      { day: '2026-03-05', organisationId: 'caf', ms: 6 },
    ]);
    const old = entryAt(before - 1000, 1000, 'entry-trash-01');
    await db.trash.add({ id: old.id, deletedAt: cutoff + 5, entry: old, frictionIds: [] });
    await db.settings.put({
      key: 'demo',
      value: {
        siteTime: [
          ['2026-03-04', 'caf'],
          ['2026-03-05', 'caf'],
        ],
      },
    });

    expect(await purgeOlderThan(db, cutoff)).toEqual({ entries: 1, frictions: 1, siteTime: 1, trash: 1 });
    expect((await db.entries.toArray()).map((e) => e.id).sort()).toEqual(['entry-kept-001', 'entry-kept-002']);
    expect((await db.frictions.toArray()).map((f) => f.at)).toEqual([cutoff]);
    expect((await db.siteTime.toArray()).map((r) => r.day)).toEqual(['2026-03-05']);
    expect(await db.trash.count()).toBe(0);
    expect(await db.settings.get('demo')).toEqual({ key: 'demo', value: { siteTime: [['2026-03-05', 'caf']] } });
  });
});
