// The team summaries made on this computer (weeks and sorted input digests):
// written by the background when a summary is made, read by the team view to
// refuse a new summary of the same weeks that differs by too few files.
import type { NewSummaryRecord } from '../model/summary-record';
import type { ContretempsDB } from './database';

/** Records a summary's input set, once: the same set made again adds nothing. */
export async function recordSummary(db: ContretempsDB, record: NewSummaryRecord): Promise<void> {
  const inputs = [...record.inputs].sort();
  const weeks = [...record.weeks].sort();
  await db.transaction('rw', db.summaries, async () => {
    const same = await db.summaries.where('weeks').equals(weeks).toArray();
    if (same.some((s) => s.inputs.join(',') === inputs.join(','))) return;
    await db.summaries.add({ weeks, inputs } as Parameters<typeof db.summaries.add>[0]);
  });
}

/** Read-only, for the page: the input sets of the summaries already made of exactly these weeks. */
export async function previousInputs(db: ContretempsDB, weeks: string[]): Promise<string[][]> {
  const rows = await db.summaries
    .where('weeks')
    .equals([...weeks].sort())
    .toArray();
  return rows.map((r) => r.inputs);
}
