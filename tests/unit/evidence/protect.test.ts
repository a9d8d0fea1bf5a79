import { describe, expect, it } from 'vitest';
import { type CellStats, isSecret, protectLines, publishCount, publishMinutes } from '../../../lib/evidence/protect';
import { defaultRules as rules } from '../../../lib/evidence/schema';

const s = (sum: number, max: number, files: number): CellStats => ({ sum, max, files });

describe('rounding', () => {
  it('shows counts 1 to 4 as <5, rounds the others to 5, keeps 0', () => {
    expect([0, 1, 4, 5, 7, 8, 12, 13].map((n) => publishCount(n, rules))).toEqual([0, '<5', '<5', 5, 5, 10, 10, 15]);
  });

  it('rounds minutes to the nearest 30, half up', () => {
    expect([0, 14, 15, 16, 44, 45, 46].map((m) => publishMinutes(m, rules))).toEqual([0, 0, 30, 30, 30, 60, 60]);
  });
});

describe('a secret cell', () => {
  it('needs 3 files: 2 files are secret, 3 are not', () => {
    expect(isSecret(s(90, 30, 2), rules)).toBe(true);
    expect(isSecret(s(90, 30, 3), rules)).toBe(false);
  });

  it('is dominated above 85 %: 85.0 % is published, 85.1 % is not', () => {
    expect(isSecret(s(1000, 850, 3), rules)).toBe(false);
    expect(isSecret(s(1000, 851, 3), rules)).toBe(true);
  });

  it('hides nothing when it is 0', () => {
    expect(isSecret(s(0, 0, 0), rules)).toBe(false);
  });
});

describe('which lines are hidden', () => {
  const line = (key: string, stats: CellStats) => ({ key, stats });
  const total = s(1000, 300, 5);

  it('hides nothing when every line passes', () => {
    const p = protectLines({ lines: [line('a', s(600, 200, 4)), line('b', s(400, 150, 3))], total }, rules);
    expect([...p.hidden]).toEqual([]);
    expect(p.totalSecret).toBe(false);
  });

  it('adds the smallest published line when only one is hidden (else total − published gives it)', () => {
    const lines = [
      line('a', s(500, 200, 5)),
      line('b', s(300, 100, 3)),
      line('c', s(150, 100, 3)),
      line('d', s(50, 50, 1)),
    ];
    const p = protectLines({ lines, total }, rules);
    expect([...p.hidden].sort()).toEqual(['c', 'd']);
  });

  it('gives company to a line the audit asked to hide, even one that passes the rules alone', () => {
    // b passes the rules, but hidden alone beside a and c it would read « secret » while total − a − c gives it.
    const lines = [line('a', s(500, 200, 5)), line('b', s(300, 100, 3)), line('c', s(200, 100, 3))];
    const p = protectLines({ lines, total, forced: new Set(['b']) }, rules);
    expect([...p.hidden].sort()).toEqual(['b', 'c']);
    // Alone in its table, a forced line is the table's total, published anyway: nothing joins it.
    const single = protectLines({ lines: [line('b', s(1000, 300, 5))], total, forced: new Set(['b']) }, rules);
    expect([...single.hidden]).toEqual(['b']);
    expect(single.totalSecret).toBe(false);
  });

  it('keeps gathering while the hidden lines together could still be dominated by one file', () => {
    // d (1 file, 60) + c (3 files, 60, at most 20 from one): the largest file may bring 80 of 120 = 66 %: passes.
    // d (1 file, 60) + e (3 files, 15, one at most 10): 70 of 75 = 93 %: e alone is not enough, c joins.
    const lines = [
      line('a', s(800, 200, 5)),
      line('c', s(60, 20, 3)),
      line('d', s(60, 60, 1)),
      line('e', s(15, 10, 3)),
    ];
    const p = protectLines({ lines, total }, rules);
    expect([...p.hidden].sort()).toEqual(['c', 'd', 'e']);
  });

  it('hides the whole table when its total is secret', () => {
    const p = protectLines(
      { lines: [line('a', s(900, 880, 4)), line('b', s(100, 40, 3))], total: s(1000, 900, 5) },
      rules,
    );
    expect(p.totalSecret).toBe(true);
    expect([...p.hidden].sort()).toEqual(['a', 'b']);
  });

  it('protects the hidden part of a group whose subtotal is published (on-behalf modes)', () => {
    // g1 hidden alone inside the group: the group subtotal minus g2 gives it, so g2 joins.
    const lines = [
      line('x', s(500, 100, 5)),
      line('y', s(300, 100, 5)),
      line('g1', s(50, 50, 1)),
      line('g2', s(150, 50, 4)),
    ];
    const p = protectLines({ lines, total, partitions: [[['g1', 'g2']]] }, rules);
    expect([...p.hidden].sort()).toEqual(['g1', 'g2']);
    expect(p.merged).toEqual([false]);
    // Without the group, the smallest line of the table joins instead.
    expect([...protectLines({ lines, total }, rules).hidden].sort()).toEqual(['g1', 'g2']);
  });

  it('makes the group subtotal secret when the group cannot be protected even whole', () => {
    const lines = [line('x', s(500, 100, 5)), line('y', s(300, 100, 5)), line('g1', s(200, 200, 1))];
    const p = protectLines({ lines, total, partitions: [[['g1']]] }, rules);
    expect(p.merged).toEqual([true]);
    expect([...p.hidden].sort()).toEqual(['g1', 'y']);
  });
});
