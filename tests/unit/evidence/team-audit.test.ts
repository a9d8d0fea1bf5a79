// An audit of team summaries written apart from the merger: for random teams,
// every published figure is turned back into the set of cells it sums (from
// the individual files' key combinations), and exact integer elimination
// (BigInt, no projection, no modulus) decides whether a hidden line lies in
// the span of everything published together — all tables, totals, subtotals
// and « autres » rows at once. A hidden line that can be recomputed must pass
// the rules on its own (so nothing secret can be); so must any union of a
// table's hidden lines that can be recomputed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { onBehalfModeIds } from '../../../lib/catalogue';
import { type CellStats, isSecret } from '../../../lib/evidence/protect';
import { type IndividualFile, defaultRules as rules, type TeamFile } from '../../../lib/evidence/schema';
import { mergeTeam } from '../../../lib/evidence/team';
import { individual, runs, timeout, WEEK, WEEKS } from './team-files';

// ------------------------------------------------------------------ exact rank

/** Rank of 0/1 (then integer) rows by fraction-free elimination (Bareiss), exact. */
function rank(rows: bigint[][]): number {
  const m = rows.map((r) => [...r]);
  const width = m[0]?.length ?? 0;
  let r = 0;
  let previous = 1n;
  for (let c = 0; c < width && r < m.length; c++) {
    const pivotRow = m.findIndex((row, i) => i >= r && row[c] !== 0n);
    if (pivotRow < 0) continue;
    [m[r], m[pivotRow]] = [m[pivotRow] as bigint[], m[r] as bigint[]];
    const pivot = m[r] as bigint[];
    for (let i = r + 1; i < m.length; i++) {
      const row = m[i] as bigint[];
      for (let j = c + 1; j < width; j++)
        row[j] = ((pivot[c] as bigint) * (row[j] as bigint) - (row[c] as bigint) * (pivot[j] as bigint)) / previous;
      row[c] = 0n;
    }
    previous = pivot[c] as bigint;
    r++;
  }
  return r;
}

/** A sum over cells as a 0/1 row. */
type Vector = bigint[];
const inSpan = (published: Vector[], v: Vector) => published.length > 0 && rank([...published, v]) === rank(published);

// ------------------------------------------------------------------ the cells of a space

interface Space {
  /** The key combinations seen in the files, each with every file's figure there. */
  cells: { keys: Record<string, string>; perFile: number[] }[];
}

function space<T>(
  files: IndividualFile[],
  rows: (f: IndividualFile) => T[],
  keys: (row: T) => Record<string, string>,
  figure: (row: T) => number,
): Space {
  const byKey = new Map<string, { keys: Record<string, string>; perFile: number[] }>();
  files.forEach((file, i) => {
    for (const row of rows(file)) {
      const k = keys(row);
      const id = JSON.stringify(k);
      const cell = byKey.get(id) ?? { keys: k, perFile: files.map(() => 0) };
      cell.perFile[i] = (cell.perFile[i] as number) + figure(row);
      byKey.set(id, cell);
    }
  });
  // A cell where no file brings anything (a count without minutes) is a known 0: no unknown.
  return { cells: [...byKey.values()].filter((c) => c.perFile.some((x) => x > 0)) };
}

const where = (s: Space, pick: (keys: Record<string, string>) => boolean): Vector =>
  s.cells.map((c) => (pick(c.keys) ? 1n : 0n));
const ofLine = (s: Space, dim: string, key: string) => where(s, (k) => k[dim] === key);

function stats(s: Space, v: Vector): CellStats {
  const perFile = (s.cells[0]?.perFile ?? []).map((_, f) =>
    s.cells.reduce((sum, c, i) => sum + (v[i] === 1n ? (c.perFile[f] as number) : 0), 0),
  );
  const brought = perFile.filter((x) => x > 0);
  return { sum: brought.reduce((a, b) => a + b, 0), max: Math.max(0, ...brought), files: brought.length };
}

/** One published table of a space: its dimension, and per key seen, whether the summary shows its figure. */
interface Line {
  dim: string;
  key: string;
  shown: boolean;
}

/**
 * Checks a space: `lines` are the tables' lines (shown or hidden), `extra` the
 * other published sums (totals, subtotals, « autres » rows, as cell predicates).
 */
function audit(s: Space, label: string, tables: Record<string, Line[]>, extra: Vector[]): void {
  if (s.cells.length === 0) return;
  const published = [
    ...extra,
    ...Object.values(tables)
      .flat()
      .filter((l) => l.shown)
      .map((l) => ofLine(s, l.dim, l.key)),
  ];
  const all = where(s, () => true);
  for (const [table, lines] of Object.entries(tables)) {
    const hidden = lines.filter((l) => !l.shown).map((l) => ofLine(s, l.dim, l.key));
    // Every non-empty union of the table's hidden lines (each alone included), up to 2^8.
    const subsets = hidden.length <= 8 ? 2 ** hidden.length : hidden.length + 1;
    for (let mask = 1; mask < subsets; mask++) {
      const picked = hidden.length <= 8 ? hidden.filter((_, i) => mask & (1 << i)) : [hidden[mask - 1] as Vector];
      const union = all.map((_, i) => (picked.some((v) => v[i] === 1n) ? 1n : 0n));
      if (!inSpan(published, union)) continue;
      expect(isSecret(stats(s, union), rules), `${label} ${table}: ${picked.length} ligne(s) recalculable(s)`).toBe(
        false,
      );
    }
  }
}

/** Lines of a table: every key seen in the space, shown when `shownKeys` has it. */
const linesOf = (s: Space, dim: string, shown: (key: string) => boolean): Line[] =>
  [...new Set(s.cells.map((c) => c.keys[dim] as string))].map((key) => ({ dim, key, shown: shown(key) }));

function check(files: IndividualFile[], summary: TeamFile): void {
  const { tables, totals } = summary;
  const shownMinutes = (rows: { key: string; minutes: number | null }[]) => (key: string) =>
    rows.some((r) => r.key === key && r.minutes !== null);
  const shownCount = (rows: { key: string }[]) => (key: string) => rows.some((r) => r.key === key);
  const weekShown = (figure: 'minutes' | 'frictions') => (key: string) =>
    tables.weekly.some((w) => w.week === key && w[figure] !== null);

  // Procedure minutes: four tables, the weekly minutes, the total, the on-behalf subtotal, the « autres ».
  const procedures = space(
    files,
    (f) => f.cells,
    (c) => ({ organisation: c.organisation, procedure: c.procedure, mode: c.mode, outcome: c.outcome, week: c.week }),
    (c) => c.minutes,
  );
  const minuteTables = {
    byOrganisation: linesOf(procedures, 'organisation', shownMinutes(tables.byOrganisation.rows)),
    byProcedure: linesOf(procedures, 'procedure', shownMinutes(tables.byProcedure.rows)),
    byMode: linesOf(procedures, 'mode', shownMinutes(tables.byMode.rows)),
    byOutcome: linesOf(procedures, 'outcome', shownMinutes(tables.byOutcome.rows)),
    weekly: linesOf(procedures, 'week', weekShown('minutes')),
  };
  /** The « autres » rows the summary publishes (the weekly lines have none): each the sum of its table's hidden lines. */
  const others = (lines: Record<string, Line[]>, s: Space) =>
    Object.entries(lines)
      .filter(([table]) => (tables as Record<string, { other?: unknown }>)[table]?.other != null)
      .map(([, ls]) => {
        const hidden = ls.filter((l) => !l.shown);
        return where(s, (k) => hidden.some((l) => k[l.dim] === l.key));
      });
  audit(procedures, 'minutes', minuteTables, [
    ...(totals.minutes === null ? [] : [where(procedures, () => true)]),
    ...(totals.onBehalfMinutes === null ? [] : [where(procedures, (k) => onBehalfModeIds.includes(k.mode as string))]),
    ...others(minuteTables, procedures),
  ]);

  // Friction counts: by kind, by organisation, by week, the total.
  const frictions = space(
    files,
    (f) => f.frictions,
    (f) => ({ kind: f.kind, organisation: f.organisation, week: f.week }),
    (f) => f.count,
  );
  const countTables = {
    frictionsByKind: linesOf(frictions, 'kind', shownCount(tables.frictionsByKind.rows)),
    frictionsByOrganisation: linesOf(frictions, 'organisation', shownCount(tables.frictionsByOrganisation.rows)),
    weekly: linesOf(frictions, 'week', weekShown('frictions')),
  };
  audit(frictions, 'difficultés', countTables, [
    ...(totals.frictions === null ? [] : [where(frictions, () => true)]),
    ...others(countTables, frictions),
  ]);

  // Reasons and site time: one table each, with its « autres » (and the site total).
  const reasons = space(
    files,
    (f) => f.reasons,
    (r) => ({ reason: r.reason, week: r.week }),
    (r) => r.minutes,
  );
  const reasonTables = { byReason: linesOf(reasons, 'reason', shownMinutes(tables.byReason.rows)) };
  audit(reasons, 'motifs', reasonTables, others(reasonTables, reasons));
  const site = space(
    files,
    (f) => f.siteTime,
    (r) => ({ organisation: r.organisation, week: r.week }),
    (r) => r.minutes,
  );
  const siteTables = {
    siteTimeByOrganisation: linesOf(site, 'organisation', shownMinutes(tables.siteTimeByOrganisation.rows)),
  };
  audit(site, 'temps sur les sites', siteTables, [
    ...(totals.siteMinutes === null ? [] : [where(site, () => true)]),
    ...others(siteTables, site),
  ]);
}

// ------------------------------------------------------------------ random teams with every kind of row

const ORGS = ['francetravail', 'caf', 'ameli'];
const OWN: Record<string, string> = {
  francetravail: 'ft_actualisation',
  caf: 'prime_activite',
  ameli: 'mon_espace_sante',
};
const MODES = ['faire_ensemble', 'autonomie_guidee', 'faire_pour_en_presence', 'mandat_aidants_connect'];
const KINDS = ['mdp_oublie', 'compte_bloque', 'code_2fa_inaccessible'];
const minutes = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 30, max: 120 })).map((n) => n * 5);

const fileArb = fc.record({
  cells: fc.uniqueArray(
    fc
      .record({
        week: fc.constantFrom(...WEEKS),
        organisation: fc.constantFrom(...ORGS),
        // Mostly the organisation's own procedure; sometimes another's, or a generic one.
        procedure: fc.constantFrom('own', 'own', 'autre_demarche', ...Object.values(OWN)),
        mode: fc.constantFrom(...MODES),
        outcome: fc.constantFrom('abouti', 'bloque'),
        count: fc.integer({ min: 1, max: 4 }),
        // Sometimes a procedure counted without minutes (under 2.5 minutes, rounded to 0).
        minutes: fc.oneof({ arbitrary: minutes, weight: 5 }, { arbitrary: fc.constant(0), weight: 1 }),
      })
      .map((c) => ({ ...c, procedure: c.procedure === 'own' ? (OWN[c.organisation] as string) : c.procedure })),
    {
      minLength: 1,
      maxLength: 5,
      selector: (c) => `${c.week}|${c.organisation}|${c.procedure}|${c.mode}|${c.outcome}`,
    },
  ),
  frictions: fc.uniqueArray(
    fc.record({
      week: fc.constantFrom(...WEEKS),
      organisation: fc.constantFrom(...ORGS),
      kind: fc.constantFrom(...KINDS),
      count: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 10, max: 30 })),
      loginMinutes: fc.integer({ min: 0, max: 6 }).map((n) => n * 5),
    }),
    { maxLength: 4, selector: (f) => `${f.week}|${f.organisation}|${f.kind}` },
  ),
  reasons: fc.uniqueArray(
    fc.record({
      week: fc.constantFrom(...WEEKS),
      reason: fc.constantFrom('urgence', 'illectronisme', 'langue'),
      count: fc.integer({ min: 1, max: 3 }),
      minutes,
    }),
    { maxLength: 3, selector: (r) => `${r.week}|${r.reason}` },
  ),
  site: fc.option(minutes),
});
const sorted = <T>(rows: T[]) => [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

// One file per counsellor: never two of the same content (the merge refuses a copy).
const teamArb = fc.uniqueArray(fileArb, {
  minLength: 5,
  maxLength: 8,
  selector: (f) => JSON.stringify([sorted(f.cells), sorted(f.frictions), sorted(f.reasons), f.site]),
});

describe('team summary, audited as a whole', () => {
  it('does not let a line be recomputed through lines of 0 minutes (a review’s counterexample)', async () => {
    // caf_compte (120 minutes, one file) = bloque − faire_ensemble + email_creation + 2 × impots, where
    // email_creation and impots are published as 0 minutes (counted procedures without minutes).
    const team = [
      [
        {
          organisation: 'caf',
          procedure: 'ft_actualisation',
          mode: 'autonomie_guidee',
          outcome: 'abouti',
          count: 1,
          minutes: 25,
        },
      ],
      [
        {
          organisation: 'laposte_idn',
          procedure: 'ft_actualisation',
          mode: 'autonomie_guidee',
          outcome: 'abouti',
          count: 1,
          minutes: 5,
        },
        {
          organisation: 'francetravail',
          procedure: 'email_creation',
          mode: 'faire_ensemble',
          outcome: 'abouti',
          count: 1,
          minutes: 0,
        },
        {
          organisation: 'impots',
          procedure: 'caf_compte',
          mode: 'faire_ensemble',
          outcome: 'abouti',
          count: 1,
          minutes: 0,
        },
        {
          organisation: 'laposte_idn',
          procedure: 'ft_actualisation',
          mode: 'faire_ensemble',
          outcome: 'bloque',
          count: 1,
          minutes: 150,
        },
      ],
      [
        {
          organisation: 'ameli',
          procedure: 'ft_actualisation',
          mode: 'faire_pour_en_presence',
          outcome: 'abouti',
          count: 1,
          minutes: 25,
        },
      ],
      [
        {
          organisation: 'laposte_idn',
          procedure: 'email_creation',
          mode: 'faire_ensemble',
          outcome: 'abouti',
          count: 1,
          minutes: 0,
        },
        {
          organisation: 'caf',
          procedure: 'ft_actualisation',
          mode: 'faire_ensemble',
          outcome: 'bloque',
          count: 1,
          minutes: 25,
        },
        {
          organisation: 'laposte_idn',
          procedure: 'caf_compte',
          mode: 'autonomie_guidee',
          outcome: 'bloque',
          count: 1,
          minutes: 120,
        },
      ],
      [
        {
          organisation: 'laposte_idn',
          procedure: 'ft_actualisation',
          mode: 'faire_ensemble',
          outcome: 'bloque',
          count: 1,
          minutes: 150,
        },
      ],
    ];
    const files = await Promise.all(
      team.map((cells) => individual({ cells: cells.map((c) => ({ ...c, week: WEEK })) })),
    );
    const result = await mergeTeam(files, rules);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    check(files, result.summary);
  });

  it(
    'never lets a secret line, or a secret union of hidden lines, be recomputed from everything published',
    async () => {
      await fc.assert(
        fc.asyncProperty(teamArb, async (team) => {
          const files = await Promise.all(
            team.map((f) =>
              individual({
                weeks: WEEKS,
                cells: sorted(f.cells),
                frictions: sorted(f.frictions),
                reasons: sorted(f.reasons),
                siteTime: f.site === null ? [] : [{ week: WEEKS[0] as string, organisation: 'caf', minutes: f.site }],
              }),
            ),
          );
          const result = await mergeTeam(files, rules);
          if (!result.ok) throw new Error(JSON.stringify(result.problems));
          check(files, result.summary);
        }),
        { numRuns: runs(200) },
      );
    },
    timeout(120_000),
  );
});
