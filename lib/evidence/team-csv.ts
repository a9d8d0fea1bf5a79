// The team or branch summary as CSV for spreadsheets, as LibreOffice and Excel
// expect in France: UTF-8 with BOM, `;` separator, CRLF, French headers and
// catalogue labels. One sheet: the first column names the table. `<5` stays
// text; a hidden duration says where it went (« non ventilé »), and a total
// that is itself secret says « secret » — never an empty cell that a formula
// would read as 0.
import type { Kind } from '../catalogue';
import { csvDocument, frenchLabel } from './csv';
import type { BranchFile, TeamFile } from './schema';

export const CSV_HEADER = ['tableau', 'clé', 'libellé', 'démarches', 'minutes'];
const HIDDEN = 'non ventilé';
const SECRET = 'secret';

const TABLES: [keyof TeamFile['tables'], string, Kind | null][] = [
  ['byOrganisation', 'par organisme', 'organisations'],
  ['byProcedure', 'par démarche', 'procedures'],
  ['byMode', 'par mode d’accompagnement', 'modes'],
  ['byOutcome', 'par résultat', 'outcomes'],
  ['byReason', 'par motif', 'reasons'],
  ['siteTimeByOrganisation', 'temps sur les sites, par organisme', 'organisations'],
  ['frictionsByKind', 'difficultés de connexion, par type', 'frictions'],
  ['frictionsByOrganisation', 'difficultés de connexion, par organisme', 'organisations'],
];

const text = (value: number | string | null | undefined, hidden = SECRET) =>
  value === null || value === undefined ? hidden : String(value);

export function summaryCsv(summary: TeamFile | BranchFile): string {
  const t = summary.totals;
  const rows: string[][] = [CSV_HEADER];
  rows.push(['totaux', 'démarches', 'Démarches', text(t.count), '']);
  rows.push(['totaux', 'minutes', 'Temps des démarches', '', text(t.minutes)]);
  rows.push(['totaux', 'a_la_place', 'Temps à la place du jeune', '', text(t.onBehalfMinutes)]);
  rows.push(['totaux', 'difficultes', 'Difficultés de connexion', text(t.frictions), '']);
  rows.push(['totaux', 'connexion', 'Temps de connexion', '', text(t.loginMinutes)]);
  rows.push(['totaux', 'sites', 'Temps mesuré sur les sites', '', text(t.siteMinutes)]);
  for (const [name, title, kind] of TABLES) {
    const table = summary.tables[name] as TeamFile['tables']['byMode'] | TeamFile['tables']['frictionsByKind'];
    for (const row of table.rows) {
      const label = kind ? frenchLabel(kind, row.key) : row.key;
      const minutes = 'minutes' in row ? text(row.minutes, HIDDEN) : '';
      rows.push([title, row.key, label, name === 'siteTimeByOrganisation' ? '' : text(row.count), minutes]);
    }
    if (table.other) {
      const minutes = 'minutes' in table.other ? text(table.other.minutes) : '';
      const count = name === 'siteTimeByOrganisation' ? '' : text(table.other.count);
      rows.push([title, 'autres', `autres / non ventilé (${table.other.lines} lignes)`, count, minutes]);
    }
  }
  for (const w of summary.tables.weekly) {
    rows.push(['par semaine', w.week, `semaine ${w.week}`, text(w.count), text(w.minutes, SECRET)]);
    rows.push(['difficultés par semaine', w.week, `semaine ${w.week}`, text(w.frictions), '']);
  }
  // What a spreadsheet copy must not lose: the period, who contributed, under which rules, which file it is.
  const r = summary.rules;
  rows.push(['fichier', 'semaines', `Semaines : ${summary.weeks.join(', ')}`, '', '']);
  rows.push(['fichier', 'contributeurs', 'Fichiers individuels additionnés', String(summary.contributors), '']);
  if (summary.format === 'contretemps-branche')
    rows.push(['fichier', 'equipes', 'Synthèses d’équipe', String(summary.teams), '']);
  rows.push([
    'fichier',
    'regles',
    `Règles : au moins ${r.minContributors} fichiers, ${r.minFilesPerCell} par case, aucun au-delà de ${Math.round(r.dominance * 100)} % d’une case, nombres de 1 à 4 écrits <5, arrondis à ${r.countStep}, minutes à ${r.minuteStep}`,
    '',
    '',
  ]);
  if (summary.demonstration)
    rows.push(['fichier', 'demonstration', 'Synthèse de données de démonstration, fictives', '', '']);
  rows.push(['fichier', 'empreinte', summary.digest, '', '']);
  return csvDocument(rows);
}
