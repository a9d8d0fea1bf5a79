// Test helpers: a fresh database per test and a settable clock.
import { ContretempsDB } from '../../lib/db/database';

let counter = 0;

export function freshDb(): ContretempsDB {
  counter += 1;
  return new ContretempsDB(`test-${counter}`);
}

export function fakeClock(start = Date.UTC(2026, 10, 24, 9, 0, 0)) {
  let now = start;
  return {
    now: () => now,
    set(value: number) {
      now = value;
    },
    advance(ms: number) {
      now += ms;
    },
  };
}

export function sequentialIds(prefix = 'id') {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}-${String(n).padStart(8, '0')}`;
  };
}

/** Every row of every table: what "changes nothing" is checked against. */
export async function dumpDb(db: ContretempsDB) {
  return {
    entries: await db.entries.toArray(),
    frictions: await db.frictions.toArray(),
    timer: await db.timer.toArray(),
    trash: await db.trash.toArray(),
  };
}
