// Corrections after the fact: a procedure recorded once it is over, and an
// entry split in two (the counsellor moved to another procedure without
// telling the timer). Each is checked, then written in one transaction.
import { dayCap, maxEntryMs, type WorkingDay } from '../core/working-day';
import { DEMO_PREFIX, isDemo } from '../demo/ids';
import { type Entry, type EntryDetails, EntrySchema } from '../model/records';
import type { ContretempsDB } from './database';
import { isIncomplete } from './details';

export interface ManualEntryInput {
  details: EntryDetails;
  start: number;
  activeMs: number;
}

export type CorrectionError =
  | 'entry_not_found'
  | 'entry_empty'
  | 'entry_in_future'
  | 'entry_after_day_end'
  | 'entry_too_long'
  | 'split_outside';

export type CorrectionResult<T> = { ok: true; value: T } | { ok: false; error: CorrectionError };

/**
 * Why an entry cannot lie from `start` to `end`: it would end after now, or
 * past its working day's cap (dayCap). Null when it can. Shared by a procedure
 * recorded after the fact and an entry whose start is moved.
 */
export function checkPlacement(
  start: number,
  end: number,
  day: WorkingDay,
  now: number,
): 'entry_in_future' | 'entry_after_day_end' | null {
  if (end > now) return 'entry_in_future';
  if (end > dayCap(start, day)) return 'entry_after_day_end';
  return null;
}

/** Why a procedure recorded after the fact cannot be, or null when it can. */
export function checkManualEntry(input: ManualEntryInput, day: WorkingDay, now: number): CorrectionError | null {
  const end = input.start + input.activeMs;
  if (input.activeMs <= 0) return 'entry_empty';
  if (end > now) return 'entry_in_future';
  if (input.activeMs > maxEntryMs(day)) return 'entry_too_long';
  return checkPlacement(input.start, end, day, now);
}

/** Records a procedure after the fact (source `manual`); flagged `incomplete` when details are missing. */
export async function addManualEntry(
  db: ContretempsDB,
  input: ManualEntryInput,
  day: WorkingDay,
  now: number,
  newId: () => string,
): Promise<CorrectionResult<Entry>> {
  const error = checkManualEntry(input, day, now);
  if (error) return { ok: false, error };
  const entry = EntrySchema.parse({
    ...input.details,
    id: newId(),
    start: input.start,
    end: input.start + input.activeMs,
    activeMs: input.activeMs,
    source: 'manual',
    ...(isIncomplete(input.details) ? { review: 'incomplete' } : {}),
    createdAt: now,
    updatedAt: now,
  });
  await db.entries.add(entry);
  return { ok: true, value: entry };
}

/**
 * Splits an entry at instant `at`, strictly inside it, into two entries with
 * the same details: the first keeps its id, the second is new. Where pauses
 * fell is not known, so the active time is shared in proportion to each part's
 * length; the two always add up to the original's. Frictions logged from `at`
 * on follow the second entry.
 */
export function splitEntry(
  db: ContretempsDB,
  id: string,
  at: number,
  now: number,
  newId: () => string,
): Promise<CorrectionResult<[Entry, Entry]>> {
  return db.transaction('rw', db.entries, db.frictions, async () => {
    const original = await db.entries.get(id);
    if (!original) return { ok: false, error: 'entry_not_found' } as const;
    if (at <= original.start || at >= original.end) return { ok: false, error: 'split_outside' } as const;
    const firstMs = Math.round((original.activeMs * (at - original.start)) / (original.end - original.start));
    const first = EntrySchema.parse({ ...original, end: at, activeMs: firstMs, updatedAt: now });
    const second = EntrySchema.parse({
      ...original,
      // The part of a demo entry is demo too: removing the demo takes it with it.
      id: isDemo(original) ? `${DEMO_PREFIX}${newId()}` : newId(),
      start: at,
      activeMs: original.activeMs - firstMs,
      createdAt: now,
      updatedAt: now,
    });
    await db.entries.put(first);
    await db.entries.add(second);
    await db.frictions
      .where('entryId')
      .equals(id)
      .and((f) => f.at >= at)
      .modify({ entryId: second.id });
    return { ok: true, value: [first, second] as [Entry, Entry] } as const;
  });
}

/** Entries waiting for the counsellor's look, whatever their day, oldest first. */
export async function entriesToReview(db: ContretempsDB): Promise<Entry[]> {
  const flagged = await db.entries
    .where('review')
    .anyOf(['forgotten', 'auto_stopped', 'uncertain_time', 'incomplete'])
    .toArray();
  return flagged.sort((a, b) => a.start - b.start);
}
