// Puts a checked backup back, merged with what is stored, in one transaction:
// nothing is written unless everything is. Nothing stored is ever lost: for
// the same entry the most recently updated version is kept (the existing one
// on a tie); frictions, trashed entries and team-summary records already here
// are kept as they are (they have no update date); a day's site time keeps the
// larger total (it only grows); stored settings are kept, the backup's are
// used only when none are stored (a new computer, or after « Tout effacer »).
// So restoring the same file twice changes nothing the second time.
import type { ContretempsDB } from '../db/database';
import { DemoMarkerRowSchema } from '../demo/marker';
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
  settings: 'restored' | 'kept' | 'none';
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
    const entryWrites = data.entries.filter((entry, i) => {
      const stored = storedEntries[i];
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
    await db.frictions.bulkAdd(data.frictions.filter((_, i) => keepNew(report.frictions, storedFrictions[i])));

    const storedTrash = await db.trash.bulkGet(data.trash.map((t) => t.id));
    await db.trash.bulkAdd(data.trash.filter((_, i) => keepNew(report.trash, storedTrash[i])));

    const storedDays = await db.siteTime.bulkGet(data.siteTime.map((r) => [r.day, r.organisationId]));
    const dayWrites = data.siteTime.filter((row, i) => {
      const stored = storedDays[i];
      if (!stored) report.siteTime.added++;
      else if (row.ms > stored.ms) report.siteTime.updated++;
      else {
        report.siteTime.present++;
        return false;
      }
      return true;
    });
    await db.siteTime.bulkPut(dayWrites);

    // Team-summary records are compared by content: their ids are the database's own counter.
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
      if (takenIds.has(summary.id)) await db.summaries.add({ weeks: summary.weeks, inputs: summary.inputs } as never);
      else await db.summaries.add(summary);
      takenIds.add(summary.id);
    }

    if (data.settings !== null) {
      const stored = await db.settings.get('settings');
      if (stored) report.settings = 'kept';
      else {
        await db.settings.put({ key: 'settings', value: data.settings });
        report.settings = 'restored';
      }
    }

    if (data.demo !== null) {
      const marker = DemoMarkerRowSchema.safeParse(await db.settings.get('demo')).data;
      const days = marker?.value.siteTime ?? [];
      const seen = new Set(days.map((k) => k.join('\n')));
      const added = data.demo.siteTime.filter((k) => !seen.has(k.join('\n')));
      if (!marker || added.length > 0) {
        await db.settings.put({ key: 'demo', value: { siteTime: [...days, ...added] } });
      }
    }
    return report;
  });
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
