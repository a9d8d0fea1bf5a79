// Writes to the password and identity frictions (reads for pages are in queries.ts).
import type { ContretempsDB } from './database';
import { type Friction, FrictionSchema } from './records';

export async function addFriction(db: ContretempsDB, friction: Friction): Promise<void> {
  await db.frictions.add(FrictionSchema.parse(friction));
}

export async function deleteFriction(db: ContretempsDB, id: string): Promise<boolean> {
  const existed = (await db.frictions.get(id)) !== undefined;
  if (existed) await db.frictions.delete(id);
  return existed;
}

/** The counsellor confirms or dismisses a detected friction; only confirmed ones count. */
export async function setFrictionStatus(
  db: ContretempsDB,
  id: string,
  status: 'confirmed' | 'dismissed',
): Promise<boolean> {
  return (await db.frictions.update(id, { status })) === 1;
}
