// Puts a checked backup back, merged with what is stored, in one transaction:
// nothing is written unless everything is. Nothing stored is ever lost: for
// the same entry the most recently updated version is kept (the existing one
// on a tie); frictions, trashed entries and team-summary records already here
// are kept as they are (they have no update date); an entry deleted here since
// (in the trash) stays deleted, and one taken back out of the trash stays out;
// a day's site time keeps the larger total (it only grows); stored settings
// are kept, with the backup's own organisations, procedures and reasons added
// (restored entries name them) and the longer retention (a shorter one would
// purge what was just restored); the backup's settings are used whole when
// none are stored (a new computer, or after « Tout effacer »). A friction
// whose entry is neither here nor in the file (deleted here since, or a file
// from an older version) comes back detached, as a deleted entry's frictions
// are (and, if that entry is in the trash here, remembered by it for « Annuler
// la suppression »). So restoring the same file twice changes nothing the second time.
import type { ContretempsDB } from '../db/database';
import { DemoMarkerRowSchema } from '../demo/marker';
import { SettingsSchema } from '../settings/schema';
import type { Backup } from './format';

export interface Tally {
  added: number;
  /** Same record already here, kept. */
  present: number;
  /** Same record here but older, replaced by the backup's. */
  updated: number;
}

export interface RestoreReport {
  entries: Tally;
  frictions: Tally;
  trash: Tally;
  siteTime: Tally;
  summaries: Tally;
  /** merged: the stored settings kept, the backup's own items and longer retention added. */
  settings: 'restored' | 'kept' | 'merged' | 'none';
}

const tally = (): Tally => ({ added: 0, present: 0, updated: 0 });

export function restoreBackup(db: ContretempsDB, backup: Backup): Promise<RestoreReport> {
  const { data } = backup;
  const tables = [db.entries, db.frictions, db.trash, db.siteTime, db.summaries, db.settings];
  return db.transaction('rw', tables, async () => {
    const report: RestoreReport = {
      entries: tally(),
      frictions: tally(),
      trash: tally(),
      siteTime: tally(),
      summaries: tally(),
      settings: 'none',
    };
    const storedEntries = await db.entries.bulkGet(data.entries.map((e) => e.id));
    // Deleted here since the backup: it stays in the trash, not alive again.
    const trashedHere = await db.trash.bulkGet(data.entries.map((e) => e.id));
    const entryWrites = data.entries.filter((entry, i) => {
      const stored = storedEntries[i];
      if (!stored && trashedHere[i]) {
        report.entries.present++;
        return false;
      }
      if (!stored) report.entries.added++;
      else if (entry.updatedAt > stored.updatedAt) report.entries.updated++;
      else {
        report.entries.present++;
        return false;
      }
      return true;
    });
    await db.entries.bulkPut(entryWrites);

    const storedFrictions = await db.frictions.bulkGet(data.frictions.map((f) => f.id));
    const linked = [...new Set(data.frictions.flatMap((f) => (f.entryId === null ? [] : [f.entryId])))];
    const alive = new Set((await db.entries.bulkGet(linked)).flatMap((e) => (e ? [e.id] : [])));
    const newFrictions = data.frictions.filter((_, i) => keepNew(report.frictions, storedFrictions[i]));
    await db.frictions.bulkAdd(
      newFrictions.map((f) => (f.entryId === null || alive.has(f.entryId) ? f : { ...f, entryId: null })),
    );
    // Its entry deleted here since (in the trash): detached like that entry's other frictions, and
    // remembered with them, so that « Annuler la suppression » links it again.
    for (const row of await db.trash.bulkGet(linked.filter((id) => !alive.has(id)))) {
      if (!row) continue;
      const mine = newFrictions.filter((f) => f.entryId === row.id && !row.frictionIds.includes(f.id));
      if (mine.length > 0)
        await db.trash.update(row.id, { frictionIds: [...row.frictionIds, ...mine.map((f) => f.id)] });
    }

    // Taken back out of the trash here since the backup (alive now): it stays out.
    const storedTrash = await db.trash.bulkGet(data.trash.map((t) => t.id));
    const aliveHere = await db.entries.bulkGet(data.trash.map((t) => t.id));
    await db.trash.bulkAdd(data.trash.filter((_, i) => keepNew(report.trash, storedTrash[i] ?? aliveHere[i])));

    const storedDays = await db.siteTime.bulkGet(data.siteTime.map((r) => [r.day, r.organisationId]));
    /** Days this restore adds: only these may be marked as the demonstration's (« Retirer » deletes them). */
    const newDays = new Set<string>();
    const dayWrites = data.siteTime.filter((row, i) => {
      const stored = storedDays[i];
      if (!stored) {
        report.siteTime.added++;
        newDays.add([row.day, row.organisationId].join('\n'));
      } else if (row.ms > stored.ms) report.siteTime.updated++;
      else {
        report.siteTime.present++;
        return false;
      }
      return true;
    });
    await db.siteTime.bulkPut(dayWrites);

    // Team-summary records are compared by content. A record keeps its id when that id is free
    // here (so a backup restored after « Tout effacer » gives back the same records); otherwise, or
    // for an id beyond what a database ever hands out, the database gives a new one — remembered,
    // so that the file's next record cannot collide with it.
    const storedSummaries = await db.summaries.toArray();
    const known = new Set(storedSummaries.map((s) => JSON.stringify([s.weeks, s.inputs])));
    const takenIds = new Set(storedSummaries.map((s) => s.id));
    for (const summary of data.summaries) {
      const key = JSON.stringify([summary.weeks, summary.inputs]);
      if (known.has(key)) {
        report.summaries.present++;
        continue;
      }
      known.add(key);
      report.summaries.added++;
      const keepId = !takenIds.has(summary.id) && summary.id <= MAX_KEPT_ID;
      const id = keepId
        ? await db.summaries.add(summary)
        : await db.summaries.add({ weeks: summary.weeks, inputs: summary.inputs } as never);
      takenIds.add(id as number);
    }

    if (data.settings !== null) {
      const stored = await db.settings.get('settings');
      const current = stored ? SettingsSchema.safeParse(stored.value).data : undefined;
      if (stored && current) {
        const merged = mergeSettings(current, data.settings);
        if (JSON.stringify(merged) === JSON.stringify(current)) report.settings = 'kept';
        else {
          await db.settings.put({ key: 'settings', value: merged });
          report.settings = 'merged';
        }
      } else if (stored) report.settings = 'kept';
      else {
        await db.settings.put({ key: 'settings', value: data.settings });
        report.settings = 'restored';
      }
    }

    if (data.demo !== null) {
      const marker = DemoMarkerRowSchema.safeParse(await db.settings.get('demo')).data;
      const days = marker?.value.siteTime ?? [];
      const seen = new Set(days.map((k) => k.join('\n')));
      const added = data.demo.siteTime.filter((k) => !seen.has(k.join('\n')) && newDays.has(k.join('\n')));
      if (!marker || added.length > 0) {
        await db.settings.put({ key: 'demo', value: { siteTime: [...days, ...added] } });
      }
    }
    return report;
  });
}

/** Ids above this are not taken from a file: the database's counter would run out after them. */
const MAX_KEPT_ID = 2 ** 31;

type Settings = NonNullable<Backup['data']['settings']>;

/** Stored settings, plus the backup's own organisations and items (by id) and the longer retention. */
function mergeSettings(current: Settings, backup: Settings): Settings {
  const byId = <T extends { id: string }>(mine: T[], theirs: T[]) => [
    ...mine,
    ...theirs.filter((t) => !mine.some((m) => m.id === t.id)),
  ];
  return {
    ...current,
    customOrganisations: byId(current.customOrganisations, backup.customOrganisations),
    customItems: byId(current.customItems, backup.customItems),
    retentionMonths: Math.max(current.retentionMonths, backup.retentionMonths),
  };
}

/** Counts a record as present or new; true when it must be written. */
function keepNew(count: Tally, stored: unknown): boolean {
  if (stored === undefined) {
    count.added++;
    return true;
  }
  count.present++;
  return false;
}
