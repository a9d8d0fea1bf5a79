// Small generator of valid individual files for the team and branch tests:
// schema-valid, digest computed, each with its own salt.
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

/** Files that each bring the given minutes to one organisation's cell (one procedure each). */
export function filesWith(minutes: number[], extra: Partial<Cell> = {}): Promise<IndividualFile[]> {
  return Promise.all(minutes.map((m) => individual({ cells: [{ minutes: m, ...extra }] })));
}
