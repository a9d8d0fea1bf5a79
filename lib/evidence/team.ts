// The team summary: counsellors' individual files merged and protected for the
// staff representatives. Streaming: each file is folded into per-cell stats
// (sum, largest single contribution, number of files) and forgotten; only the
// digests are kept, for the duplicate check and the inputs list.
//
// Files given here are already verified (schema, version, digest: readContretempsFile);
// this checks what only a set of files can tell: same weeks, no demo mixed
// with real, no duplicate (same digest, or the same content under another
// salt), no empty file counted, enough contributors, and no near-copy of an
// earlier summary of overlapping weeks (the difference of two summaries would
// show the files that differ).
import { onBehalfModeIds } from '../catalogue';
import type { ErrorCode } from '../core/error-codes';
import { createAudit } from './audit';
import { withDigest } from './digest';
import {
  addTo,
  type CellStats,
  emptyStats,
  gathered,
  isSecret,
  protectLines,
  publishCount,
  publishMinutes,
} from './protect';
import {
  CATALOGUE_VERSION,
  CURRENT_VERSION,
  type IndividualFile,
  PURPOSE,
  type Rules,
  RulesSchema,
  TEAM_FORMAT,
  type TeamFile,
} from './schema';

/** A refusal: the code's sentence is in the locales (`error_<code>`), `values` fill its `$1`, `$2`. */
export interface Problem {
  code: ErrorCode;
  values?: string[];
  /** Which file (order of `add`), when the problem is one file's. */
  file?: number;
}

/**
 * What every file of one merge shares: the same weeks, demonstration or real
 * (never both), and no file twice. The first file accepted sets the weeks and
 * the kind unless the caller fixed them. Shared by the team and the branch.
 */
export function setChecks(weeks: string | undefined, demonstration: boolean | undefined, digests: Set<string>) {
  return {
    get weeks() {
      return weeks;
    },
    get demonstration() {
      return demonstration;
    },
    check(file: { weeks: string[]; demonstration: boolean; digest: string }, at: number): Problem[] {
      const problems: Problem[] = [];
      const fileWeeks = file.weeks.join(',');
      weeks ??= fileWeeks;
      demonstration ??= file.demonstration;
      if (fileWeeks !== weeks) problems.push({ code: 'week_mismatch', values: [fileWeeks, weeks], file: at });
      if (file.demonstration !== demonstration) problems.push({ code: 'demo_mixed', file: at });
      if (digests.has(file.digest)) problems.push({ code: 'file_duplicate', file: at });
      return problems;
    },
  };
}

export type MergeResult<T> = { ok: true; summary: T; problems: Problem[] } | { ok: false; problems: Problem[] };

type Summary = Omit<TeamFile, 'format' | 'version' | 'digest' | 'inputs' | 'contributors' | 'rules'>;
export type Tables = Summary['tables'];
export type Totals = Summary['totals'];

/** The published tables with minutes, then with counts only: one list for the team, the branch and their tests. */
export const MINUTE_TABLES = [
  'byOrganisation',
  'byProcedure',
  'byMode',
  'byOutcome',
  'byReason',
  'siteTimeByOrganisation',
] as const;
export const COUNT_TABLES = ['frictionsByKind', 'frictionsByOrganisation'] as const;
const TABLES = [...MINUTE_TABLES, ...COUNT_TABLES, 'weekly'] as const;
type TableName = (typeof TABLES)[number];
const TOTALS = ['count', 'minutes', 'frictions', 'loginMinutes', 'onBehalfMinutes', 'siteMinutes'] as const;
type TotalName = (typeof TOTALS)[number];

interface Cell {
  count: CellStats;
  minutes: CellStats;
  /** Frictions (weekly only). */
  frictions: CellStats;
}
const emptyCell = (): Cell => ({ count: emptyStats(), minutes: emptyStats(), frictions: emptyStats() });
type Local = { count: number; minutes: number; frictions: number };

const onBehalf = new Set(onBehalfModeIds);

/** The weekly frictions column, protected as a table of its own (a line per week). */
type LineTable = TableName | 'weeklyFrictions';

/**
 * The two spaces of cells whose sums are published: each table is the sum of
 * the cells by one of their keys (the tuple order of `dims`), so all of a
 * space's tables are linked through its cells.
 */
const SPACES = {
  procedures: {
    dims: ['byOrganisation', 'byProcedure', 'byMode', 'byOutcome', 'weekly'],
    key: (c: IndividualFile['cells'][number]) => `${c.organisation}|${c.procedure}|${c.mode}|${c.outcome}|${c.week}`,
  },
  frictions: {
    dims: ['frictionsByKind', 'frictionsByOrganisation', 'weeklyFrictions'],
    key: (f: IndividualFile['frictions'][number]) => `${f.kind}|${f.organisation}|${f.week}`,
  },
} as const;
type SpaceName = keyof typeof SPACES;
/** Per space, the key combinations seen (at most the catalogue's size × weeks), by their joined key. */
type SpaceCells = Record<SpaceName, Map<string, string[]>>;

/**
 * Linked keys: an organisation and a procedure seen together in some cell
 * (likewise an organisation and a friction kind). Within a connected set, the
 * organisations' time equals the procedures' time, so each table's lines of
 * that set have a subtotal the other table may publish: it is protected as a
 * group. Keys of the two sides are returned grouped, side by side.
 */
function linkedGroups(pairs: Set<string>): [string[][], string[][]] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const pair of pairs) {
    const [a, b] = pair.split('|');
    const ra = find(`a:${a}`);
    const rb = find(`b:${b}`);
    if (ra !== rb) parent.set(ra, rb);
  }
  const sides: [Map<string, string[]>, Map<string, string[]>] = [new Map(), new Map()];
  for (const pair of pairs) {
    const [a, b] = pair.split('|') as [string, string];
    for (const [side, node, key] of [
      [0, `a:${a}`, a],
      [1, `b:${b}`, b],
    ] as const) {
      const root = find(node);
      const keys = sides[side].get(root) ?? [];
      if (!keys.includes(key)) keys.push(key);
      sides[side].set(root, keys);
    }
  }
  // In a fixed order, whatever the order of the files.
  const sorted = (groups: string[][]) =>
    groups.map((g) => g.sort()).sort((x, y) => (x[0] as string).localeCompare(y[0] as string));
  return [sorted([...sides[0].values()]), sorted([...sides[1].values()])];
}

/** One file's contributions per table and key, and its totals (then folded into the stats). */
function contributions(file: IndividualFile) {
  const tables = new Map<TableName, Map<string, Local>>(TABLES.map((t) => [t, new Map()]));
  const totals: Record<TotalName, number> = {
    count: 0,
    minutes: 0,
    frictions: 0,
    loginMinutes: 0,
    onBehalfMinutes: 0,
    siteMinutes: 0,
  };
  const bump = (table: TableName, key: string, add: Partial<Local>) => {
    const map = tables.get(table) as Map<string, Local>;
    const cell = map.get(key) ?? { count: 0, minutes: 0, frictions: 0 };
    cell.count += add.count ?? 0;
    cell.minutes += add.minutes ?? 0;
    cell.frictions += add.frictions ?? 0;
    map.set(key, cell);
  };
  for (const c of file.cells) {
    const add = { count: c.count, minutes: c.minutes };
    bump('byOrganisation', c.organisation, add);
    bump('byProcedure', c.procedure, add);
    bump('byMode', c.mode, add);
    bump('byOutcome', c.outcome, add);
    bump('weekly', c.week, add);
    totals.count += c.count;
    totals.minutes += c.minutes;
    if (onBehalf.has(c.mode)) totals.onBehalfMinutes += c.minutes;
  }
  for (const r of file.reasons) bump('byReason', r.reason, { count: r.count, minutes: r.minutes });
  for (const f of file.frictions) {
    bump('frictionsByKind', f.kind, { count: f.count });
    bump('frictionsByOrganisation', f.organisation, { count: f.count });
    bump('weekly', f.week, { frictions: f.count });
    totals.frictions += f.count;
    totals.loginMinutes += f.loginMinutes;
  }
  for (const s of file.siteTime) {
    bump('siteTimeByOrganisation', s.organisation, { minutes: s.minutes });
    totals.siteMinutes += s.minutes;
  }
  return { tables, totals };
}

/** A summary made before (on this browser profile, or given to the command line): its weeks and sorted inputs. */
export interface PreviousSummary {
  weeks: string[];
  /** One digest per contributor: their number is the summary's contributors. */
  inputs: string[];
}

/** Earlier summaries combined by the count rule: every group of up to this many. */
const MAX_COMBINED = 3;

const period = (w: string[]) => (w.length === 1 ? (w[0] as string) : `${w[0]} – ${w[w.length - 1]}`);

/**
 * Why a new summary may not be published next to the earlier ones it shares
 * weeks with, or null. Subtracting summaries from one another shows the files
 * in one and not the others, so:
 * - Same weeks, by digests: each file falls in a group by the summaries that
 *   hold it; every combination of summaries is a sum of such groups, so a
 *   group this summary creates must hold 0 or at least `min` files.
 * - Any shared week, by numbers of contributors (the files of S40–S41 and of
 *   S41 alone, or a re-export of the same week, have different digests: no
 *   person identifier exists to match them): the new number must not differ
 *   by 1 to `min` − 1 from an earlier summary's, nor from the sum of up to
 *   three earlier ones' (S1 + S2 against a summary of both teams plus one).
 * Weeks shared with none share no figure.
 */
export function guardProblem(
  weeks: string[],
  inputs: string[],
  previous: PreviousSummary[],
  min: number,
): Problem | null {
  const mine = new Set(weeks);
  const overlapping = previous.filter((p) => p.weeks.some((w) => mine.has(w)));
  const same = overlapping.filter((p) => p.weeks.join(',') === weeks.join(','));
  // Groups of files by the summaries holding them, before and with this one.
  const groups = (summaries: string[][]) => {
    const holders = new Map<string, string>();
    summaries.forEach((list, i) => {
      for (const d of list) holders.set(d, `${holders.get(d) ?? ''}${i},`);
    });
    const byHolders = new Map<string, string[]>();
    for (const [d, h] of holders) byHolders.set(h, [...(byHolders.get(h) ?? []), d]);
    return [...byHolders.values()].map((g) => g.sort().join(' '));
  };
  const before = new Set(groups(same.map((p) => p.inputs)));
  for (const group of groups([...same.map((p) => p.inputs), inputs])) {
    const size = group.split(' ').length;
    if (size < min && !before.has(group)) return { code: 'summary_too_close', values: [String(size), String(min)] };
  }
  // Every group of up to MAX_COMBINED earlier summaries, by their numbers of contributors.
  const combos: PreviousSummary[][] = [];
  const extend = (from: number, chosen: PreviousSummary[]) => {
    for (let i = from; i < overlapping.length; i++) {
      const next = [...chosen, overlapping[i] as PreviousSummary];
      combos.push(next);
      if (next.length < MAX_COMBINED) extend(i + 1, next);
    }
  };
  extend(0, []);
  for (const combo of combos) {
    const theirs = combo.reduce((n, p) => n + p.inputs.length, 0);
    const differ = Math.abs(inputs.length - theirs);
    if (differ === 0 || differ >= min) continue;
    const periods = combo.map((p) => period(p.weeks)).join(' + ');
    const code = combo.length === 1 ? 'summary_overlap_close' : 'summary_combined_close';
    return { code, values: [periods, String(theirs), String(inputs.length), String(min)] };
  }
  return null;
}

/** A file with nothing in it: no procedure, friction or site time, or only rows of zeros. */
const isEmpty = (file: IndividualFile) =>
  file.cells.every((c) => c.count === 0 && c.minutes === 0) &&
  file.reasons.every((r) => r.count === 0 && r.minutes === 0) &&
  file.frictions.every((f) => f.count === 0 && f.loginMinutes === 0) &&
  file.siteTime.every((t) => t.minutes === 0);

/**
 * The file's content without its salt and digest, as a short fingerprint: the
 * same export saved twice (each with a fresh salt) has two digests but one
 * content. Each row is hashed field by field (cyrb53's mixing, two 32-bit
 * lanes) and the rows' hashes are added up, so the order of the rows or of
 * their keys does not make a copy look new. Not a cryptographic hash: it only
 * tells accidental copies apart, synchronously (WebCrypto is not), in about
 * 25 ms for a thousand files of 60 rows.
 */
export function contentFingerprint(file: IndividualFile): string {
  let sum1 = 0;
  let sum2 = 0;
  let rows = 0;
  const row = (fields: (string | number | boolean)[]) => {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (const field of fields) {
      const text = String(field);
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 2654435761);
        h2 = Math.imul(h2 ^ c, 1597334677);
      }
      // A separator, so that fields cannot slide into each other (`ab|c` ≠ `a|bc`).
      h1 = Math.imul(h1 ^ 0x7c, 2654435761);
      h2 = Math.imul(h2 ^ 0x7c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    sum1 = (sum1 + (h1 >>> 0)) >>> 0;
    sum2 = (sum2 + (h2 >>> 0)) >>> 0;
    rows += 1;
  };
  row(['file', file.weeks.join(','), file.demonstration, file.catalogue]);
  for (const c of file.cells) row(['c', c.week, c.organisation, c.procedure, c.mode, c.outcome, c.count, c.minutes]);
  for (const r of file.reasons) row(['r', r.week, r.reason, r.count, r.minutes]);
  for (const f of file.frictions) row(['f', f.week, f.organisation, f.kind, f.count, f.loginMinutes]);
  for (const t of file.siteTime) row(['s', t.week, t.organisation, t.minutes]);
  return `${rows}:${sum1.toString(36)}:${sum2.toString(36)}`;
}

export interface TeamMerger {
  /** Checks one file against those added before and folds it in; its problems (empty: merged). */
  add(file: IndividualFile): Problem[];
  /** The protected summary, or why there is none. Problems of refused files are repeated. */
  finish(opts?: { previous?: PreviousSummary[] }): Promise<MergeResult<TeamFile>>;
}

export interface MergerOptions {
  /** The weeks expected (else the first file's). */
  weeks?: string[];
  /** Demonstration or real expected (else the first file's). */
  demonstration?: boolean;
}

/** Starts a streaming team merge. Invalid rules (fewer than 3 contributors…) are refused at `finish`. */
export function createTeamMerger(rules: Rules, opts: MergerOptions = {}): TeamMerger {
  const tables = new Map<TableName, Map<string, Cell>>(TABLES.map((t) => [t, new Map()]));
  /** Per table, the stats of each file's table total (for the tables without a shared total). */
  const tableTotals = new Map<TableName, CellStats>(TABLES.map((t) => [t, emptyStats()]));
  const totals = Object.fromEntries(TOTALS.map((t) => [t, emptyStats()])) as Record<TotalName, CellStats>;
  const digests = new Set<string>();
  /** The content fingerprint of each file merged: one export saved twice is one person. */
  const contents = new Set<string>();
  const cells: SpaceCells = { procedures: new Map(), frictions: new Map() };
  // The hot path of a merge: one string per cell, split into its keys only the first time it is seen.
  const seen = (space: SpaceName, key: string) => {
    if (!cells[space].has(key)) cells[space].set(key, key.split('|'));
  };
  const refused: Problem[] = [];
  const set = setChecks(opts.weeks?.join(','), opts.demonstration, digests);
  let index = 0;

  return {
    add(file) {
      const at = index++;
      const problems = set.check(file, at);
      // An empty file would count as a contributor while bringing nothing to any cell: refused (METHODE.md § 4).
      const empty = problems.length === 0 && isEmpty(file);
      const content = problems.length === 0 && !empty ? contentFingerprint(file) : '';
      if (empty) problems.push({ code: 'file_empty', file: at });
      else if (contents.has(content)) problems.push({ code: 'file_same_content', file: at });
      if (problems.length > 0) {
        refused.push(...problems);
        return problems;
      }
      digests.add(file.digest);
      contents.add(content);
      // Cells of 0 minutes add no unknown (a count alone is not a secret): a line of 0 minutes
      // is published as 0, and its cells would let the audit miss a recomputation through it.
      for (const c of file.cells) if (c.minutes > 0) seen('procedures', SPACES.procedures.key(c));
      for (const f of file.frictions) seen('frictions', SPACES.frictions.key(f));
      const mine = contributions(file);
      for (const [table, cells] of mine.tables) {
        const merged = tables.get(table) as Map<string, Cell>;
        let tableTotal = 0;
        for (const [key, local] of cells) {
          const cell = merged.get(key) ?? emptyCell();
          addTo(cell.count, local.count);
          addTo(cell.minutes, local.minutes);
          addTo(cell.frictions, local.frictions);
          merged.set(key, cell);
          tableTotal += COUNT_TABLES.includes(table as (typeof COUNT_TABLES)[number]) ? local.count : local.minutes;
        }
        addTo(tableTotals.get(table) as CellStats, tableTotal);
      }
      for (const name of TOTALS) addTo(totals[name], mine.totals[name]);
      return [];
    },

    async finish(finishOpts = {}) {
      const problems = [...refused];
      if (!RulesSchema.safeParse(rules).success)
        return { ok: false, problems: [...problems, { code: 'rules_invalid' }] };
      if (digests.size < rules.minContributors) {
        const values = [String(digests.size), String(rules.minContributors)];
        return { ok: false, problems: [...problems, { code: 'too_few_contributors', values }] };
      }
      const inputs = [...digests].sort();
      const weeks = (set.weeks as string).split(',');
      const close = guardProblem(weeks, inputs, finishOpts.previous ?? [], rules.minContributors);
      if (close) return { ok: false, problems: [...problems, close] };
      // Every week of the period has its line, even a week without any procedure (the trend shows it).
      const weekly = tables.get('weekly') as Map<string, Cell>;
      for (const week of (set.weeks as string).split(',')) if (!weekly.has(week)) weekly.set(week, emptyCell());
      const built = protect(tables, tableTotals, totals, rules, cells);
      const summary = await withDigest<TeamFile>({
        format: TEAM_FORMAT,
        version: CURRENT_VERSION,
        purpose: PURPOSE,
        weeks: (set.weeks as string).split(','),
        demonstration: set.demonstration as boolean,
        catalogue: CATALOGUE_VERSION,
        rules,
        contributors: digests.size,
        ...built,
        inputs,
      } satisfies Omit<TeamFile, 'digest'>);
      return { ok: true, summary, problems };
    },
  };
}

const byKey = <T extends { key: string }>(a: T, b: T) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const sortedByKey = <V>(map: Map<string, V>) => new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The figure a line table protects: minutes, a count, or the weekly frictions. */
function figureOf(table: LineTable): [TableName, keyof Cell] {
  if (table === 'weeklyFrictions') return ['weekly', 'frictions'];
  return [table, (COUNT_TABLES as readonly string[]).includes(table) ? 'count' : 'minutes'];
}

/**
 * The linked sets of each table: any two tables of a space are linked by the
 * key pairs seen together in its cells (see `linkedGroups`).
 */
function linkedPartitions(cells: SpaceCells): Partial<Record<LineTable, string[][][]>> {
  const partitions: Partial<Record<LineTable, string[][][]>> = {};
  for (const name of Object.keys(SPACES) as SpaceName[]) {
    const dims: readonly LineTable[] = SPACES[name].dims;
    const tuples = [...cells[name].values()];
    for (const [i, a] of dims.entries()) {
      for (const [j, b] of dims.entries()) {
        if (j <= i) continue;
        const [sideA, sideB] = linkedGroups(new Set(tuples.map((t) => `${t[i]}|${t[j]}`)));
        // One set is the whole table: nothing more to protect.
        if (sideA.length > 1) partitions[a] = [...(partitions[a] ?? []), sideA];
        if (sideB.length > 1) partitions[b] = [...(partitions[b] ?? []), sideB];
      }
    }
  }
  return partitions;
}

/** What one protection pass hid in a table. */
interface TableState {
  hidden: Set<string>;
  totalSecret: boolean;
  /** Its « autres / non ventilé » figure is published (the sum of its hidden lines). */
  otherPublished: boolean;
}
interface Pass {
  published: Pick<Summary, 'tables' | 'totals'>;
  states: Map<LineTable, TableState>;
  onBehalfPublished: boolean;
}
/** What the audit asks: hide one more line, or stop publishing the on-behalf subtotal. */
type Fix = { table: LineTable; key: string } | 'onBehalf';

/**
 * Applies the disclosure rules to the merged stats: the published tables and
 * totals. Each table is first protected on its own and with its linked sets
 * (`protectLines`); then the whole-summary audit looks for a secret line that
 * the published figures of all the tables recompute together, and the pass is
 * made again with one more line hidden, until there is none.
 */
function protect(
  merged: Map<TableName, Map<string, Cell>>,
  tableTotals: Map<TableName, CellStats>,
  totals: Record<TotalName, CellStats>,
  rules: Rules,
  seen: SpaceCells,
): Pick<Summary, 'tables' | 'totals'> {
  // Lines and cells come in the order the files were merged; the rules and the audit take them in one
  // fixed order (by key), as the order they meet them decides which line the audit hides first: the
  // same files give the same summary in any order.
  const tables = new Map([...merged].map(([name, lines]) => [name, sortedByKey(lines)]));
  const cells: SpaceCells = { procedures: sortedByKey(seen.procedures), frictions: sortedByKey(seen.frictions) };
  const partitions = linkedPartitions(cells);
  const audit = auditor(tables, cells, totals, rules);
  const forced = new Map<LineTable, Set<string>>();
  let onBehalfForced = false;
  // Each round hides something more, so this ends (at worst with everything hidden).
  for (;;) {
    const pass = protectOnce(tables, tableTotals, totals, rules, partitions, forced, onBehalfForced);
    const fix = audit(pass);
    if (fix === null) return pass.published;
    if (fix === 'onBehalf') onBehalfForced = true;
    else forced.set(fix.table, new Set([...(forced.get(fix.table) ?? []), fix.key]));
  }
}

/** The whole-summary audit of a pass: the first fix it needs, or null. */
function auditor(
  tables: Map<TableName, Map<string, Cell>>,
  cells: SpaceCells,
  totals: Record<TotalName, CellStats>,
  rules: Rules,
) {
  /** A table's lines all hidden are its whole: their exact stats are the space's total. */
  const spaceTotal: Record<SpaceName, CellStats> = { procedures: totals.minutes, frictions: totals.frictions };
  const statsOf = (table: LineTable, key: string): CellStats => {
    const [name, figure] = figureOf(table);
    return (tables.get(name) as Map<string, Cell>).get(key)?.[figure] ?? emptyStats();
  };
  const spaces = (Object.keys(SPACES) as SpaceName[]).map((name) => {
    const dims: readonly LineTable[] = SPACES[name].dims;
    const keys = [...cells[name].keys()];
    const tuples = keys.map((k) => cells[name].get(k) as string[]);
    const lineCells = dims.map((_, d) => {
      const lines = new Map<string, number[]>();
      for (const [i, t] of tuples.entries()) {
        const key = t[d] as string;
        lines.set(key, [...(lines.get(key) ?? []), i]);
      }
      return lines;
    });
    // Every line, each table's « autres », the total and the on-behalf subtotal.
    const most = lineCells.reduce((n, lines) => n + lines.size + 1, 0) + 2;
    const audit = createAudit(keys, most);
    const vectors = lineCells.map((lines) => new Map([...lines].map(([k, c]) => [k, audit.vector(c)])));
    return { name, dims, audit, vectors, all: audit.vector(keys.map((_, i) => i)) };
  });

  type Ref = { line: { table: LineTable; key: string; sum: number } } | { other: LineTable } | 'total' | 'onBehalf';
  const smallest = (refs: Ref[]): Fix | null => {
    const lines = refs.flatMap((r) => (typeof r === 'object' && 'line' in r ? [r.line] : []));
    lines.sort((a, b) => a.sum - b.sum || (a.table < b.table ? -1 : a.table > b.table ? 1 : a.key < b.key ? -1 : 1));
    const first = lines[0];
    return first ? { table: first.table, key: first.key } : null;
  };

  return (pass: Pass): Fix | null => {
    for (const space of spaces) {
      const refs: Ref[] = [];
      const published: Float64Array[] = [];
      /** Per table, its hidden lines; `shown` when some of its lines are published. */
      const groups: { table: LineTable; keys: string[]; vectors: Float64Array[]; shown: boolean }[] = [];
      for (const [d, table] of space.dims.entries()) {
        const state = pass.states.get(table) as TableState;
        const group = { table, keys: [] as string[], vectors: [] as Float64Array[], shown: false };
        for (const [key, vector] of space.vectors[d] as Map<string, Float64Array>) {
          const stats = statsOf(table, key);
          if (stats.sum === 0) continue;
          if (state.hidden.has(key)) {
            group.keys.push(key);
            group.vectors.push(vector);
          } else {
            refs.push({ line: { table, key, sum: stats.sum } });
            published.push(vector);
            group.shown = true;
          }
        }
        if (state.otherPublished) {
          refs.push({ other: table });
          published.push(space.audit.sum(group.vectors));
        }
        groups.push(group);
      }
      const total = space.name === 'frictions' ? pass.published.totals.frictions : pass.published.totals.minutes;
      if (total !== null) {
        refs.push('total');
        published.push(space.all);
      }
      if (space.name === 'procedures' && pass.onBehalfPublished) {
        const modes = space.vectors[space.dims.indexOf('byMode')] as Map<string, Float64Array>;
        refs.push('onBehalf');
        published.push(space.audit.sum([...modes].filter(([k]) => onBehalf.has(k)).map(([, v]) => v)));
      }
      const known = space.audit.knownUnions(
        published,
        groups.map((g) => g.vectors),
      );
      for (const [g, unions] of known.entries()) {
        const group = groups[g] as (typeof groups)[number];
        for (const union of unions) {
          // Known, it must pass the rules (a group of lines only has bounds: see `gathered`).
          const whole = union.lines.length === group.keys.length && !group.shown;
          const stats = whole
            ? spaceTotal[space.name]
            : gathered(union.lines.map((i) => statsOf(group.table, group.keys[i] as string)));
          if (!isSecret(stats, rules)) continue;
          const through = union.using.map((j) => refs[j] as Ref);
          // Hide a published line the recomputation uses; else one of a table whose « autres » it
          // uses; else (it uses the total) any published line; else stop publishing the subtotal.
          const others = new Set(through.flatMap((r) => (typeof r === 'object' && 'other' in r ? [r.other] : [])));
          const fix =
            smallest(through) ??
            smallest(refs.filter((r) => typeof r === 'object' && 'line' in r && others.has(r.line.table))) ??
            (through.includes('total') ? smallest(refs) : null) ??
            (through.includes('onBehalf') ? 'onBehalf' : null);
          if (fix !== null) return fix;
        }
      }
    }
    return null;
  };
}

/** One pass of the rules, table by table, with the lines the audit asked to hide. */
function protectOnce(
  tables: Map<TableName, Map<string, Cell>>,
  tableTotals: Map<TableName, CellStats>,
  totals: Record<TotalName, CellStats>,
  rules: Rules,
  linked: Partial<Record<LineTable, string[][][]>>,
  forced: Map<LineTable, Set<string>>,
  onBehalfForced: boolean,
): Pass {
  const states = new Map<LineTable, TableState>();
  const lines = (table: TableName, figure: keyof Cell) =>
    [...(tables.get(table) as Map<string, Cell>)].map(([key, cell]) => ({ key, stats: cell[figure], cell }));
  const sharedTotal: Partial<Record<TableName, CellStats>> = {
    byOrganisation: totals.minutes,
    byProcedure: totals.minutes,
    byMode: totals.minutes,
    byOutcome: totals.minutes,
    weekly: totals.minutes,
    siteTimeByOrganisation: totals.siteMinutes,
    frictionsByKind: totals.frictions,
    frictionsByOrganisation: totals.frictions,
  };
  const totalOf = (table: TableName) => sharedTotal[table] ?? (tableTotals.get(table) as CellStats);
  let onBehalfSecret = onBehalfForced || isSecret(totals.onBehalfMinutes, rules);
  const protectTable = (table: LineTable, all: { key: string; stats: CellStats }[], total: CellStats, extra = []) => {
    const partitions = [...extra, ...(linked[table] ?? [])];
    const forcedHere = forced.get(table);
    return protectLines({ lines: all, total, partitions, ...(forcedHere ? { forced: forcedHere } : {}) }, rules);
  };

  const minuteTable = (table: (typeof MINUTE_TABLES)[number]) => {
    const all = lines(table, 'minutes');
    const withOnBehalf = table === 'byMode' && !onBehalfSecret;
    const subtotal = withOnBehalf ? [[all.map((l) => l.key).filter((k) => onBehalf.has(k))]] : [];
    const p = protectTable(table, all, totalOf(table), subtotal as never[]);
    if (withOnBehalf && p.merged[0]) onBehalfSecret = true;
    const hidden = all.filter((l) => p.hidden.has(l.key));
    const sum = (figure: 'count' | 'minutes') => hidden.reduce((s, l) => s + l.cell[figure].sum, 0);
    const other =
      p.totalSecret || hidden.length === 0
        ? null
        : {
            lines: hidden.length,
            count: publishCount(sum('count'), rules),
            minutes: publishMinutes(sum('minutes'), rules),
          };
    states.set(table, { hidden: p.hidden, totalSecret: p.totalSecret, otherPublished: other !== null });
    return {
      rows: all
        .map((l) => ({
          key: l.key,
          count: publishCount(l.cell.count.sum, rules),
          minutes: p.hidden.has(l.key) ? null : publishMinutes(l.cell.minutes.sum, rules),
        }))
        .sort(byKey),
      other,
    };
  };

  const countTable = (table: (typeof COUNT_TABLES)[number]) => {
    const all = lines(table, 'count');
    const p = protectTable(table, all, totalOf(table));
    const hidden = all.filter((l) => p.hidden.has(l.key));
    const sum = hidden.reduce((s, l) => s + l.cell.count.sum, 0);
    // A secret total stays secret: no « autres » that would be the total again.
    const other =
      !p.totalSecret && hidden.length >= 2 ? { lines: hidden.length, count: publishCount(sum, rules) } : null;
    states.set(table, { hidden: p.hidden, totalSecret: p.totalSecret, otherPublished: other !== null });
    return {
      rows: all
        .filter((l) => !p.hidden.has(l.key))
        .map((l) => ({ key: l.key, count: publishCount(l.cell.count.sum, rules) }))
        .sort(byKey),
      other,
    };
  };

  // The weekly lines: their minutes and their frictions, each protected with its own space.
  const weeklyTable = () => {
    const minutes = protectTable('weekly', lines('weekly', 'minutes'), totals.minutes);
    const frictions = protectTable('weeklyFrictions', lines('weekly', 'frictions'), totals.frictions);
    states.set('weekly', { hidden: minutes.hidden, totalSecret: minutes.totalSecret, otherPublished: false });
    states.set('weeklyFrictions', {
      hidden: frictions.hidden,
      totalSecret: frictions.totalSecret,
      otherPublished: false,
    });
    return lines('weekly', 'minutes')
      .map((l) => ({
        week: l.key,
        count: publishCount(l.cell.count.sum, rules),
        minutes: minutes.hidden.has(l.key) ? null : publishMinutes(l.cell.minutes.sum, rules),
        frictions: frictions.hidden.has(l.key) ? null : publishCount(l.cell.frictions.sum, rules),
      }))
      .sort((a, b) => (a.week < b.week ? -1 : 1));
  };

  const built: Tables = {
    byOrganisation: minuteTable('byOrganisation'),
    byProcedure: minuteTable('byProcedure'),
    byMode: minuteTable('byMode'),
    byOutcome: minuteTable('byOutcome'),
    byReason: minuteTable('byReason'),
    frictionsByKind: countTable('frictionsByKind'),
    frictionsByOrganisation: countTable('frictionsByOrganisation'),
    siteTimeByOrganisation: minuteTable('siteTimeByOrganisation'),
    weekly: weeklyTable(),
  };
  const duration = (stats: CellStats, secret = false) =>
    secret || isSecret(stats, rules) ? null : publishMinutes(stats.sum, rules);
  return {
    published: {
      tables: built,
      totals: {
        count: publishCount(totals.count.sum, rules),
        minutes: duration(totals.minutes),
        frictions: isSecret(totals.frictions, rules) ? null : publishCount(totals.frictions.sum, rules),
        loginMinutes: duration(totals.loginMinutes),
        onBehalfMinutes: duration(totals.onBehalfMinutes, onBehalfSecret),
        siteMinutes: duration(totals.siteMinutes),
      },
    },
    states,
    onBehalfPublished: !onBehalfSecret,
  };
}

/** Merges files at once (the dashboard): the weeks and kind most files share are expected. */
export async function mergeTeam(
  files: IndividualFile[],
  rules: Rules,
  previous: PreviousSummary[] = [],
): Promise<MergeResult<TeamFile>> {
  const most = <T>(values: T[]): T | undefined => {
    const counts = new Map<T, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  const weeks = most(files.map((f) => f.weeks.join(',')));
  const demonstration = most(files.map((f) => f.demonstration));
  const merger = createTeamMerger(rules, {
    ...(weeks === undefined ? {} : { weeks: weeks.split(',') }),
    ...(demonstration === undefined ? {} : { demonstration }),
  });
  for (const file of files) merger.add(file);
  return merger.finish({ previous });
}
