// The weekly lines of a team summary: their frictions are protected like any
// other table of frictions (the week, the kind and the organisation of a
// friction are three tables of the same cells).
import { describe, expect, it } from 'vitest';
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

describe('weekly frictions in a team summary', () => {
  it('hides a week whose frictions come from one counsellor, and the week that would give it away', async () => {
    const files = await Promise.all([
      ...[1, 2, 3, 4].map((n) => individual({ weeks: WEEKS, frictions: [friction(W47, 'mdp_oublie', n)] })),
      // One counsellor alone, the second week: 20 lockouts.
      individual({ weeks: WEEKS, frictions: [friction(W48, 'compte_bloque', 20)] }),
    ]);
    const result = await mergeTeam(files, rules);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { weekly, frictionsByKind } = result.summary.tables;
    expect(weekly.map((w) => [w.week, w.frictions])).toEqual([
      [W47, null],
      [W48, null],
    ]);
    // The same secret, by kind: both kinds hidden, known only together.
    expect(frictionsByKind).toEqual({ rows: [], other: { lines: 2, count: 30 } });
    expect(result.summary.totals.frictions).toBe(30);
  });

  it('publishes weekly frictions that several counsellors share', async () => {
    const files = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        individual({ weeks: WEEKS, frictions: [friction(W47, 'mdp_oublie', n), friction(W48, 'mdp_oublie', 2)] }),
      ),
    );
    const result = await mergeTeam(files, rules);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.summary.tables.weekly.map((w) => w.frictions)).toEqual([15, 10]);
  });
});
