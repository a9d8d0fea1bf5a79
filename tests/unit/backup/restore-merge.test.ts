// How a restore merges with what this computer already holds, on the cases
// an independent review found losing data: nothing stored or restored is lost.
import { describe, expect, it } from 'vitest';
import { makeBackup } from '../../../lib/backup/export';
import { type Backup, BackupDataSchema } from '../../../lib/backup/format';
import { restoreBackup } from '../../../lib/backup/restore';
import { restoreEntry } from '../../../lib/db/entries';
import { readSettings, writeSettings } from '../../../lib/settings/store';
import { BACKUP_NOW } from '../../helpers/backup-data';
import { freshDb } from '../../helpers/db';
import { entryAt, frictionAt } from '../../helpers/records';

const W = ['2026-W47'];
const digest = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;

async function backupOf(fill: (db: ReturnType<typeof freshDb>) => Promise<unknown>): Promise<Backup> {
  const db = freshDb();
  await fill(db);
  const backup = await makeBackup(db, BACKUP_NOW);
  db.close();
  return backup;
}

describe('restoring onto a computer that already holds data', () => {
  it('gives team-summary records new ids when theirs are taken, without colliding with its own next ones', async () => {
    const backup = await backupOf(async (db) => {
      await db.summaries.add({ weeks: W, inputs: [digest(1)] } as never);
      await db.summaries.add({ weeks: W, inputs: [digest(2)] } as never);
    });
    const here = freshDb();
    await here.summaries.add({ weeks: W, inputs: [digest(3)] } as never);
    const report = await restoreBackup(here, backup);
    expect(report.summaries.added).toBe(2);
    expect((await here.summaries.toArray()).map((s) => s.inputs[0]).sort()).toEqual([1, 2, 3].map(digest));
  });

  it('never marks a day of site time it did not add as the demonstration’s (« Retirer » would delete it)', async () => {
    const backup = await backupOf(async (db) => {
      await db.siteTime.put({ day: '2026-11-20', organisationId: 'caf', ms: 60_000 });
      await db.settings.put({ key: 'demo', value: { siteTime: [['2026-11-20', 'caf']] } } as never);
    });
    const here = freshDb();
    await here.siteTime.put({ day: '2026-11-20', organisationId: 'caf', ms: 3_600_000 });
    await restoreBackup(here, backup);
    const marker = (await here.settings.get('demo')) as { value: { siteTime: string[][] } } | undefined;
    expect(marker?.value.siteTime ?? []).toEqual([]);
    expect((await here.siteTime.toArray()).map((r) => r.ms)).toEqual([3_600_000]);
  });

  it('keeps the settings here, adds the backup’s own items and the longer retention', async () => {
    const item = { id: 'c_permis', kind: 'procedures', label: 'Permis B', teamCode: 'x-permis-b' };
    const backup = await backupOf(async (db) => {
      const settings = await readSettings(db);
      await writeSettings(db, { ...settings, retentionMonths: 60, customItems: [item] } as never);
    });
    const here = freshDb();
    await writeSettings(here, { ...(await readSettings(here)), language: 'en' } as never);
    const report = await restoreBackup(here, backup);
    expect(report.settings).toBe('merged');
    const settings = await readSettings(here);
    expect(settings.language).toBe('en');
    expect(settings.retentionMonths).toBe(60);
    expect(settings.customItems).toEqual([item]);
  });

  it('leaves an entry deleted here since the backup in the trash, not alive again', async () => {
    const entry = entryAt(BACKUP_NOW - 86_400_000, 300_000, 'entry-deleted-later');
    const backup = await backupOf((db) => db.entries.add(entry));
    const here = freshDb();
    await here.trash.add({ id: entry.id, deletedAt: BACKUP_NOW, entry, frictionIds: [] });
    await restoreBackup(here, backup);
    expect(await here.entries.get(entry.id)).toBeUndefined();
    expect(await here.trash.get(entry.id)).toBeDefined();
  });

  it('brings back detached a friction whose entry is neither here nor in the file, linked the others', async () => {
    const entry = entryAt(BACKUP_NOW - 86_400_000, 300_000, 'entry-in-the-file');
    const backup = await backupOf(async (db) => {
      await db.entries.add(entry);
      await db.frictions.bulkAdd([
        frictionAt(1, entry.start + 1000, entry.id),
        frictionAt(2, entry.start + 2000, 'entry-gone-long-ago'),
      ]);
    });
    const here = freshDb();
    await restoreBackup(here, backup);
    const restored = await here.frictions.toArray();
    expect(restored.map((f) => [f.id, f.entryId])).toEqual([
      ['friction-0001', entry.id],
      ['friction-0002', null],
    ]);
  });

  it('remembers with an entry deleted here since the backup the friction the file links to it', async () => {
    const entry = entryAt(BACKUP_NOW - 86_400_000, 300_000, 'entry-deleted-later');
    const backup = await backupOf(async (db) => {
      await db.entries.add(entry);
      await db.frictions.add(frictionAt(1, entry.start + 1000, entry.id));
    });
    const here = freshDb();
    await here.trash.add({ id: entry.id, deletedAt: BACKUP_NOW, entry, frictionIds: [] });
    await restoreBackup(here, backup);
    expect((await here.frictions.get('friction-0001'))?.entryId).toBeNull();
    // « Annuler la suppression » brings the entry back with it.
    expect(await restoreEntry(here, entry.id)).toEqual(entry);
    expect((await here.frictions.get('friction-0001'))?.entryId).toBe(entry.id);
  });

  it('refuses an entry that ends before it starts, or works longer than it lasts', () => {
    const entry = entryAt(BACKUP_NOW, 60_000, 'entry-odd');
    const data = { entries: [], frictions: [], trash: [], siteTime: [], summaries: [], settings: null, demo: null };
    expect(BackupDataSchema.safeParse({ ...data, entries: [entry] }).success).toBe(true);
    expect(BackupDataSchema.safeParse({ ...data, entries: [{ ...entry, end: entry.start - 1 }] }).success).toBe(false);
    expect(BackupDataSchema.safeParse({ ...data, entries: [{ ...entry, activeMs: 9e9 }] }).success).toBe(false);
  });
});
