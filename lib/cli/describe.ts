// What `verify` says of a valid file, in French: its kind, weeks,
// contributors and digest, and for a summary how many files went into it, so
// anyone can tell what they hold before passing it on.
import type { ReadResult } from '../evidence/read';

type Valid = Extract<ReadResult, { ok: true }>;

/** The kind of file, as a French noun phrase with its article (used in sentences too). */
export const KIND_NAMES = {
  individual: 'un relevé individuel',
  team: 'une synthèse d’équipe',
  branch: 'une synthèse de branche',
} as const;

const plural = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;

export function describeValid(path: string, read: Valid): string[] {
  const { file, kind } = read;
  const weeks = file.weeks;
  const period = weeks.length <= 3 ? weeks.join(', ') : `${weeks[0]} à ${weeks[weeks.length - 1]}`;
  const contributors = 'contributors' in file ? file.contributors : 1;
  const lines = [
    `${path} : valable, ${KIND_NAMES[kind]} (${file.format}, version ${read.version})` +
      (file.demonstration ? ', fait à partir des données de démonstration.' : '.'),
    `  Semaines : ${plural(weeks.length, 'semaine', 'semaines')} (${period}).`,
    `  Contributeurs : ${contributors}${'teams' in file ? `, en ${plural(file.teams, 'équipe', 'équipes')}` : ''}.`,
  ];
  if ('inputs' in file)
    lines.push(`  Fichiers en entrée : ${file.inputs.length} (leurs empreintes sont dans le fichier).`);
  lines.push(`  Empreinte : ${file.digest}`);
  return lines;
}
