// Properties of the branch summary over random teams: it publishes nothing the
// teams did not (each published line is the sum of the teams' published
// lines), obeys the roundings, and does not depend on the order of the teams.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summariseBranch } from '../../../lib/evidence/branch';
import { BranchFileSchema, defaultRules as rules, type TeamFile } from '../../../lib/evidence/schema';
import { MINUTE_TABLES, mergeTeam } from '../../../lib/evidence/team';
import { build, runs, type Team, teamArb, timeout } from './team-files';

async function teams(raw: Team[]): Promise<TeamFile[]> {
  return Promise.all(
    raw.map(async (team) => {
      const result = await mergeTeam(await build(team), rules);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      return result.summary;
    }),
  );
}

describe('branch summary properties', () => {
  it(
    'adds up only what every team published, rounded, in any order',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(teamArb, { minLength: 2, maxLength: 4 }), async (raw) => {
          const summaries = await teams(raw);
          const result = await summariseBranch(summaries, rules);
          if (!result.ok) throw new Error(JSON.stringify(result.problems));
          const branch = result.summary;
          expect(BranchFileSchema.parse(branch)).toEqual(branch);
          expect(branch.contributors).toBe(summaries.reduce((n, t) => n + t.contributors, 0));
          for (const name of MINUTE_TABLES) {
            for (const row of branch.tables[name].rows) {
              if (row.count !== '<5') expect(row.count % 5).toBe(0);
              if (row.minutes === null) continue;
              expect(row.minutes % 30).toBe(0);
              // Published at branch level: published by every team that has it, and their sum.
              const parts = summaries.map((t) => t.tables[name].rows.find((r) => r.key === row.key));
              for (const part of parts) if (part) expect(part.minutes).not.toBeNull();
              for (const part of parts) if (part) expect(part.count).not.toBe('<5');
              expect(row.minutes).toBe(parts.reduce((s, p) => s + (p?.minutes ?? 0), 0));
            }
          }
          const reversed = await summariseBranch([...summaries].reverse(), rules);
          expect(reversed).toEqual(result);
        }),
        { numRuns: runs(40) },
      );
    },
    timeout(60_000),
  );
});
