// The weekly lines of a team summary: their frictions are protected like any
// other table of frictions (the week, the kind and the organisation of a
// friction are three tables of the same cells).
import { describe, expect, it } from 'vitest';
import { summariseBranch } from '../../../lib/evidence/branch';
import { defaultRules as rules } from '../../../lib/evidence/schema';
import { mergeTeam } from '../../../lib/evidence/team';
import { individual, WEEKS } from './team-files';

const [W47, W48] = WEEKS as [string, string];
const friction = (week: string, kind: string, count: number) => ({
  week,
  organisation: 'caf',
  kind,
  count,
  loginMinutes: 0,
});

/** A team whose second week's frictions come from one counsellor alone. */
async function teamWithALoneWeek() {
  const files = await Promise.all([
    ...[1, 2, 3, 4].map((n) => individual({ weeks: WEEKS, frictions: [friction(W47, 'mdp_oublie', n)] })),
    // One counsellor alone, the second week: 20 lockouts.
    individual({ weeks: WEEKS, frictions: [friction(W48, 'compte_bloque', 20)] }),
  ]);
  const result = await mergeTeam(files, rules);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.summary;
}

/** A team where five counsellors share both weeks' frictions. */
async function sharedTeam() {
  const files = await Promise.all(
    [1, 2, 3, 4, 5].map((n) =>
      individual({ weeks: WEEKS, frictions: [friction(W47, 'mdp_oublie', n), friction(W48, 'mdp_oublie', 2)] }),
    ),
  );
  const result = await mergeTeam(files, rules);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.summary;
}

describe('weekly frictions in a team summary', () => {
  it('hides a week whose frictions come from one counsellor, and the week that would give it away', async () => {
    const summary = await teamWithALoneWeek();
    const { weekly, frictionsByKind } = summary.tables;
    expect(weekly.map((w) => [w.week, w.frictions])).toEqual([
      [W47, null],
      [W48, null],
    ]);
    // The same secret, by kind: both kinds hidden, known only together.
    expect(frictionsByKind).toEqual({ rows: [], other: { lines: 2, count: 30 } });
    expect(summary.totals.frictions).toBe(30);
  });

  it('publishes weekly frictions that several counsellors share', async () => {
    expect((await sharedTeam()).tables.weekly.map((w) => w.frictions)).toEqual([15, 10]);
  });

  it('keeps a week secret at branch level when one team hid it', async () => {
    const result = await summariseBranch([await teamWithALoneWeek(), await sharedTeam()]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.summary.tables.weekly.map((w) => w.frictions)).toEqual([null, null]);
  });
});
