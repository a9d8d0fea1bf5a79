// The disclosure rules of the team summary, on one table of merged per-file
// contributions (pure). Adapted from French statistical secrecy (INSEE: a cell
// needs 3 contributors and no contributor above 85 %), Eurostat rounding and
// WP29 Opinion 05/2014: no published figure may single out one counsellor's
// time, and no hidden figure may be recomputed from the published ones.
//
// What is known per cell (the merger streams, it never keeps the files): the
// sum, the largest single file's contribution and the number of files that
// brought something. A group of cells only has bounds (its largest file brings
// at most the sum of the cells' largest), so the checks on groups are
// conservative: they may hide more than needed, never less.
import type { Rules } from './schema';

/** One cell's merged contributions (minutes, or a count for the count tables). */
export interface CellStats {
  sum: number;
  /** The largest contribution of a single file. */
  max: number;
  /** Files that brought a non-zero contribution. */
  files: number;
}

export const emptyStats = (): CellStats => ({ sum: 0, max: 0, files: 0 });

/** Adds one file's contribution to a cell. */
export function addTo(stats: CellStats, value: number): void {
  if (value === 0) return;
  stats.sum += value;
  if (value > stats.max) stats.max = value;
  stats.files += 1;
}

export type PublishedCount = '<5' | number;

/** Rounds half up to a multiple of `step`. */
function roundTo(value: number, step: number): number {
  return Math.floor(value / step + 0.5) * step;
}

/** Counts 1 to 4 are `<5`; others rounded to the nearest 5 (0 stays 0). */
export function publishCount(count: number, rules: Rules): PublishedCount {
  if (count > 0 && count < rules.smallCount) return '<5';
  return roundTo(count, rules.countStep);
}

/** Minutes rounded to the nearest 30 (15 → 30, 14 → 0, 45 → 60, 44 → 30). */
export function publishMinutes(minutes: number, rules: Rules): number {
  return roundTo(minutes, rules.minuteStep);
}

/**
 * A cell is secret when fewer than `minFilesPerCell` files bring something or
 * one file brings more than `dominance` of it. A cell of 0 hides nothing.
 * Integer arithmetic: 85.0 % is published, 85.1 % is not.
 */
export function isSecret(stats: CellStats, rules: Rules): boolean {
  if (stats.sum === 0) return false;
  if (stats.files < rules.minFilesPerCell) return true;
  return stats.max * 1_000_000 > Math.round(rules.dominance * 1_000_000) * stats.sum;
}

export interface ProtectInput {
  /** The table's lines: key and the merged stats of the protected figure. */
  lines: { key: string; stats: CellStats }[];
  /** The exact stats of the table's total (per-file totals), which is published elsewhere. */
  total: CellStats;
  /**
   * Other ways the table's lines are known in groups. Each partition is a list
   * of key sets whose subtotals may be known: a published subtotal (the
   * on-behalf modes in byMode: `onBehalfMinutes`), or the lines another table
   * of the same cells also covers (organisations and procedures seen together:
   * their time is the same time). The hidden part of each set is then known
   * too and must itself obey the rules; lines in no set form one more set.
   */
  partitions?: string[][][];
  /** Lines to hide whatever their figures (the whole-summary audit asked for them). */
  forced?: ReadonlySet<string>;
}

export interface Protection {
  /** Keys whose figure is not published (gathered in the table's « autres / non ventilé »). */
  hidden: Set<string>;
  /** The total itself is secret: nothing of the table's figure is published, nor the total. */
  totalSecret: boolean;
  /** Per partition: some of its sets had to be merged, so their own subtotals must not be published. */
  merged: boolean[];
}

/** Bounds on a set of cells merged: its largest file brings at most the sum of the cells' largest. */
export function gathered(cells: CellStats[]): CellStats {
  const sum = cells.reduce((s, c) => s + c.sum, 0);
  const max = Math.min(
    sum,
    cells.reduce((s, c) => s + c.max, 0),
  );
  const files = cells.reduce((f, c) => Math.max(f, c.files), 0);
  return { sum, max, files };
}

/**
 * Which lines to hide. Primary: every secret line. Secondary: the hidden part
 * of each region (the whole table, whose total is published, and each set of
 * each partition) is known, so it must itself pass the rules (a single
 * secret line never does); else the smallest published line of the region joins it,
 * until it passes. A set that cannot pass even whole merges with the smallest
 * other set of its partition (whose subtotals are then not to be published);
 * if the table as a whole cannot pass, its total is secret and nothing of the
 * table's figure is published.
 */
export function protectLines(input: ProtectInput, rules: Rules): Protection {
  const all = input.lines.map((l) => l.key);
  const byKey = new Map(input.lines.map((l) => [l.key, l.stats]));
  const partitionsIn = input.partitions ?? [];
  const merged = partitionsIn.map(() => false);
  if (isSecret(input.total, rules)) return { hidden: new Set(all), totalSecret: true, merged: merged.map(() => true) };
  const hidden = new Set(
    input.lines.filter((l) => isSecret(l.stats, rules) || input.forced?.has(l.key)).map((l) => l.key),
  );

  const partitions: string[][][] = [
    [all],
    ...partitionsIn.map((partition) => {
      const sets = partition.map((g) => g.filter((k) => byKey.has(k))).filter((g) => g.length > 0);
      const covered = new Set(sets.flat());
      const rest = all.filter((k) => !covered.has(k));
      return rest.length > 0 ? [...sets, rest] : sets;
    }),
  ];
  // Lines of 0 hide nothing and protect nothing: never hidden to help, and not needed for the total.
  const nonZero = all.filter((k) => (byKey.get(k) as CellStats).sum > 0);
  const statsOf = (keys: string[]): CellStats =>
    nonZero.every((k) => keys.includes(k)) ? input.total : gathered(keys.map((k) => byKey.get(k) as CellStats));
  const sumOf = (keys: string[]) => keys.reduce((s, k) => s + (byKey.get(k) as CellStats).sum, 0);

  /** One step: hides a line or merges two sets; false when every region passes. */
  const step = (): boolean => {
    for (const [p, regions] of partitions.entries()) {
      for (const region of regions) {
        const inside = region.filter((k) => hidden.has(k));
        if (inside.length === 0) continue;
        const published = region
          .filter((k) => !hidden.has(k) && (byKey.get(k) as CellStats).sum > 0)
          .sort((a, b) => (byKey.get(a) as CellStats).sum - (byKey.get(b) as CellStats).sum || (a < b ? -1 : 1));
        // Known as a whole, it must pass the rules. One line hidden beside published ones is that line,
        // known exactly: whatever hid it (the audit may ask for a line that passes the rules), it is not
        // left to read as « secret » while anyone recomputes it: the smallest published line joins it.
        const alone = inside.length === 1 && published.length > 0;
        if (!alone && !isSecret(statsOf(inside), rules)) continue;
        const smallest = published[0];
        if (smallest !== undefined) {
          hidden.add(smallest);
          return true;
        }
        // Even whole, this set fails: it merges with the smallest other set of its partition.
        const others = regions.filter((r) => r !== region).sort((a, b) => sumOf(a) - sumOf(b));
        const partner = others[0];
        if (partner === undefined) {
          // Cannot happen (the whole table passes when its total does); hide everything rather than guess.
          for (const k of all) hidden.add(k);
          return false;
        }
        partitions[p] = [[...region, ...partner], ...others.slice(1)];
        merged[p - 1] = true;
        return true;
      }
    }
    return false;
  };
  while (step()) {
    // until every region passes
  }
  return { hidden, totalSecret: false, merged };
}
