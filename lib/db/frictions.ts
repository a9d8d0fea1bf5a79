// Repository of password and identity frictions.
import type { ContretempsDB } from './database';
import { type Friction, FrictionSchema } from './records';

/** Frictions logged in [from, to), oldest first. */
export function frictionsBetween(db: ContretempsDB, from: number, to: number): Promise<Friction[]> {
  return db.frictions.where('at').between(from, to, true, false).toArray();
}

export async function addFriction(db: ContretempsDB, friction: Friction): Promise<void> {
  await db.frictions.add(FrictionSchema.parse(friction));
}

export async function deleteFriction(db: ContretempsDB, id: string): Promise<boolean> {
  const existed = (await db.frictions.get(id)) !== undefined;
  if (existed) await db.frictions.delete(id);
  return existed;
}
