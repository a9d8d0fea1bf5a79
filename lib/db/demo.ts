// Writes the demonstration data and removes it, each in one transaction. Loading
// is only for an empty database (no entry, friction or site time): the demo can
// never mix with, or be mistaken for, real work. Removing deletes every record
// whose id starts with `demo-` and the site-time rows the demo wrote (remembered
// in the settings store under key 'demo'), and nothing else.
import type { DemoData } from '../demo/generate';
import { DEMO_PREFIX } from '../demo/ids';
import { type DemoMarkerRow, DemoMarkerRowSchema } from '../demo/marker';
import { EntrySchema, FrictionSchema } from '../model/records';
import { SiteTimeRowSchema } from '../model/site-time';
import type { ContretempsDB } from './database';
import { readDemoPresence } from './demo-live';

export interface DemoCounts {
  entries: number;
  frictions: number;
  siteTime: number;
}

export type DemoLoadResult = { ok: true; counts: DemoCounts } | { ok: false; error: 'demo_not_empty' };

export async function loadDemo(db: ContretempsDB, data: DemoData): Promise<DemoLoadResult> {
  // Checked before anything is written: a generator slip fails here, not half-stored.
  const entries = data.entries.map((e) => EntrySchema.parse(e));
  const frictions = data.frictions.map((f) => FrictionSchema.parse(f));
  const siteTime = data.siteTime.map((r) => SiteTimeRowSchema.parse(r));
  const marker: DemoMarkerRow = DemoMarkerRowSchema.parse({
    key: 'demo',
    value: { siteTime: siteTime.map((r) => [r.day, r.organisationId]) },
  });
  return db.transaction('rw', [db.entries, db.frictions, db.siteTime, db.settings], async () => {
    if (!(await readDemoPresence(db)).empty) return { ok: false, error: 'demo_not_empty' } as const;
    await db.entries.bulkAdd(entries);
    await db.frictions.bulkAdd(frictions);
    await db.siteTime.bulkAdd(siteTime);
    await db.settings.put(marker);
    return { ok: true, counts: { entries: entries.length, frictions: frictions.length, siteTime: siteTime.length } };
  });
}

/** Removes every demo record; the counsellor's own are left as they are. Idempotent. */
export function removeDemo(db: ContretempsDB): Promise<DemoCounts> {
  return db.transaction('rw', [db.entries, db.frictions, db.siteTime, db.settings, db.trash], async () => {
    const entries = await db.entries.where('id').startsWith(DEMO_PREFIX).delete();
    const frictions = await db.frictions.where('id').startsWith(DEMO_PREFIX).delete();
    // A demo entry deleted by hand waits in the trash: it goes too.
    await db.trash.where('id').startsWith(DEMO_PREFIX).delete();
    const marker = DemoMarkerRowSchema.safeParse(await db.settings.get('demo'));
    const keys = marker.success ? marker.data.value.siteTime : [];
    await db.siteTime.bulkDelete(keys);
    await db.settings.delete('demo');
    return { entries, frictions, siteTime: keys.length };
  });
}
