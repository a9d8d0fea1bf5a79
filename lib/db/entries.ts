// Writes to the timed entries (reads for pages are in queries.ts).

import type { WorkingDay } from '../core/working-day';
import { type Entry, type EntryDetails, EntrySchema } from '../model/records';
import { TRASH_KEPT_MS, type TrashRow, TrashRowSchema } from '../model/trash';
import { checkPlacement } from './corrections';
import type { ContretempsDB } from './database';
import { detachFrictions } from './frictions';

/** Validates and stores an entry; returns it as stored. */
export async function addEntry(db: ContretempsDB, entry: Entry): Promise<Entry> {
  const valid = EntrySchema.parse(entry);
  await db.entries.add(valid);
  return valid;
}

/**
 * `reviewed`: the counsellor looked at an entry flagged for review; the flag goes.
 * `start`: the entry really started then; the whole entry moves with it.
 */
export type EntryPatch = Partial<EntryDetails> & { start?: number; activeMs?: number; reviewed?: true };

export type EntryUpdateResult =
  | { ok: true; entry: Entry }
  | { ok: false; error: 'entry_not_found' | 'entry_in_future' | 'entry_after_day_end' };

/**
 * Applies a counsellor's correction. A new start shifts the whole entry (its
 * span and active time stay) and the frictions attached to it by as much, so
 * they stay in their procedure (and its week). A longer active duration moves
 * the end so the entry stays consistent (activeMs ≤ end − start). Whenever the
 * end moves, the entry is refused when it would then end after now or past its
 * working day. A refusal changes nothing.
 */
export function updateEntry(
  db: ContretempsDB,
  id: string,
  patch: EntryPatch,
  now: number,
  day: WorkingDay,
): Promise<EntryUpdateResult> {
  return db.transaction('rw', db.entries, db.frictions, async () => {
    const current = await db.entries.get(id);
    if (!current) return { ok: false, error: 'entry_not_found' } as const;
    const { reviewed, start, ...change } = patch;
    const next: Entry = { ...current, ...change, updatedAt: now };
    if (reviewed) delete next.review;
    const moved = start !== undefined && start !== current.start;
    if (moved) {
      next.start = start;
      next.end = current.end + (start - current.start);
    }
    if (patch.activeMs !== undefined) next.end = Math.max(next.end, next.start + patch.activeMs);
    // Only when the end moves: an entry whose details alone are corrected stays where it was stored.
    const refused = next.end !== current.end ? checkPlacement(next.start, next.end, day, now) : null;
    if (refused) return { ok: false, error: refused } as const;
    const entry = EntrySchema.parse(next);
    await db.entries.put(entry);
    if (moved) {
      const delta = entry.start - current.start;
      await db.frictions
        .where('entryId')
        .equals(id)
        .modify((friction) => {
          friction.at += delta;
        });
    }
    return { ok: true, entry } as const;
  });
}

/**
 * Deletes an entry into the trash, in one transaction: its frictions stay,
 * detached, since they really happened, and the trash remembers which ones so
 * that restoring puts everything back as it was.
 */
export function deleteEntry(db: ContretempsDB, id: string, now: number): Promise<boolean> {
  return db.transaction('rw', db.entries, db.frictions, db.trash, async () => {
    const entry = await db.entries.get(id);
    if (!entry) return false;
    const frictionIds = (await db.frictions.where('entryId').equals(id).primaryKeys()) as string[];
    await db.trash.put(TrashRowSchema.parse({ id, deletedAt: now, entry, frictionIds }));
    await db.entries.delete(id);
    await detachFrictions(db, id);
    return true;
  });
}

/**
 * « Annuler la suppression »: the entry comes back exactly, with the frictions
 * it had (those still standalone). A second restore finds nothing and changes nothing.
 */
export function restoreEntry(db: ContretempsDB, id: string): Promise<Entry | null> {
  return db.transaction('rw', db.entries, db.frictions, db.trash, async () => {
    const row = await db.trash.get(id);
    if (!row || (await db.entries.get(id))) return null;
    await db.entries.add(row.entry);
    const frictions = await db.frictions.bulkGet(row.frictionIds);
    for (const friction of frictions) {
      if (friction && friction.entryId === null) await db.frictions.update(friction.id, { entryId: id });
    }
    await db.trash.delete(id);
    return row.entry;
  });
}

/** Forgets the entries deleted more than 30 days before `now`. */
export function purgeTrash(db: ContretempsDB, now: number): Promise<number> {
  return db.trash
    .where('deletedAt')
    .below(now - TRASH_KEPT_MS)
    .delete();
}

/** The trash, newest deletion first, once what is too old is purged. */
export async function readTrash(db: ContretempsDB, now: number): Promise<TrashRow[]> {
  await purgeTrash(db, now);
  return (await db.trash.orderBy('deletedAt').toArray()).reverse();
}
