// The command line's words: which command, which files, which options. Bad
// usage (unknown command or option, a missing value) is told apart from bad
// files: it gets the usage text and exit code 2, never a half-run command.

export type Command =
  | { name: 'help' }
  | { name: 'verify'; files: string[]; in?: string }
  | { name: 'merge'; files: string[]; out: string; csv?: string; previous: string[]; min?: number }
  | { name: 'summarise'; files: string[]; out: string; csv?: string };

export type Parsed = { ok: true; command: Command } | { ok: false; reason: string };

/** The options each command takes; `many` takes every value up to the next option. */
const OPTIONS: Record<string, Record<string, 'one' | 'many'>> = {
  verify: { in: 'one' },
  merge: { out: 'one', csv: 'one', previous: 'many', min: 'one' },
  summarise: { out: 'one', csv: 'one' },
};

export const USAGE = `Usage : npm run cli -- <commande> …

  verify FICHIER… [--in SYNTHÈSE]
      Vérifie chaque fichier Contretemps (format, version, empreinte) et le décrit.
      Avec --in : dit si l’empreinte de chaque fichier figure parmi les fichiers de la synthèse.

  merge FICHIER… --out SYNTHÈSE.json [--csv SYNTHÈSE.csv] [--previous SYNTHÈSE…] [--min N]
      Fusionne des relevés individuels en une synthèse d’équipe protégée (les mêmes règles que le tableau de bord).
      --previous : les synthèses d’équipe déjà faites (fichiers ou dossier) ; celles dont les semaines recoupent
                   celles-ci sont comparées (garde contre deux synthèses trop proches).
      --min : nombre minimum de contributeurs (5 par défaut, jamais moins de 3).

  summarise FICHIER… --out BRANCHE.json [--csv BRANCHE.csv]
      Additionne des synthèses d’équipe des mêmes semaines en une synthèse de branche.

Un dossier donné comme FICHIER désigne tous ses fichiers .json (par ordre alphabétique).
Code de sortie : 0 si tout est valable, 1 si un fichier est refusé (une ligne par problème sur la sortie
d’erreur), 2 si la commande est mal écrite.`;

const bad = (reason: string): Parsed => ({ ok: false, reason });

export function parseArgs(argv: string[]): Parsed {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h')
    return { ok: true, command: { name: 'help' } };
  const allowed = OPTIONS[name];
  if (!allowed) return bad(`commande inconnue : ${name}`);
  const files: string[] = [];
  const values: Record<string, string[]> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [option, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const arity = allowed[option];
    if (!arity) return bad(`option inconnue pour ${name} : --${option}`);
    if (values[option] && arity === 'one') return bad(`option donnée deux fois : --${option}`);
    const taken = values[option] ?? [];
    if (inline !== undefined) taken.push(inline);
    else {
      while (i + 1 < rest.length && !(rest[i + 1] as string).startsWith('--')) {
        taken.push(rest[++i] as string);
        if (arity === 'one') break;
      }
    }
    if (taken.length === 0 || taken.some((v) => v === '')) return bad(`valeur manquante après --${option}`);
    values[option] = taken;
  }
  if (files.length === 0) return bad(`aucun fichier donné à ${name}`);
  const one = (option: string) => values[option]?.[0];
  if (name === 'verify') {
    const summary = one('in');
    return { ok: true, command: { name, files, ...(summary === undefined ? {} : { in: summary }) } };
  }
  const out = one('out');
  if (out === undefined) return bad(`--out est obligatoire pour ${name}`);
  const csv = one('csv');
  const base = { files, out, ...(csv === undefined ? {} : { csv }) };
  if (name === 'summarise') return { ok: true, command: { name, ...base } };
  const min = one('min');
  if (min !== undefined && !/^\d+$/.test(min)) return bad(`--min attend un nombre entier : ${min}`);
  if (min !== undefined && Number(min) < 3) return bad(`--min ne peut pas descendre sous 3 contributeurs : ${min}`);
  return {
    ok: true,
    command: {
      name: 'merge',
      ...base,
      previous: values.previous ?? [],
      ...(min === undefined ? {} : { min: Number(min) }),
    },
  };
}
