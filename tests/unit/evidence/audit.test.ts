// The whole-summary audit on small hand-built tables, where the answer is
// plain: which unions of hidden lines the published sums give away.
import { describe, expect, it } from 'vitest';
import { createAudit } from '../../../lib/evidence/audit';

/** A 2 × 2 table: rows A, B × columns X, Y (cells 0 A|X, 1 A|Y, 2 B|X, 3 B|Y), and the same padded with many more cells. */
function table(extraCells = 0) {
  const keys = ['A|X', 'A|Y', 'B|X', 'B|Y', ...Array.from({ length: extraCells }, (_, i) => `Z${i}|W`)];
  // Few published figures for many cells: the audit projects them (the padding cells are in no line).
  const audit = createAudit(keys, 6);
  return {
    audit,
    A: audit.vector([0, 1]),
    B: audit.vector([2, 3]),
    X: audit.vector([0, 2]),
    Y: audit.vector([1, 3]),
  };
}

describe('whole-summary audit', () => {
  for (const extra of [0, 200]) {
    const how = extra === 0 ? 'exactly' : 'through a projection';
    it(`finds a column given away by the rows and the other column (${how})`, () => {
      const { audit, A, B, X, Y } = table(extra);
      const [found] = audit.knownUnions([A, B, X], [[Y]]);
      // Y = A + B − X: all three published figures are used.
      expect(found).toEqual([{ lines: [0], using: [0, 1, 2] }]);
    });

    it(`knows two hidden columns only together when only the rows are published (${how})`, () => {
      const { audit, A, B, X, Y } = table(extra);
      const [found] = audit.knownUnions([A, B], [[X, Y]]);
      expect(found).toEqual([{ lines: [0, 1], using: [0, 1] }]);
    });

    it(`finds nothing when a row and a column are both hidden (${how})`, () => {
      const { audit, A, X, Y } = table(extra);
      // Published: row A and column X only; hidden: column Y and row B. Y = A − (A|X)… unknown.
      const found = audit.knownUnions([A, X], [[Y]]);
      expect(found).toEqual([[]]);
    });
  }

  it('gives the same answer whatever the order of the cells (the projection follows the keys)', () => {
    const keys = ['A|X', 'A|Y', 'B|X', 'B|Y', ...Array.from({ length: 50 }, (_, i) => `Z${i}|W`)];
    const answer = (order: string[]) => {
      const audit = createAudit(order, 4);
      const line = (part: string) => audit.vector(order.flatMap((k, i) => (k.split('|').includes(part) ? [i] : [])));
      return audit.knownUnions([line('A'), line('B'), line('X')], [[line('Y')]]);
    };
    expect(answer([...keys].reverse())).toEqual(answer(keys));
    expect(answer(keys)).toEqual([[{ lines: [0], using: [0, 1, 2] }]]);
  });
});
