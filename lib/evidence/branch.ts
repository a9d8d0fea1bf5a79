// The branch summary: team summaries of the same weeks added up, for a view
// across structures. It only ever adds figures the teams already published:
// a line hidden or shown as `<5` in any team cannot be told apart at branch
// level, so the whole line goes to the branch's « autres / non ventilé ».
// Nothing here can reveal more than the team summaries themselves.
//
// Streaming: each team summary is folded in and forgotten; only the digests
// and the teams' inputs are kept (a team sharing an individual file with
// another is refused: the difference of the two would show the files that
// differ). `<5` counts are unknown (1 to 4): they add nothing to the sums, so
// a branch count may be short by up to 4 per team and line (said in METHODE).
import { withDigest } from './digest';
import { publishCount } from './protect';
import {
  BRANCH_FORMAT,
  type BranchFile,
  CATALOGUE_VERSION,
  CURRENT_VERSION,
  defaultRules,
  PURPOSE,
  type Rules,
  type TeamFile,
} from './schema';
import { COUNT_TABLES, type MergeResult, MINUTE_TABLES, type Problem, setChecks, type Tables } from './team';

type Count = '<5' | number;
type Minutes = number | null;

/** A count added up: numbers summed, `<5` remembered as « some, unknown ». */
class CountSum {
  value = 0;
  small = false;
  add(c: Count): void {
    if (c === '<5') this.small = true;
    else this.value += c;
  }
  publish(rules: Rules): Count {
    return this.small && this.value === 0 ? '<5' : publishCount(this.value, rules);
  }
}
class MinuteSum {
  value = 0;
  unknown = false;
  add(m: Minutes): void {
    if (m === null) this.unknown = true;
    else this.value += m;
  }
  publish(): Minutes {
    return this.unknown ? null : this.value;
  }
}

interface Line {
  count: CountSum;
  /** Counts of the teams where the line's minutes were published (the others' are in their `other`). */
  countShown: CountSum;
  minutes: MinuteSum;
  /** Some team hid the line or showed its count as `<5`: at branch level it goes to `other`. */
  moved: boolean;
  /** Count tables: teams with an `other` that list this line (a team that does not may hide it there). */
  listed: number;
}
const newLine = (): Line => ({
  count: new CountSum(),
  countShown: new CountSum(),
  minutes: new MinuteSum(),
  moved: false,
  listed: 0,
});
interface TableAcc {
  lines: Map<string, Line>;
  otherCount: CountSum;
  otherMinutes: MinuteSum;
  /** Count tables: teams whose table has an `other`. */
  teamsWithOther: number;
}
const newTable = (): TableAcc => ({
  lines: new Map(),
  otherCount: new CountSum(),
  otherMinutes: new MinuteSum(),
  teamsWithOther: 0,
});

/** Rules at least as protective as the branch's. */
function asStrict(team: Rules, branch: Rules): boolean {
  return (
    team.minContributors >= branch.minContributors &&
    team.dominance <= branch.dominance &&
    team.minFilesPerCell >= branch.minFilesPerCell
  );
}

export interface BranchMerger {
  add(team: TeamFile): Problem[];
  finish(): Promise<MergeResult<BranchFile>>;
}

export function createBranchMerger(rules: Rules): BranchMerger {
  const tables = new Map<string, TableAcc>([...MINUTE_TABLES, ...COUNT_TABLES].map((t) => [t, newTable()]));
  /** Per week; a week whose frictions any team hid has none published (the others' sum would show it). */
  const weekly = new Map<
    string,
    { count: CountSum; minutes: MinuteSum; frictions: CountSum; frictionsHidden: boolean }
  >();
  const totals = {
    count: new CountSum(),
    minutes: new MinuteSum(),
    frictions: new CountSum(),
    loginMinutes: new MinuteSum(),
    onBehalfMinutes: new MinuteSum(),
    siteMinutes: new MinuteSum(),
  };
  const digests = new Set<string>();
  /** The individual files counted so far: two teams built from shared files would reveal them by difference. */
  const inputs = new Set<string>();
  const refused: Problem[] = [];
  const set = setChecks(undefined, undefined, digests);
  let contributors = 0;
  /** A team kept its friction total secret: the branch's would show it by difference. */
  let frictionsSecret = false;
  let index = 0;

  const line = (table: TableAcc, key: string) => {
    const found = table.lines.get(key) ?? newLine();
    table.lines.set(key, found);
    return found;
  };

  return {
    add(team) {
      const at = index++;
      const problems = set.check(team, at);
      if (!digests.has(team.digest) && team.inputs.some((d) => inputs.has(d)))
        problems.push({ code: 'team_overlap', file: at });
      if (!asStrict(team.rules, rules)) problems.push({ code: 'rules_mismatch', file: at });
      if (problems.length > 0) {
        refused.push(...problems);
        return problems;
      }
      digests.add(team.digest);
      for (const d of team.inputs) inputs.add(d);
      contributors += team.contributors;

      for (const name of MINUTE_TABLES) {
        const acc = tables.get(name) as TableAcc;
        const table = team.tables[name];
        for (const row of table.rows) {
          const l = line(acc, row.key);
          l.count.add(row.count);
          l.minutes.add(row.minutes);
          if (row.minutes !== null) l.countShown.add(row.count);
          if (row.minutes === null || row.count === '<5') l.moved = true;
        }
        if (table.other !== null) {
          acc.otherCount.add(table.other.count);
          acc.otherMinutes.add(table.other.minutes);
        } else if (table.rows.some((r) => r.minutes === null)) acc.otherMinutes.add(null);
      }
      for (const name of COUNT_TABLES) {
        const acc = tables.get(name) as TableAcc;
        const table = team.tables[name];
        for (const row of table.rows) {
          const l = line(acc, row.key);
          l.count.add(row.count);
          l.countShown.add(row.count);
          if (row.count === '<5') l.moved = true;
          if (table.other !== null) l.listed += 1;
        }
        if (table.other !== null) {
          acc.otherCount.add(table.other.count);
          acc.teamsWithOther += 1;
        }
      }
      for (const w of team.tables.weekly) {
        const acc = weekly.get(w.week) ?? {
          count: new CountSum(),
          minutes: new MinuteSum(),
          frictions: new CountSum(),
          frictionsHidden: false,
        };
        acc.count.add(w.count);
        acc.minutes.add(w.minutes);
        if (w.frictions === null) acc.frictionsHidden = true;
        else acc.frictions.add(w.frictions);
        weekly.set(w.week, acc);
      }
      totals.count.add(team.totals.count);
      totals.minutes.add(team.totals.minutes);
      if (team.totals.frictions === null) frictionsSecret = true;
      else totals.frictions.add(team.totals.frictions);
      totals.loginMinutes.add(team.totals.loginMinutes);
      totals.onBehalfMinutes.add(team.totals.onBehalfMinutes);
      totals.siteMinutes.add(team.totals.siteMinutes);
      return [];
    },

    async finish() {
      const problems = [...refused];
      if (digests.size < 2)
        return { ok: false, problems: [...problems, { code: 'too_few_teams', values: [String(digests.size)] }] };
      const built = {} as Record<string, unknown>;
      for (const name of MINUTE_TABLES) built[name] = minuteTable(tables.get(name) as TableAcc, rules);
      for (const name of COUNT_TABLES) built[name] = countTable(tables.get(name) as TableAcc, rules);
      const summary = await withDigest<BranchFile>({
        format: BRANCH_FORMAT,
        version: CURRENT_VERSION,
        teams: digests.size,
        purpose: PURPOSE,
        weeks: (set.weeks as string).split(','),
        demonstration: set.demonstration as boolean,
        catalogue: CATALOGUE_VERSION,
        rules,
        contributors,
        totals: {
          count: totals.count.publish(rules),
          minutes: totals.minutes.publish(),
          frictions: frictionsSecret ? null : totals.frictions.publish(rules),
          loginMinutes: totals.loginMinutes.publish(),
          onBehalfMinutes: totals.onBehalfMinutes.publish(),
          siteMinutes: totals.siteMinutes.publish(),
        },
        tables: {
          ...(built as Omit<Tables, 'weekly'>),
          weekly: [...weekly]
            .sort((a, b) => (a[0] < b[0] ? -1 : 1))
            .map(([week, w]) => ({
              week,
              count: w.count.publish(rules),
              minutes: w.minutes.publish(),
              frictions: w.frictionsHidden ? null : w.frictions.publish(rules),
            })),
        },
        inputs: [...digests].sort(),
      } satisfies Omit<BranchFile, 'digest'>);
      return { ok: true, summary, problems };
    },
  };
}

/** Published lines when every team showed them; the rest gathered (at least two lines, else the smallest joins). */
function gather(acc: TableAcc): [string, Line][] {
  const entries = [...acc.lines].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const moved = entries.filter(([, l]) => l.moved);
  if (moved.length === 1) {
    const smallest = entries
      .filter(([, l]) => !l.moved)
      .sort((a, b) => a[1].minutes.value - b[1].minutes.value || a[1].count.value - b[1].count.value)[0];
    if (smallest) smallest[1].moved = true;
  }
  return entries;
}

function minuteTable(acc: TableAcc, rules: Rules): Tables['byMode'] {
  const entries = gather(acc);
  const other = { count: new CountSum(), minutes: new MinuteSum() };
  other.count.add(acc.otherCount.publish(rules));
  other.minutes.add(acc.otherMinutes.publish());
  let lines = 0;
  const rows = entries.map(([key, l]) => {
    if (!l.moved) return { key, count: l.count.publish(rules), minutes: l.minutes.value };
    lines += 1;
    other.count.add(l.countShown.publish(rules));
    other.minutes.add(l.minutes.value);
    return { key, count: l.count.publish(rules), minutes: null };
  });
  const minutes = other.minutes.publish();
  return {
    rows,
    other: lines >= 2 && minutes !== null ? { lines, count: other.count.publish(rules), minutes } : null,
  };
}

function countTable(acc: TableAcc, rules: Rules): Tables['frictionsByKind'] {
  // A line some team may have hidden in its other (it does not list it) cannot be published.
  for (const l of acc.lines.values()) if (l.listed < acc.teamsWithOther) l.moved = true;
  const entries = gather(acc);
  const other = new CountSum();
  other.add(acc.otherCount.publish(rules));
  const lines = entries.filter(([, l]) => l.moved);
  for (const [, l] of lines) other.add(l.countShown.publish(rules));
  return {
    rows: entries.filter(([, l]) => !l.moved).map(([key, l]) => ({ key, count: l.count.publish(rules) })),
    other: lines.length >= 2 ? { lines: lines.length, count: other.publish(rules) } : null,
  };
}

/** Sums team summaries at once. */
export async function summariseBranch(
  teams: TeamFile[],
  rules: Rules = defaultRules,
): Promise<MergeResult<BranchFile>> {
  const merger = createBranchMerger(rules);
  for (const team of teams) merger.add(team);
  return merger.finish();
}
