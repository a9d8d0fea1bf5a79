import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { eraseEverything } from '../../../lib/backup/erase';
import { makeBackup } from '../../../lib/backup/export';
import { readBackup } from '../../../lib/backup/read';
import { restoreBackup } from '../../../lib/backup/restore';
import { ContretempsDB } from '../../../lib/db/database';
import { currentVersion, schemaVersions } from '../../../lib/db/migrations';
import { readTimer } from '../../../lib/db/timer-store';
import { DemoMarkerRowSchema } from '../../../lib/demo/marker';
import { ProbeTabRowSchema } from '../../../lib/model/probe-tab';
import { EntrySchema, FrictionSchema } from '../../../lib/model/records';
import { SiteTimeRowSchema } from '../../../lib/model/site-time';
import { SummaryRecordSchema } from '../../../lib/model/summary-record';
import { TimerStateSchema } from '../../../lib/model/timer-state-schema';
import { TrashRowSchema } from '../../../lib/model/trash';
import { SettingsSchema } from '../../../lib/settings/schema';
import { readSettings } from '../../../lib/settings/store';
import { z } from '../../../lib/zod';
import v1 from '../../fixtures/db/v1.json';
import v2 from '../../fixtures/db/v2.json';
import v3 from '../../fixtures/db/v3.json';
import v4 from '../../fixtures/db/v4.json';
import { dumpAll } from '../../helpers/backup-data';

// Each fixture is a frozen copy of an old schema and its rows: it is written
// with its own store definitions, then opened by the current code, which must
// run every migration in a row. Every record of every store is then read back
// and compared with what the fixture expects (`expected`, or the rows
// themselves when the migrations leave them as they were), and each must be
// valid for its store's strict schema: a record that survived only as a
// fallback to defaults fails.
interface Fixture {
  version: number;
  stores: Record<string, string>;
  rows: Record<string, unknown[]>;
  expected?: Record<string, unknown[]>;
}
const fixtures: Fixture[] = [v1, v2, v3, v4];

/** The strict schema of every store's records. A new store must be added here. */
const storeSchemas: Record<string, z.ZodType> = {
  entries: EntrySchema,
  frictions: FrictionSchema,
  timer: z.object({ key: z.literal('current'), state: TimerStateSchema }).strict(),
  // The settings row, and the demo's marker (which site-time rows it wrote).
  settings: z.union([
    z.object({ key: z.literal('settings'), value: SettingsSchema.strict() }).strict(),
    DemoMarkerRowSchema,
  ]),
  probeTabs: ProbeTabRowSchema,
  siteTime: SiteTimeRowSchema,
  trash: TrashRowSchema,
  summaries: SummaryRecordSchema,
};

async function writeFixture(name: string, fixture: Fixture): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.rows)) await old.table(table).bulkAdd(rows as object[]);
  old.close();
}

describe('database migrations', () => {
  it('declares versions in increasing order, the fixtures covering each one', () => {
    const versions = schemaVersions.map((s) => s.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(fixtures.map((f) => f.version)).toEqual(versions);
  });

  it('knows the strict schema of every store of the current database', () => {
    const db = new ContretempsDB('migration-stores');
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(storeSchemas).sort());
  });

  for (const fixture of fixtures) {
    it(`opens a version ${fixture.version} database and reads back every record of every store`, async () => {
      const name = `migration-v${fixture.version}`;
      await writeFixture(name, fixture);
      const db = new ContretempsDB(name);
      await db.open();
      expect(db.verno).toBe(currentVersion);
      let records = 0;
      for (const table of db.tables) {
        const stored = await table.toArray();
        const expected = fixture.expected?.[table.name] ?? fixture.rows[table.name] ?? [];
        expect(stored, table.name).toEqual(expected);
        const schema = storeSchemas[table.name] as z.ZodType;
        for (const record of stored) expect(schema.safeParse(record).error, table.name).toBeUndefined();
        records += stored.length;
      }
      expect(records).toBe(Object.values(fixture.rows).flat().length);
      // What the services read is what was stored, not a fallback to defaults.
      const settingsRow = fixture.rows.settings?.[0] as { value: unknown } | undefined;
      expect(await readSettings(db)).toEqual(SettingsSchema.parse(settingsRow?.value ?? {}));
      const timerRow = fixture.rows.timer?.[0] as { state: unknown } | undefined;
      expect(await readTimer(db)).toEqual(timerRow?.state ?? { status: 'idle' });
      // Every migrated record goes into a backup that is accepted, and comes back from it as it was.
      const backup = readBackup(JSON.stringify(await makeBackup(db, 0)));
      expect(backup.ok && backup.backup.data.entries.length).toBe(
        (fixture.expected ?? fixture.rows).entries?.length ?? 0,
      );
      // The settings row comes back whole (every default written out): what it reads as is the same.
      const kept = ['timer', 'probeTabs', 'settings'];
      const migrated = await dumpAll(db, kept);
      const settings = await readSettings(db);
      const demo = await db.settings.get('demo');
      await eraseEverything(db);
      if (backup.ok) await restoreBackup(db, backup.backup);
      expect(await dumpAll(db, kept)).toEqual(migrated);
      expect(await readSettings(db)).toEqual(settings);
      expect(await db.settings.get('demo')).toEqual(demo);
      db.close();
    });
  }
});
