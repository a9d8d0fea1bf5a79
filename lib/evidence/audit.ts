// The audit of a whole summary (pure): can a hidden line be recomputed from
// everything published at once — every table, every total, every « autres »
// row — and not only table by table or pair by pair? Each published figure is
// a sum over cells (the key combinations seen: week × organisation ×
// procedure × mode × outcome, or week × organisation × kind for frictions);
// a hidden line is recomputable exactly when its vector of cells lies in the
// linear span of the published vectors (published figures taken as exact,
// rounding ignored: the audit assumes the worst).
//
// How: Gaussian elimination modulo a prime. A combination over the rationals
// stays one modulo p, so a line that is recomputable is always found; the
// converse can err only towards « recomputable » (more is hidden, never less).
// When there are more cells than published figures, each cell is first mapped
// to a fixed pseudo-random vector of just enough coordinates (its key decides
// it, so the result does not depend on the order of the files): a random
// projection keeps every linear relation, and adds a false one with
// probability about 1/p — again only towards hiding more.

/** 2^26 − 5: products of two residues stay below 2^53, exact in a double. */
const P = 67_108_859;

const mul = (a: number, b: number) => (a * b) % P;

function inverse(a: number): number {
  // Fermat: a^(p−2) mod p.
  let result = 1;
  let base = a % P;
  let exp = P - 2;
  while (exp > 0) {
    if (exp & 1) result = mul(result, base);
    base = mul(base, base);
    exp = Math.floor(exp / 2);
  }
  return result;
}

/** A fixed pseudo-random row for a cell, from its key (FNV-1a then xorshift): order-free and reproducible. */
function cellRow(key: string, width: number): Float64Array {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  const row = new Float64Array(width);
  let x = h || 1;
  for (let j = 0; j < width; j++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    row[j] = (x % (P - 1)) + 1;
  }
  return row;
}

/** A union of hidden lines that the published figures recompute, and the published figures it takes. */
export interface KnownUnion {
  /** Indices of the group's lines. */
  lines: number[];
  /** Indices of the published vectors used. */
  using: number[];
}

/** Enumerating the 0/1 points of a larger space of known combinations would take too long: its basis only. */
const MAX_ENUMERATED = 14;

export interface Audit {
  /** The vector of a sum over cells (indices into the audit's cells). */
  vector(cells: readonly number[]): Float64Array;
  /** The sum of vectors (an « autres » row, a subtotal). */
  sum(vectors: readonly Float64Array[]): Float64Array;
  /**
   * For each group of hidden lines (a table's, whose lines share no cell):
   * every union of its lines (one line alone included) that the published
   * vectors recompute, with the published vectors it takes.
   */
  knownUnions(published: readonly Float64Array[], groups: readonly (readonly Float64Array[])[]): KnownUnion[][];
}

/** An echelon basis over GF(p): each row has a pivot (1 there, 0 at every earlier row's pivot) and what it is made of. */
class Echelon {
  rows: { pivot: number; v: Float64Array; combo: Float64Array }[] = [];
  /** Subtracts the rows from `v`, and their combinations from `combo`. */
  reduce(v: Float64Array, combo: Float64Array): void {
    for (const b of this.rows) {
      const f = v[b.pivot] as number;
      if (f === 0) continue;
      for (let j = 0; j < v.length; j++) v[j] = ((v[j] as number) - mul(f, b.v[j] as number) + P) % P;
      for (let j = 0; j < combo.length; j++) combo[j] = ((combo[j] as number) - mul(f, b.combo[j] as number) + P) % P;
    }
  }
  /** Reduces then keeps `v` as a new row; false when it was already in the span (`combo` then says how). */
  add(v: Float64Array, combo: Float64Array): boolean {
    this.reduce(v, combo);
    const pivot = v.findIndex((x) => x !== 0);
    if (pivot < 0) return false;
    const inv = inverse(v[pivot] as number);
    for (let j = 0; j < v.length; j++) v[j] = mul(v[j] as number, inv);
    for (let j = 0; j < combo.length; j++) combo[j] = mul(combo[j] as number, inv);
    this.rows.push({ pivot, v, combo });
    return true;
  }
}

const unit = (size: number, at: number) => {
  const v = new Float64Array(size);
  v[at] = 1;
  return v;
};
const negate = (v: Float64Array) => v.map((x) => (x === 0 ? 0 : P - x));

/**
 * The 0/1 points of the span of `basis` (rows over the group's lines, reduced
 * so each has a 1 at its pivot and 0 at the others' pivots): a point is set by
 * its pivot coordinates, each 0 or 1, and counts when every other coordinate
 * is 0 or 1 too.
 */
function zeroOnePoints(basis: Float64Array[]): number[][] {
  const rows = basis.map((v) => Float64Array.from(v));
  const pivots: number[] = [];
  for (const [i, row] of rows.entries()) {
    const pivot = row.findIndex((x, j) => x !== 0 && !pivots.includes(j));
    pivots.push(pivot);
    const inv = inverse(row[pivot] as number);
    for (let j = 0; j < row.length; j++) row[j] = mul(row[j] as number, inv);
    for (const [k, other] of rows.entries()) {
      if (k === i || other[pivot] === 0) continue;
      const f = other[pivot] as number;
      for (let j = 0; j < other.length; j++) other[j] = ((other[j] as number) - mul(f, row[j] as number) + P) % P;
    }
  }
  const points: number[][] = [];
  // Every sum of basis rows when there are few; else the basis rows alone.
  const picks =
    rows.length <= MAX_ENUMERATED
      ? Array.from({ length: 2 ** rows.length - 1 }, (_, m) => rows.filter((_, k) => (m + 1) & (1 << k)))
      : rows.map((row) => [row]);
  for (const picked of picks) {
    const point = new Float64Array(rows[0]?.length ?? 0);
    for (const row of picked)
      for (let j = 0; j < row.length; j++) point[j] = ((point[j] as number) + (row[j] as number)) % P;
    if (point.every((x) => x === 0 || x === 1)) points.push([...point.keys()].filter((j) => point[j] === 1));
  }
  return points;
}

/**
 * An audit over `cellKeys` cells, for at most `maxPublished` published
 * figures at once (the projection keeps one more coordinate than that).
 */
export function createAudit(cellKeys: readonly string[], maxPublished: number): Audit {
  const width = Math.min(cellKeys.length, maxPublished + 1);
  const exact = width === cellKeys.length;
  const rows = exact ? [] : cellKeys.map((key) => cellRow(key, width));

  const vector = (cells: readonly number[]) => {
    const v = new Float64Array(width);
    for (const c of cells) {
      if (exact) v[c] = (v[c] as number) + 1;
      else {
        const row = rows[c] as Float64Array;
        for (let j = 0; j < width; j++) v[j] = ((v[j] as number) + (row[j] as number)) % P;
      }
    }
    return v;
  };

  const sum = (vectors: readonly Float64Array[]) => {
    const v = new Float64Array(width);
    for (const w of vectors) for (let j = 0; j < width; j++) v[j] = ((v[j] as number) + (w[j] as number)) % P;
    return v;
  };

  const knownUnions = (published: readonly Float64Array[], groups: readonly (readonly Float64Array[])[]) => {
    const n = published.length;
    const spanned = new Echelon();
    for (const [i, p] of published.entries()) spanned.add(Float64Array.from(p), unit(n, i));
    return groups.map((lines) => {
      // Each line = its residual + a combination of the published vectors (minus what reduce took).
      const residuals = lines.map((line) => {
        const v = Float64Array.from(line);
        const combo = new Float64Array(n);
        spanned.reduce(v, combo);
        return { v, made: negate(combo) };
      });
      // Combinations of lines whose residuals cancel are known: the null space of the residuals.
      const m = lines.length;
      const free = new Echelon();
      const nullBasis: Float64Array[] = [];
      for (const [i, r] of residuals.entries()) {
        const t = unit(m, i);
        if (!free.add(Float64Array.from(r.v), t)) nullBasis.push(t);
      }
      return zeroOnePoints(nullBasis).map((members) => {
        const made = new Float64Array(n);
        for (const i of members) {
          const c = (residuals[i] as { made: Float64Array }).made;
          for (let j = 0; j < n; j++) made[j] = ((made[j] as number) + (c[j] as number)) % P;
        }
        return { lines: members, using: [...made.keys()].filter((j) => made[j] !== 0) };
      });
    });
  };

  return { vector, sum, knownUnions };
}
