// Writes to the password and identity frictions (reads for pages are in queries.ts).

import { type Friction, FrictionSchema } from '../model/records';
import type { ContretempsDB } from './database';

/** Validates and stores a friction; returns it as stored. */
export async function addFriction(db: ContretempsDB, friction: Friction): Promise<Friction> {
  const valid = FrictionSchema.parse(friction);
  await db.frictions.add(valid);
  return valid;
}

/** The frictions of a deleted or discarded entry stay, standalone: they really happened. */
export async function detachFrictions(db: ContretempsDB, entryId: string): Promise<void> {
  await db.frictions.where('entryId').equals(entryId).modify({ entryId: null });
}

/**
 * The counsellor confirms or dismisses a friction (detected, or logged and
 * then removed); only confirmed ones count. Nothing is ever deleted: a
 * dismissed friction can be confirmed again (« Rétablir »).
 */
export async function setFrictionStatus(
  db: ContretempsDB,
  id: string,
  status: 'confirmed' | 'dismissed',
): Promise<boolean> {
  return (await db.frictions.update(id, { status })) === 1;
}
