// What marks a record as demonstration data: its id starts with `demo-`. Real
// ids are random UUIDs, which never start so, so the prefix is enough to find
// (and remove) every demo record and to tag it on screen. Zod- and Dexie-free.

export const DEMO_PREFIX = 'demo-';

export function isDemo(record: { id: string }): boolean {
  return record.id.startsWith(DEMO_PREFIX);
}
