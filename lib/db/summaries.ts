// The team summaries made on this computer (weeks and sorted input digests):
// written by the background when a summary is made, read by the team view to
// refuse a new summary of overlapping weeks that differs by too few files.
// Their contributors are their inputs' number (one digest per contributor).
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

/**
 * Read-only, for the page: the summaries already made whose weeks overlap
 * these (same weeks or not). A few records per team lead: all are read, as the
 * `weeks` index only matches a whole list of weeks.
 */
export async function previousSummaries(db: ContretempsDB, weeks: string[]): Promise<NewSummaryRecord[]> {
  const wanted = new Set(weeks);
  const rows = await db.summaries.toArray();
  return rows
    .filter((r) => r.weeks.some((w) => wanted.has(w)))
    .map((r) => ({ weeks: [...r.weeks].sort(), inputs: [...r.inputs].sort() }));
}
