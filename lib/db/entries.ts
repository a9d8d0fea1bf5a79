// Writes to the timed entries (reads for pages are in queries.ts).

import { type Entry, type EntryDetails, EntrySchema } from '../model/records';
import type { ContretempsDB } from './database';
import { detachFrictions } from './frictions';

/** Validates and stores an entry; returns it as stored. */
export async function addEntry(db: ContretempsDB, entry: Entry): Promise<Entry> {
  const valid = EntrySchema.parse(entry);
  await db.entries.add(valid);
  return valid;
}

/** `reviewed`: the counsellor looked at an entry flagged for review; the flag goes. */
export type EntryPatch = Partial<EntryDetails> & { activeMs?: number; reviewed?: true };

export type EntryUpdateResult = { ok: true; entry: Entry } | { ok: false; error: 'entry_not_found' };

/**
 * Applies a counsellor's correction. A new active duration moves the end so the
 * entry stays consistent (activeMs ≤ end − start).
 */
export function updateEntry(db: ContretempsDB, id: string, patch: EntryPatch, now: number): Promise<EntryUpdateResult> {
  return db.transaction('rw', db.entries, async () => {
    const current = await db.entries.get(id);
    if (!current) return { ok: false, error: 'entry_not_found' } as const;
    const { reviewed, ...change } = patch;
    const next: Entry = { ...current, ...change, updatedAt: now };
    if (reviewed) delete next.review;
    if (patch.activeMs !== undefined) next.end = Math.max(current.end, current.start + patch.activeMs);
    const entry = EntrySchema.parse(next);
    await db.entries.put(entry);
    return { ok: true, entry } as const;
  });
}

/** Deletes an entry; its frictions stay, detached, since they really happened. */
export function deleteEntry(db: ContretempsDB, id: string): Promise<boolean> {
  return db.transaction('rw', db.entries, db.frictions, async () => {
    const existed = (await db.entries.get(id)) !== undefined;
    if (!existed) return false;
    await db.entries.delete(id);
    await detachFrictions(db, id);
    return true;
  });
}
