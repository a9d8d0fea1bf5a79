import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, checkDigest, digestOf, sha256, withDigest } from '../../../lib/evidence/digest';

/** A double from its IEEE 754 bits, as RFC 8785 Appendix B lists them. */
function double(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

describe('RFC 8785 canonical JSON (the published examples)', () => {
  it('serialises numbers as Appendix B says', () => {
    const vectors: [string, string][] = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [bits, expected] of vectors) expect(canonicalJson(double(bits)), bits).toBe(expected);
  });

  it('refuses what has no canonical form: NaN, Infinity, a lone surrogate', () => {
    expect(canonicalJson(Number.NaN)).toBeNull();
    expect(canonicalJson(Number.POSITIVE_INFINITY)).toBeNull();
    expect(canonicalJson('\ud800')).toBeNull();
  });

  it('canonicalises the example of §3.2.2: whitespace, numbers, string escapes, key order', () => {
    const input = `{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
      "literals": [null, true, false]
    }`;
    expect(canonicalJson(JSON.parse(input))).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by their UTF-16 code units, as the example of §3.2.3', () => {
    const input = JSON.parse(`{
      "\\u20ac": "Euro Sign",
      "\\r": "Carriage Return",
      "\\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\\ud83d\\ude00": "Emoji: Grinning Face",
      "\\u0080": "Control",
      "\\u00f6": "Latin Small Letter O With Diaeresis"
    }`);
    const keys = [...(canonicalJson(input) as string).matchAll(/"([^"]*)":"([^"]*)"/g)].map((m) => m[2]);
    expect(keys).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
  });
});

describe('the digest', () => {
  it('is the SHA-256 of the UTF-8 bytes of the canonical JSON without `digest`', async () => {
    const content = { b: 'é', a: [1, 2], digest: 'sha256:ignored' };
    const expected = createHash('sha256').update('{"a":[1,2],"b":"é"}', 'utf8').digest('hex');
    expect(await digestOf(content)).toBe(`sha256:${expected}`);
    expect(await sha256('')).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('does not depend on key order or spacing, and withDigest puts it last', async () => {
    const one = await withDigest<{ a: number; b: string; digest: string }>({ a: 1, b: 'x' });
    const two = await withDigest<{ a: number; b: string; digest: string }>({ b: 'x', a: 1 });
    expect(one.digest).toBe(two.digest);
    expect(Object.keys(one)).toEqual(['a', 'b', 'digest']);
    expect(await checkDigest(JSON.parse(JSON.stringify(one, null, 4)))).toBe(true);
  });

  it('fails when any value changes (property: a random leaf of a random object)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.object({ maxDepth: 3 }), fc.nat(), fc.string({ minLength: 1 }), async (obj, pick, other) => {
        const content = JSON.parse(JSON.stringify(obj)) as Record<string, unknown>;
        const signed = await withDigest<Record<string, unknown>>(content);
        expect(await checkDigest(signed)).toBe(true);
        // Replace one leaf (or add a key when there is none) with something different.
        const leaves: [Record<string, unknown> | unknown[], string | number][] = [];
        const walk = (node: unknown) => {
          if (node === null || typeof node !== 'object') return;
          for (const [k, v] of Object.entries(node)) {
            if (node === signed && k === 'digest') continue;
            if (v !== null && typeof v === 'object') walk(v);
            else leaves.push([node as Record<string, unknown>, Array.isArray(node) ? Number(k) : k]);
          }
        };
        walk(signed);
        if (leaves.length === 0) signed[`k${other}`] = other;
        else {
          const [parent, key] = leaves[pick % leaves.length] as [Record<string | number, unknown>, string];
          parent[key] = parent[key] === other ? `${other}!` : other;
        }
        expect(await checkDigest(signed)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('is false, never a throw, for a missing digest or content with no canonical form', async () => {
    expect(await checkDigest({ a: 1 })).toBe(false);
    expect(await checkDigest({ a: Number.NaN, digest: 'sha256:00' })).toBe(false);
    expect(await checkDigest({ a: '\udc00', digest: 'sha256:00' })).toBe(false);
  });
});

describe('checking a digest by hand, as METHODE.md §3 says', () => {
  const method = readFileSync('lib/evidence/METHODE.md', 'utf8');
  const commands = [...method.matchAll(/```sh\n(.+)\n```/g)].map((m) => m[1] as string);
  const fixture = 'tests/fixtures/evidence/individuel-v1.json';
  const written = (JSON.parse(readFileSync(fixture, 'utf8')) as { digest: string }).digest;
  const has = (tool: string) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`]);
      return true;
    } catch {
      return false;
    }
  };

  it('gives three commands, each printing the digest written in the fixture', () => {
    expect(commands).toHaveLength(3);
    expect(method).toContain(written);
    for (const command of commands) {
      const tool = command.split(' ')[0] as string;
      if (!has(tool)) continue; // python3 and jq are usual, not guaranteed
      const out = execFileSync('sh', ['-c', command.replace('FICHIER.json', fixture)], { encoding: 'utf8' });
      expect(out, command).toContain(written.slice('sha256:'.length));
      if (tool !== 'jq') expect(out.trim().split('\n')).toEqual([written, written]);
    }
  });
});
