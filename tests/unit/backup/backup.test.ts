// The personal backup: what it holds, that a restore gives back exactly what
// was saved, that restoring twice changes nothing, how a restore merges with
// what is stored, and that any file that is not a backup is refused whole.
import { describe, expect, it } from 'vitest';
import { eraseEverything } from '../../../lib/backup/erase';
import { makeBackup } from '../../../lib/backup/export';
import { BACKUP_LABEL, backupFileName } from '../../../lib/backup/format';
import { readBackup } from '../../../lib/backup/read';
import { restoreBackup } from '../../../lib/backup/restore';
import { BACKUP_NOW, dumpAll, fillDb } from '../../helpers/backup-data';
import { freshDb } from '../../helpers/db';
import { entryAt } from '../../helpers/records';

/** The device-local stores a backup leaves out: the timer and the probe's tab state. */
const LOCAL = ['timer', 'probeTabs'];

async function backupText(db: ReturnType<typeof freshDb>): Promise<string> {
  return JSON.stringify(await makeBackup(db, BACKUP_NOW));
}

async function restoreText(db: ReturnType<typeof freshDb>, text: string) {
  const read = readBackup(text);
  if (!read.ok) return read;
  return { ok: true as const, report: await restoreBackup(db, read.backup) };
}

describe('the personal backup file', () => {
  it('says what it is, in the file and in its name', async () => {
    const db = freshDb();
    await fillDb(db);
    const backup = await makeBackup(db, BACKUP_NOW);
    expect(backup.format).toBe('contretemps-sauvegarde');
    expect(backup.version).toBe(1);
    expect(backup.label).toBe(BACKUP_LABEL);
    expect(backupFileName(BACKUP_NOW)).toBe('contretemps-sauvegarde-personnelle-NE-PAS-PARTAGER-2026-11-25.json');
    // The login episode of a friction is kept, as every other field.
    expect(backup.data.frictions.find((f) => f.id === 'real-friction-episode')?.episode).toBe('real-friction-episode');
    expect(backup.data.demo?.siteTime.length).toBeGreaterThan(0);
  });

  it('backup, erase everything, restore: exactly the same data', async () => {
    const db = freshDb();
    await fillDb(db);
    const before = await dumpAll(db, LOCAL);
    const text = await backupText(db);
    await eraseEverything(db);
    expect(Object.values(await dumpAll(db)).flat()).toEqual([]);
    const result = await restoreText(db, text);
    expect(result.ok).toBe(true);
    expect(await dumpAll(db, LOCAL)).toEqual(before);
    if (result.ok) {
      expect(result.report.entries.added).toBe(before.entries?.length);
      expect(result.report.settings).toBe('restored');
    }
  });

  it('restoring the same file twice changes nothing the second time', async () => {
    const db = freshDb();
    await fillDb(db);
    const text = await backupText(db);
    await eraseEverything(db);
    await restoreText(db, text);
    const once = await dumpAll(db);
    const again = await restoreText(db, text);
    expect(await dumpAll(db)).toEqual(once);
    expect(again.ok && again.report).toMatchObject({
      entries: { added: 0, updated: 0 },
      frictions: { added: 0 },
      trash: { added: 0 },
      siteTime: { added: 0, updated: 0 },
      summaries: { added: 0 },
      settings: 'kept',
    });
  });

  it('keeps the most recently updated version of an entry, and what is stored otherwise', async () => {
    const db = freshDb();
    const old = entryAt(BACKUP_NOW - 3_600_000, 600_000, 'entry-merged-01');
    const kept = entryAt(BACKUP_NOW - 7_200_000, 600_000, 'entry-merged-02');
    await db.entries.bulkAdd([old, kept]);
    const text = await backupText(db);
    // Since the backup: the first entry was edited here, the second one only in the file.
    await db.entries.put({ ...old, outcomeId: 'abouti', updatedAt: old.updatedAt + 10 });
    const parsed = JSON.parse(text);
    parsed.data.entries[1].outcomeId = 'abandon';
    parsed.data.entries[1].updatedAt += 10;
    const result = await restoreText(db, JSON.stringify(parsed));
    expect(result.ok && result.report.entries).toEqual({ added: 0, present: 1, updated: 1 });
    expect((await db.entries.get(old.id))?.outcomeId).toBe('abouti');
    expect((await db.entries.get(kept.id))?.outcomeId).toBe('abandon');
  });

  it('adds a team-summary record whose id is taken here under a new id, and never twice', async () => {
    const db = freshDb();
    await db.summaries.add({ weeks: ['2026-W40'], inputs: [`sha256:${'b'.repeat(64)}`] } as never);
    const parsed = JSON.parse(await backupText(db));
    parsed.data.summaries = [{ id: 1, weeks: ['2026-W41'], inputs: [`sha256:${'c'.repeat(64)}`] }];
    const text = JSON.stringify(parsed);
    await restoreText(db, text);
    await restoreText(db, text);
    expect((await db.summaries.toArray()).map((s) => s.weeks[0])).toEqual(['2026-W40', '2026-W41']);
  });
});

describe('a file that is not a good backup', () => {
  const refusals: [string, (valid: string) => string, string][] = [
    ['not JSON', (t) => t.slice(0, -2), 'file_not_json'],
    ['an evidence file', () => JSON.stringify({ format: 'contretemps-preuves', version: 1 }), 'backup_not_backup'],
    ['a JSON array', () => '[1,2]', 'backup_not_backup'],
    ['a newer version', (t) => t.replace('"version":1', '"version":2'), 'version_unknown'],
    ['a reserved key', (t) => t.replace('"data":{', '"data":{"__proto__":{"x":1},'), 'file_unsafe'],
    ['too large', (t) => t + ' '.repeat(21 * 1024 * 1024), 'backup_too_large'],
    ['an unknown field', (t) => t.replace('"data":{', '"data":{"extra":[],'), 'backup_invalid'],
    ['without its label', (t) => t.replace(BACKUP_LABEL, 'partagé'), 'backup_invalid'],
    ['an entry twice', (t) => duplicateFirstEntry(t), 'backup_invalid'],
  ];
  for (const [what, corrupt, code] of refusals) {
    it(`is refused whole with a French sentence when it is ${what}`, async () => {
      const db = freshDb();
      await fillDb(db);
      const valid = await backupText(db);
      const before = await dumpAll(db);
      expect(await restoreText(db, corrupt(valid))).toEqual({ ok: false, error: code });
      expect(await dumpAll(db)).toEqual(before);
    });
  }
});

function duplicateFirstEntry(text: string): string {
  const parsed = JSON.parse(text);
  parsed.data.entries.push({ ...parsed.data.entries[0], updatedAt: 1 });
  return JSON.stringify(parsed);
}
