// The digest's canonical JSON takes a fast path for plain data; it must give
// exactly the text of `canonicalize` (the RFC 8785 reference) for any value,
// or a file would get a different digest in the dashboard and in a tool.
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../lib/evidence/digest';

const reference = (value: unknown): string | null => {
  try {
    return canonicalize(value) ?? null;
  } catch {
    return null;
  }
};

describe('canonical JSON, fast path', () => {
  it('gives the reference text for any JSON value, including odd keys and strings', () => {
    const key = fc.oneof(
      fc.string(),
      fc.constantFrom('0', '10', '9', '__proto__', 'a', 'B', 'é', '\ud83d\ude00', '\ud800'),
    );
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(
        fc.string({ unit: 'binary' }),
        fc.double(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.constant(undefined),
      ),
      node: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('array'), tie('object')),
      array: fc.array(tie('node'), { maxLength: 4 }),
      object: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(reference(v));
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts keys by UTF-16 code units, also keys an object would reorder', () => {
    expect(canonicalJson(JSON.parse('{"b":1,"10":2,"9":3,"a":[1.5e21,-0]}'))).toBe(
      '{"10":2,"9":3,"a":[1.5e+21,0],"b":1}',
    );
  });
});
