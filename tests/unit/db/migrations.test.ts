import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ContretempsDB } from '../../../lib/db/database';
import { currentVersion, schemaVersions } from '../../../lib/db/migrations';
import { readTimer } from '../../../lib/db/timer-store';
import { EntrySchema, FrictionSchema } from '../../../lib/model/records';
import { TimerStateSchema } from '../../../lib/model/timer-state-schema';
import { SettingsSchema } from '../../../lib/settings/schema';
import { readSettings } from '../../../lib/settings/store';
import v1 from '../../fixtures/db/v1.json';
import v2 from '../../fixtures/db/v2.json';

// Each fixture is a frozen copy of an old schema and its rows: it is written
// with its own store definitions, then opened by the current code, which must
// run every migration in a row and read every row.
const fixtures = [v1, v2];

describe('database migrations', () => {
  it('declares versions in increasing order, the fixtures covering each one', () => {
    const versions = schemaVersions.map((s) => s.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(fixtures.map((f) => f.version)).toEqual(versions);
  });

  for (const fixture of fixtures) {
    it(`opens a version ${fixture.version} database and reads every row with the current schemas`, async () => {
      const name = `migration-v${fixture.version}`;
      const old = new Dexie(name);
      old.version(fixture.version).stores(fixture.stores);
      await old.open();
      for (const [table, rows] of Object.entries(fixture.rows)) await old.table(table).bulkAdd(rows as object[]);
      old.close();

      const db = new ContretempsDB(name);
      await db.open();
      expect(db.verno).toBe(currentVersion);
      const entries = await db.entries.toArray();
      const frictions = await db.frictions.toArray();
      expect(entries).toHaveLength(fixture.rows.entries.length);
      expect(frictions).toHaveLength(fixture.rows.frictions.length);
      for (const e of entries) EntrySchema.parse(e);
      for (const f of frictions) FrictionSchema.parse(f);
      const timer = await readTimer(db);
      expect(TimerStateSchema.parse(timer)).toEqual(fixture.rows.timer[0]?.state);
      // Settings written by an older version read back complete, defaults filled in.
      const settings = await readSettings(db);
      expect(SettingsSchema.parse(settings)).toEqual(settings);
      db.close();
    });
  }
});
