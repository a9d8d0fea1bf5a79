import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withDigest } from '../../../lib/evidence/digest';
import { MAX_FILE_BYTES, type Problem, readEvidence } from '../../../lib/evidence/read';
import type { IndividualFile } from '../../../lib/evidence/schema';

const FIXTURES = 'tests/fixtures/evidence';
const NOW = Date.parse('2026-12-01T12:00:00+01:00');
const read = (text: string) => readEvidence(text, { now: NOW });
const fixture = readFileSync(join(FIXTURES, 'individuel-v1.json'), 'utf8');
const valid = JSON.parse(fixture) as IndividualFile;
const copy = (): Record<string, unknown> => JSON.parse(fixture);
/** The file changed then signed again: what only the schema and the week checks can refuse. */
const resigned = async (change: (f: Record<string, unknown> & IndividualFile) => void) => {
  const file = copy() as Record<string, unknown> & IndividualFile;
  change(file);
  return JSON.stringify(await withDigest(file));
};
const codes = (problems: Problem[]) => problems.map((p) => p.code);

async function problemsOf(text: string): Promise<Problem[]> {
  const result = await read(text);
  if (result.ok) throw new Error('accepted');
  return result.problems;
}

describe('reading an evidence file', () => {
  it('reads every frozen fixture, through the migrations, to the current version', async () => {
    const kinds: Record<string, string> = { individuel: 'individual', equipe: 'team', branche: 'branch' };
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
    expect(files).toContain('individuel-v1.json');
    for (const name of files) {
      const result = await read(readFileSync(join(FIXTURES, name), 'utf8'));
      expect(result.ok, name).toBe(true);
      if (result.ok) {
        expect(result.kind).toBe(kinds[name.split('-')[0] as string]);
        expect(result.version).toBe(Number(/-v(\d+)\.json$/.exec(name)?.[1]));
        expect(result.file.version).toBe(1);
      }
    }
  });

  it('refuses a row split in two under the same key, and a row of zeros (one person would count twice, or for nothing)', async () => {
    const split = await resigned((f) => {
      const [first] = f.cells;
      if (!first) throw new Error('the fixture has cells');
      f.cells.splice(
        0,
        1,
        { ...first, count: 1, minutes: 5 },
        { ...first, count: first.count, minutes: first.minutes },
      );
    });
    expect(await problemsOf(split)).toEqual([{ code: 'file_invalid', detail: 'cells' }]);
    const zeros = await resigned((f) => {
      f.siteTime.push({ week: f.weeks[0] as string, organisation: 'zzz_zero', minutes: 0 });
    });
    expect(await problemsOf(zeros)).toEqual([{ code: 'file_invalid', detail: 'siteTime' }]);
  });

  it('accepts the same file compact, with a byte order mark, or keys in another order', async () => {
    expect((await read(JSON.stringify(valid))).ok).toBe(true);
    expect((await read(`\ufeff${fixture}`)).ok).toBe(true);
    const reordered = Object.fromEntries(Object.entries(valid).reverse());
    expect((await read(JSON.stringify(reordered))).ok).toBe(true);
  });

  it('refuses a file where any byte was changed (property: random position, random byte)', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(valid));
    await fc.assert(
      fc.asyncProperty(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 }), async (position, delta) => {
        const changed = bytes.slice();
        changed[position] = ((changed[position] as number) + delta) % 256;
        const result = await read(new TextDecoder().decode(changed));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a field outside the whitelist at any depth, even with a correct digest (property)', async () => {
    const key = fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k));
    await fc.assert(
      fc.asyncProperty(key, fc.jsonValue({ maxDepth: 1 }), fc.nat(), async (name, value, pick) => {
        const file = copy();
        const objects: Record<string, unknown>[] = [file];
        for (const table of ['cells', 'reasons', 'frictions', 'siteTime'] as const) {
          objects.push(...(file[table] as Record<string, unknown>[]));
        }
        const target = objects[pick % objects.length] as Record<string, unknown>;
        fc.pre(!Object.hasOwn(target, name));
        target[name] = value;
        const result = await read(JSON.stringify(await withDigest(file)));
        expect(result.ok).toBe(false);
        // Refused as outside the whitelist, or as unsafe when the value itself carries a reserved key.
        if (!result.ok)
          expect(codes(result.problems).some((c) => c === 'file_invalid' || c === 'file_unsafe')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('answers any mutation of a valid file with problems, never a throw (property)', async () => {
    const paths: (string | number)[][] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      if (node === null || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) {
        const here = [...path, Array.isArray(node) ? Number(k) : k];
        paths.push(here);
        walk(v, here);
      }
    };
    walk(valid, []);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.jsonValue({ maxDepth: 2 }), fc.boolean(), async (pick, value, remove) => {
        const file = copy();
        const path = paths[pick % paths.length] as (string | number)[];
        let parent: Record<string | number, unknown> = file;
        for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
        const last = path[path.length - 1] as string | number;
        fc.pre(remove || JSON.stringify(parent[last]) !== JSON.stringify(value));
        if (remove && !Array.isArray(parent)) delete parent[last];
        else if (remove) (parent as unknown as unknown[]).splice(last as number, 1);
        else parent[last] = value;
        const result = await read(JSON.stringify(file));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses truncated JSON as not JSON, at every length', async () => {
    const text = JSON.stringify(valid);
    for (let length = 0; length < text.length; length += 37) {
      expect(codes(await problemsOf(text.slice(0, length))), String(length)).toEqual(['file_not_json']);
    }
  });

  it('refuses a 50 MB text before parsing it', async () => {
    const huge = `{"format":"contretemps-individuel","x":"${'a'.repeat(50 * 1024 * 1024)}"}`;
    const started = performance.now();
    expect(codes(await problemsOf(huge))).toEqual(['file_too_large']);
    expect(performance.now() - started).toBeLessThan(1000);
    // The limit is in UTF-8 bytes: accents count twice.
    expect(codes(await problemsOf(`"${'é'.repeat(MAX_FILE_BYTES / 2)}"`))).toEqual(['file_too_large']);
  });

  it('refuses deep nesting, and reserved keys anywhere', async () => {
    expect(codes(await problemsOf(`${'['.repeat(100_000)}${']'.repeat(100_000)}`))).toEqual(['file_unsafe']);
    expect(codes(await problemsOf(`{"a":${'{"b":'.repeat(8)}1${'}'.repeat(8)}}`))).toEqual(['file_unsafe']);
    // Brackets inside strings are not nesting.
    expect(codes(await problemsOf(`{"a":"${'['.repeat(50)}"}`))).toEqual(['format_unknown']);
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = fixture.replace('"salt"', `"extra":[{"${key}":{"x":1}}],"salt"`);
      const problems = await problemsOf(text);
      expect(problems).toEqual([{ code: 'file_unsafe', detail: key }]);
    }
  });

  it('refuses what is not JSON: NaN, Infinity, a CSV renamed to .json, nothing', async () => {
    expect(codes(await problemsOf(fixture.replace('"version": 1', '"version": NaN')))).toEqual(['file_not_json']);
    expect(codes(await problemsOf(fixture.replace('"minutes": 30', '"minutes": Infinity')))).toEqual(['file_not_json']);
    expect(codes(await problemsOf('\ufeffTableau;Semaine;Organisme\r\nDémarches;2026-W47;caf\r\n'))).toEqual([
      'file_not_json',
    ]);
    expect(codes(await problemsOf(''))).toEqual(['file_not_json']);
  });

  it('refuses another format or a version it does not know', async () => {
    expect(codes(await problemsOf('[1,2]'))).toEqual(['format_unknown']);
    expect(codes(await problemsOf('null'))).toEqual(['format_unknown']);
    expect(codes(await problemsOf('{"format":"autre-chose","version":1}'))).toEqual(['format_unknown']);
    expect(codes(await problemsOf('{"format":"toString","version":1}'))).toEqual(['format_unknown']);
    expect(await problemsOf(fixture.replace('"version": 1', '"version": 2'))).toEqual([
      { code: 'version_unknown', detail: '2' },
    ]);
    expect(codes(await problemsOf(fixture.replace('"version": 1', '"version": "1"')))).toEqual(['version_unknown']);
  });

  it('refuses a file modified after its export, and says so', async () => {
    const changed = fixture.replace('"minutes": 30', '"minutes": 35');
    expect(await problemsOf(changed)).toEqual([{ code: 'file_modified' }]);
  });

  it('refuses, with the field path, numbers as strings and negative minutes even when signed again', async () => {
    const asString = await resigned((f) => {
      (f.cells[0] as unknown as Record<string, unknown>).count = '1';
    });
    expect(await problemsOf(asString)).toEqual([{ code: 'file_invalid', detail: 'cells.0.count' }]);
    const negative = await resigned((f) => {
      (f.cells[1] as { minutes: number }).minutes = -5;
    });
    expect(await problemsOf(negative)).toEqual([{ code: 'file_invalid', detail: 'cells.1.minutes' }]);
  });

  it('refuses weeks not begun, weeks that do not exist, unsorted weeks and rows outside the weeks', async () => {
    const future = await resigned((f) => {
      f.weeks = ['2026-W46', '2026-W47', '2026-W50'];
    });
    expect(await problemsOf(future)).toEqual([{ code: 'week_future', detail: '2026-W50' }]);
    // The week of `now` has begun: not in the future.
    const current = await resigned((f) => {
      f.weeks = ['2026-W46', '2026-W47', '2026-W49'];
    });
    expect((await read(current)).ok).toBe(true);
    const w53 = await resigned((f) => {
      f.weeks = ['2025-W53', ...f.weeks];
    });
    expect(await problemsOf(w53)).toEqual([{ code: 'week_invalid', detail: '2025-W53' }]);
    const unsorted = await resigned((f) => {
      f.weeks = ['2026-W47', '2026-W46'];
    });
    expect(await problemsOf(unsorted)).toEqual([{ code: 'file_invalid', detail: 'weeks' }]);
    const outside = await resigned((f) => {
      f.weeks = ['2026-W47'];
    });
    expect(await problemsOf(outside)).toEqual([{ code: 'week_invalid', detail: '2026-W46' }]);
  });

  describe('a summary whose counts disagree with its inputs, even signed again', () => {
    /** A frozen summary changed then signed again with withDigest: anyone can do that. */
    const forged = async (name: string, change: (f: Record<string, unknown> & { inputs: string[] }) => void) => {
      const file = JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
      change(file);
      return JSON.stringify(await withDigest(file));
    };

    it('refuses a team of 100 contributors with one input, or fewer contributors than its rules ask', async () => {
      const hundred = await forged('equipe-v1.json', (f) => {
        f.contributors = 100;
        f.inputs = f.inputs.slice(0, 1);
      });
      expect(await problemsOf(hundred)).toEqual([{ code: 'file_invalid', detail: 'contributors' }]);
      const fewer = await forged('equipe-v1.json', (f) => {
        f.contributors = 4;
        f.inputs = f.inputs.slice(0, 4);
      });
      expect(await problemsOf(fewer)).toEqual([{ code: 'file_invalid', detail: 'contributors' }]);
    });

    it('refuses inputs unsorted or repeated', async () => {
      const unsorted = await forged('equipe-v1.json', (f) => {
        f.inputs = [...f.inputs].reverse();
      });
      expect(await problemsOf(unsorted)).toEqual([{ code: 'file_invalid', detail: 'inputs' }]);
      const repeated = await forged('equipe-v1.json', (f) => {
        f.inputs = [f.inputs[0] as string, ...f.inputs.slice(0, 4)];
      });
      expect(await problemsOf(repeated)).toEqual([{ code: 'file_invalid', detail: 'inputs' }]);
    });

    it('refuses a branch whose number of teams is not its number of inputs', async () => {
      const branch = await forged('branche-v1.json', (f) => {
        f.teams = 3;
      });
      expect(await problemsOf(branch)).toEqual([{ code: 'file_invalid', detail: 'teams' }]);
    });
  });
});
