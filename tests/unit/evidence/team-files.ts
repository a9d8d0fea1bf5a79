// Small generator of valid individual files for the team and branch tests:
// schema-valid, digest computed, each with its own salt.
import fc from 'fast-check';
import { withDigest } from '../../../lib/evidence/digest';
import {
  CATALOGUE_VERSION,
  CURRENT_VERSION,
  INDIVIDUAL_FORMAT,
  type IndividualFile,
  PURPOSE,
} from '../../../lib/evidence/schema';

export const WEEK = '2026-W47';
let salts = 0;

type Cell = IndividualFile['cells'][number];
export interface FileParts {
  weeks?: string[];
  demonstration?: boolean;
  cells?: Partial<Cell>[];
  reasons?: IndividualFile['reasons'];
  frictions?: IndividualFile['frictions'];
  siteTime?: IndividualFile['siteTime'];
}

/** A cell with defaults: France Travail, actualisation, done with the young person, achieved. */
export function cell(part: Partial<Cell>): Cell {
  return {
    week: WEEK,
    organisation: 'francetravail',
    procedure: 'ft_actualisation',
    mode: 'faire_ensemble',
    outcome: 'abouti',
    count: 1,
    minutes: 0,
    ...part,
  };
}

export async function individual(parts: FileParts = {}): Promise<IndividualFile> {
  salts += 1;
  return withDigest({
    format: INDIVIDUAL_FORMAT,
    version: CURRENT_VERSION,
    purpose: PURPOSE,
    weeks: parts.weeks ?? [WEEK],
    demonstration: parts.demonstration ?? false,
    salt: salts.toString(16).padStart(32, '0'),
    catalogue: CATALOGUE_VERSION,
    cells: (parts.cells ?? []).map(cell),
    reasons: parts.reasons ?? [],
    frictions: parts.frictions ?? [],
    siteTime: parts.siteTime ?? [],
  }) as Promise<IndividualFile>;
}

/**
 * Files that each bring the given minutes to one organisation's cell. Each is
 * one counsellor's: their contents differ (the i-th file counts i + 1
 * procedures), since the same content twice is refused as one person's export.
 */
export function filesWith(minutes: number[], extra: Partial<Cell> = {}): Promise<IndividualFile[]> {
  return Promise.all(minutes.map((m, i) => individual({ cells: [{ count: i + 1, minutes: m, ...extra }] })));
}

// ---------------------------------------------------------------- random teams (fast-check)

/**
 * The property tests draw new teams at every run. `PROPERTY_RUNS_FACTOR=20` draws twenty times as many
 * (and gives them twenty times the time): a longer search, by hand; the cases it finds become fixed tests.
 */
const FACTOR = Math.max(1, Number(process.env.PROPERTY_RUNS_FACTOR ?? 1) || 1);
export const runs = (n: number) => n * FACTOR;
export const timeout = (ms: number) => ms * FACTOR;

export const WEEKS = ['2026-W47', '2026-W48'];
const ORGS = ['francetravail', 'caf', 'ameli', 'impots'];
const MODES = ['faire_ensemble', 'autonomie_guidee', 'faire_pour_en_presence', 'mandat_aidants_connect'];

/** Procedures mostly belong to one organisation (as in the catalogue): the two tables are then linked. */
const OWN: Record<string, string> = {
  francetravail: 'ft_actualisation',
  caf: 'prime_activite',
  ameli: 'mon_espace_sante',
  impots: 'impots_declaration',
};
const cellArb = fc
  .record({
    week: fc.constantFrom(...WEEKS),
    organisation: fc.constantFrom(...ORGS),
    procedure: fc.constantFrom('own', 'own', 'own', 'autre_demarche'),
    mode: fc.constantFrom(...MODES),
    outcome: fc.constantFrom('abouti', 'bloque'),
    count: fc.integer({ min: 0, max: 6 }),
    // Mostly small, sometimes one large contribution (to make dominated cells).
    minutes: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 30, max: 120 })).map((n) => n * 5),
  })
  .map((c) => ({ ...c, procedure: c.procedure === 'own' ? (OWN[c.organisation] as string) : c.procedure }));
const fileArb = fc.record({
  cells: fc.uniqueArray(cellArb, {
    maxLength: 6,
    selector: (c) => `${c.week}|${c.organisation}|${c.procedure}|${c.mode}|${c.outcome}`,
  }),
  site: fc.option(fc.integer({ min: 1, max: 40 }).map((n) => n * 5)),
});
export const teamArb = fc.array(fileArb, { minLength: 5, maxLength: 9 });
export type Team = typeof teamArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * Random teams: 5 to 9 counsellors, two weeks, a few organisations and modes, sometimes site time.
 * Each counsellor also gave a reason for some time (5, 10, 15… minutes): every file has content, and
 * no two the same, as the merge refuses an empty file and the same content twice (one person's).
 */
export async function build(team: Team): Promise<IndividualFile[]> {
  return Promise.all(
    team.map((f, i) =>
      individual({
        reasons: [{ week: '2026-W47', reason: 'illectronisme', count: 1, minutes: 5 * (i + 1) }],
        weeks: WEEKS,
        cells: f.cells
          .filter((c) => c.count > 0 || c.minutes > 0)
          .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
        siteTime: f.site === null ? [] : [{ week: '2026-W47', organisation: 'francetravail', minutes: f.site }],
      }),
    ),
  );
}
