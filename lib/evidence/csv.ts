// CSV for spreadsheets in France (LibreOffice Calc, Excel): UTF-8 with a byte
// order mark (without it Excel reads accents as Windows-1252), `;` as the
// separator (the comma is the French decimal mark, so French spreadsheets
// split on `;`), CRLF line ends and RFC 4180 quoting. The JSON file stays the
// source of truth: the CSV is a view of it, with no digest, and is never read
// back.
//
// The individual file is written as ONE rectangular table whose first column
// « Tableau » says which part of the file a line comes from (Démarches,
// Raisons, Difficultés, Temps sur les sites), the columns that do not apply
// left empty. One table opens in Calc as a plain sheet on which AutoFilter,
// sorting and pivot tables work straight away (filter « Tableau » to see one
// part); sections with their own header lines would break all three.
import { type Kind, labelFor } from '../catalogue';
import { NONE } from '../stats/summary';
import type { IndividualFile } from './schema';

export const CSV_BOM = '\ufeff';
const SEPARATOR = ';';
const EOL = '\r\n';

/** A field quoted when it must be (RFC 4180): it holds the separator, a quote or a line break. */
function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows as CSV lines: `;`-separated, CRLF-ended, quoted where needed. No BOM (see csvDocument). */
export function csvLines(rows: string[][]): string {
  return rows.map((row) => row.map(field).join(SEPARATOR) + EOL).join('');
}

/** A whole CSV file's text: the BOM, then the lines. */
export function csvDocument(rows: string[][]): string {
  return CSV_BOM + csvLines(rows);
}

/** The French label of a catalogue id, « Non précisé » for `none`, the id itself when unknown. */
export function frenchLabel(kind: Kind, id: string): string {
  return id === NONE ? 'Non précisé' : labelFor(kind, id, 'fr');
}

export const INDIVIDUAL_CSV_HEADERS = [
  'Tableau',
  'Semaine',
  'Organisme',
  'Organisme (libellé)',
  'Démarche',
  'Démarche (libellé)',
  'Mode',
  'Mode (libellé)',
  'Résultat',
  'Résultat (libellé)',
  'Raison',
  'Raison (libellé)',
  'Difficulté',
  'Difficulté (libellé)',
  'Nombre',
  'Minutes',
  'Minutes de connexion',
];

/** An id and its label, or two empty fields. */
const pair = (kind: Kind, id?: string) => (id === undefined ? ['', ''] : [id, frenchLabel(kind, id)]);

/** The individual file as one CSV table (see the header comment for why one table). */
export function individualCsv(file: IndividualFile): string {
  const line = (
    table: string,
    week: string,
    keys: {
      organisation?: string;
      procedure?: string;
      mode?: string;
      outcome?: string;
      reason?: string;
      kind?: string;
    },
    figures: { count?: number; minutes?: number; loginMinutes?: number },
  ) => [
    table,
    week,
    ...pair('organisations', keys.organisation),
    ...pair('procedures', keys.procedure),
    ...pair('modes', keys.mode),
    ...pair('outcomes', keys.outcome),
    ...pair('reasons', keys.reason),
    ...pair('frictions', keys.kind),
    figures.count === undefined ? '' : String(figures.count),
    figures.minutes === undefined ? '' : String(figures.minutes),
    figures.loginMinutes === undefined ? '' : String(figures.loginMinutes),
  ];
  return csvDocument([
    INDIVIDUAL_CSV_HEADERS,
    ...file.cells.map((c) => line('Démarches', c.week, c, c)),
    ...file.reasons.map((r) => line('Raisons', r.week, r, r)),
    ...file.frictions.map((f) => line('Difficultés', f.week, f, f)),
    ...file.siteTime.map((s) => line('Temps sur les sites', s.week, s, s)),
  ]);
}
