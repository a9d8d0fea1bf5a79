// Whatever is done to a valid backup (bytes flipped, deleted or inserted,
// fields removed, changed or added), restoring it either is refused with a
// known error code and changes nothing, or is accepted and restores without
// failing; it never throws and never writes half of a file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeBackup } from '../../../lib/backup/export';
import { readBackup } from '../../../lib/backup/read';
import { restoreBackup } from '../../../lib/backup/restore';
import { ERROR_CODES } from '../../../lib/core/error-codes';
import { BACKUP_NOW, dumpAll, fillDb } from '../../helpers/backup-data';
import { freshDb } from '../../helpers/db';

type Json = unknown;

/** Every path to a value inside a parsed JSON document. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, Json>)[k], [...prefix, k]))];
}

function parentOf(root: Json, path: (string | number)[]): Record<string | number, Json> | null {
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  return node && typeof node === 'object' ? node : null;
}

const anyValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 2_000_000_000_000 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'caf', 'auto', '2026-11-25', '', 'x'.repeat(70)),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constant({}),
);

type Mutation =
  | { kind: 'flip' | 'drop' | 'insert'; at: number; byte: number }
  | { kind: 'delete' | 'set' | 'add'; pick: number; value: Json; name: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('flip', 'drop', 'insert') as fc.Arbitrary<'flip' | 'drop' | 'insert'>,
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({
    kind: fc.constantFrom('delete', 'set', 'add') as fc.Arbitrary<'delete' | 'set' | 'add'>,
    pick: fc.nat(),
    value: anyValue,
    name: fc.constantFrom('extra', '__proto__', 'constructor', 'id', 'episode'),
  }),
);

function mutate(text: string, m: Mutation): string {
  if (!('pick' in m)) {
    const at = m.at % text.length;
    const char = String.fromCharCode(m.byte);
    if (m.kind === 'flip') return text.slice(0, at) + char + text.slice(at + 1);
    if (m.kind === 'drop') return text.slice(0, at) + text.slice(at + 1);
    return text.slice(0, at) + char + text.slice(at);
  }
  let root: Json;
  try {
    root = JSON.parse(text);
  } catch {
    return text; // Bytes already broken: no field left to change.
  }
  const all = paths(root).filter((p) => p.length > 0);
  const path = all[m.pick % all.length] as (string | number)[];
  const parent = parentOf(root, path);
  const key = path[path.length - 1] as string | number;
  if (!parent) return text;
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (m.kind === 'set') parent[key] = m.value;
  else {
    const target = parent[key];
    if (target && typeof target === 'object' && !Array.isArray(target)) {
      // A plain property, even `__proto__`, as JSON.parse would make it.
      Object.defineProperty(target, m.name, { value: m.value, enumerable: true, configurable: true, writable: true });
    } else if (Array.isArray(target)) target.push(m.value);
  }
  return JSON.stringify(root);
}

describe('a mutated backup', () => {
  it('is refused and changes nothing, or restores whole; never a crash, never a partial write', async () => {
    const source = freshDb();
    await fillDb(source);
    const valid = JSON.stringify(await makeBackup(source, BACKUP_NOW));
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const text = mutations.reduce(mutate, valid);
        const db = freshDb();
        await fillDb(db);
        const before = await dumpAll(db);
        const read = readBackup(text);
        if (!read.ok) {
          refused++;
          expect(ERROR_CODES).toContain(read.error);
          expect(await dumpAll(db)).toEqual(before);
          return;
        }
        accepted++;
        await restoreBackup(db, read.backup);
        // Accepted: a second restore of the same file changes nothing more.
        const once = await dumpAll(db);
        await restoreBackup(db, read.backup);
        expect(await dumpAll(db)).toEqual(once);
      }),
      { numRuns: 60, seed: 12 },
    );
    // Both ways were walked: the property says something about each.
    expect(refused).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);
});
