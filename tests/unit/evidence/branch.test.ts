import { describe, expect, it } from 'vitest';
import { summariseBranch } from '../../../lib/evidence/branch';
import { checkDigest } from '../../../lib/evidence/digest';
import {
  BranchFileSchema,
  type IndividualFile,
  defaultRules as rules,
  type TeamFile,
} from '../../../lib/evidence/schema';
import { mergeTeam } from '../../../lib/evidence/team';
import { individual } from './team-files';

const caf = { organisation: 'caf', procedure: 'prime_activite', count: 1 };
const ameli = { organisation: 'ameli', procedure: 'mon_espace_sante', count: 1 };

const SPREAD = [0, 1, -1, 2, -2];

async function team(
  extra: Parameters<typeof individual>[0][],
  opts: { weeks?: string[]; demonstration?: boolean } = {},
) {
  const week = opts.weeks?.[0];
  // Each counsellor's file differs (the same content twice is one person's): their counts of the
  // shared cell are 2, 3, 1, 4, 0 — 10 in all, as five times 2.
  const files = await Promise.all(
    extra.map((e, i) =>
      individual({
        ...opts,
        ...e,
        cells: [{ count: 2 + (SPREAD[i] as number), minutes: 60 }, ...(e?.cells ?? [])].map((c) =>
          week ? { ...c, week } : c,
        ),
      }),
    ),
  );
  const result = await mergeTeam(files, rules);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.summary;
}

/** Team A hides caf (2 files) and ameli (dominated); team B publishes caf (3 files). */
async function teamsAB(): Promise<[TeamFile, TeamFile]> {
  const a = await team([
    { cells: [{ ...caf, minutes: 20 }] },
    { cells: [{ ...caf, minutes: 25 }] },
    { cells: [{ ...ameli, minutes: 90 }] },
    { cells: [{ ...ameli, minutes: 5 }] },
    { cells: [{ ...ameli, minutes: 5 }] },
  ]);
  const b = await team([
    { cells: [{ ...caf, minutes: 30 }] },
    { cells: [{ ...caf, minutes: 30 }] },
    { cells: [{ ...caf, minutes: 30 }] },
    {},
    {},
  ]);
  return [a, b];
}

describe('branch summary', () => {
  it('adds up what every team published and gathers what any team hid', async () => {
    const [a, b] = await teamsAB();
    expect(a.tables.byOrganisation.rows.map((r) => r.minutes)).toEqual([null, null, 300]);
    expect(b.tables.byOrganisation.rows).toEqual([
      { key: 'caf', count: '<5', minutes: 90 },
      { key: 'francetravail', count: 10, minutes: 300 },
    ]);
    const result = await summariseBranch([a, b], rules);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const branch = result.summary;
    expect(BranchFileSchema.parse(branch)).toEqual(branch);
    expect(await checkDigest(branch)).toBe(true);
    expect(branch.teams).toBe(2);
    expect(branch.contributors).toBe(10);
    expect(branch.inputs).toEqual([a.digest, b.digest].sort());
    // caf is hidden in A and <5 in B, ameli hidden in A: both go to the branch's « autres »:
    // A's autres (150 min, 5) + B's caf (90 min, <5 unknown: adds nothing to the count).
    expect(branch.tables.byOrganisation).toEqual({
      rows: [
        { key: 'ameli', count: '<5', minutes: null },
        { key: 'caf', count: '<5', minutes: null },
        { key: 'francetravail', count: 20, minutes: 600 },
      ],
      other: { lines: 2, count: 5, minutes: 240 },
    });
    expect(branch.totals.minutes).toBe((a.totals.minutes ?? 0) + (b.totals.minutes ?? 0));
    expect(branch.tables.weekly).toEqual([
      { week: '2026-W47', count: 30, minutes: branch.totals.minutes, frictions: 0 },
    ]);
  });

  it('is the same whatever the order of the teams', async () => {
    const [a, b] = await teamsAB();
    expect(await summariseBranch([b, a], rules)).toEqual(await summariseBranch([a, b], rules));
  });

  it('refuses one team alone, a team twice, other weeks, demonstration mixed with real, weaker rules', async () => {
    const [a, b] = await teamsAB();
    expect(await summariseBranch([a], rules)).toEqual({
      ok: false,
      problems: [{ code: 'too_few_teams', values: ['1'] }],
    });
    const otherWeek = await team([{}, {}, {}, {}, {}], { weeks: ['2026-W48'] });
    const demo = await team([{}, {}, {}, {}, {}], { demonstration: true });
    const weak = { ...b, rules: { ...rules, minContributors: 3 } };
    const result = await summariseBranch([a, otherWeek, a, demo, weak, b], rules);
    expect(result.problems).toEqual([
      { code: 'week_mismatch', values: ['2026-W48', '2026-W47'], file: 1 },
      { code: 'file_duplicate', file: 2 },
      { code: 'demo_mixed', file: 3 },
      { code: 'rules_mismatch', file: 4 },
    ]);
    expect(result.ok && result.summary.teams).toBe(2);
  });

  it('refuses a team built from individual files already counted in another team', async () => {
    // A = files 1 to 5, B = files 1 to 4 and 6: A − B would show file 5 − file 6.
    const files = await Promise.all([30, 35, 40, 45, 50, 55].map((minutes) => individual({ cells: [{ minutes }] })));
    const merged = await Promise.all(
      [files.slice(0, 5), [...files.slice(0, 4), files[5]]].map((f) => mergeTeam(f as IndividualFile[], rules)),
    );
    const [a, b] = merged.map((m) => {
      if (!m.ok) throw new Error(JSON.stringify(m.problems));
      return m.summary;
    }) as [TeamFile, TeamFile];
    expect(a.inputs.filter((d) => b.inputs.includes(d))).toHaveLength(4);
    const result = await summariseBranch([a, b], rules);
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: 'team_overlap', file: 1 },
        { code: 'too_few_teams', values: ['1'] },
      ],
    });
  });
});
