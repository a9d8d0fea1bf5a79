// The counsellor's own procedures, reasons and organisations in the file for
// the team lead: a label typed here never leaves. An item without a team code
// is exported as the catalogue's « autre »; with the team's code (`x-…`), as
// that code, which the team merge then treats like any other key.
import { describe, expect, it } from 'vitest';
import { buildIndividual } from '../../../lib/evidence/individual';
import { defaultRules, IndividualFileSchema, KeySchema } from '../../../lib/evidence/schema';
import { mergeTeam } from '../../../lib/evidence/team';
import { type Week, weekFromId } from '../../../lib/stats/week';
import { entryFrom as entry, frictionOn as friction } from '../../helpers/records';
import { individual } from './team-files';

const PARIS = 'Europe/Paris';
const MIN = 60_000;
const SALT = '0123456789abcdef0123456789abcdef';
const W48 = weekFromId('2026-W48', PARIS) as Week;

const items = [
  { id: 'c_permis', kind: 'procedures' as const, label: 'Inscription permis B Mme Durand', teamCode: null },
  { id: 'c_garde', kind: 'reasons' as const, label: 'Pas de garde pour Léa', teamCode: null },
  { id: 'c_codee', kind: 'procedures' as const, label: 'Dossier FAJ urgence', teamCode: 'x-faj' },
  { id: 'c_codeer', kind: 'reasons' as const, label: 'Hébergé chez un tiers', teamCode: 'x-heberge' },
];
/** Labels and organisation names typed by the counsellor: none may appear in the file. */
const typed = [...items.map((i) => i.label), 'Association Le Relais 31'];

async function exported() {
  const entries = [
    entry('2026-11-24T09:00:00+01:00', '2026-11-24T09:30:00+01:00', 30 * MIN, {
      organisationId: 'c_relais',
      procedureId: 'c_permis',
      reasonIds: ['c_garde', 'urgence'],
    }),
    entry('2026-11-25T09:00:00+01:00', '2026-11-25T09:20:00+01:00', 20 * MIN, {
      procedureId: 'c_codee',
      reasonIds: ['c_codeer', 'c_garde'],
    }),
  ];
  const frictions = [friction('2026-11-24T09:10:00+01:00', { organisationId: 'c_relais' })];
  const siteTime = [{ day: '2026-11-24', organisationId: 'c_relais', ms: 15 * MIN }];
  return buildIndividual({ entries, frictions, siteTime } as never, [W48], {
    salt: SALT,
    demonstration: false,
    timeZone: PARIS,
    customItems: items,
  });
}

describe('the counsellor’s own items in the individual file', () => {
  it('exports a procedure and a reason without a team code as « autre », and an own organisation always as « autre »', async () => {
    const file = await exported();
    expect(file.cells.map((c) => [c.organisation, c.procedure])).toEqual([
      ['autre', 'autre_demarche'],
      ['caf', 'x-faj'],
    ]);
    expect(file.frictions.map((f) => f.organisation)).toEqual(['autre']);
    expect(file.siteTime.map((s) => s.organisation)).toEqual(['autre']);
  });

  it('exports an item with the team’s code as that code, and two reasons that both become « autre » once', async () => {
    const file = await exported();
    expect(file.reasons.map((r) => [r.reason, r.count, r.minutes])).toEqual([
      ['autre', 2, 50],
      ['urgence', 1, 30],
      ['x-heberge', 1, 20],
    ]);
  });

  it('never holds a label typed by the counsellor, nor a custom id', async () => {
    const json = JSON.stringify(await exported());
    for (const label of typed) expect(json).not.toContain(label);
    expect(json).not.toMatch(/"c_/);
  });

  it('is a valid file whose team codes the schema accepts, and free text it refuses', async () => {
    expect(IndividualFileSchema.safeParse(await exported()).success).toBe(true);
    expect(KeySchema.safeParse('x-permis-b').success).toBe(true);
    expect(KeySchema.safeParse('Permis B').success).toBe(false);
    expect(KeySchema.safeParse('x-Permis B').success).toBe(false);
  });

  it('merges a team code like any key, its protections included', async () => {
    const files = await Promise.all(
      [30, 30, 30, 30, 30].map((minutes, i) =>
        individual({ cells: [{ procedure: 'x-permis-b', minutes, count: i + 1 }] }),
      ),
    );
    const merged = await mergeTeam(files, defaultRules);
    if (!merged.ok) throw new Error(JSON.stringify(merged.problems));
    expect(merged.summary.tables.byProcedure.rows.map((r) => r.key)).toContain('x-permis-b');
    // Brought by 2 counsellors only: its time is secret, as any key's would be.
    const few = await Promise.all(
      [30, 30, 30, 30, 30].map((minutes, i) =>
        individual({ cells: [{ procedure: i < 2 ? 'x-rare' : 'ft_actualisation', minutes, count: i + 1 }] }),
      ),
    );
    const guarded = await mergeTeam(few, defaultRules);
    if (!guarded.ok) throw new Error(JSON.stringify(guarded.problems));
    const rare = guarded.summary.tables.byProcedure.rows.find((r) => r.key === 'x-rare');
    expect(rare?.minutes).toBeNull();
  });
});
