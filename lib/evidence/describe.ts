// The plain-French preview of an individual file: what it holds, week by
// week, and what it does not hold, so the counsellor knows exactly what they
// give before saving it (dashboard) and anyone can see what a file says
// (verify). Only figures of the file itself: its rounded minutes, summed.

import { IMILO_ORGANISATION } from '../stats/summary';
import { weekFromId } from '../stats/week';
import type { IndividualFile } from './schema';

/** `5 h 35 min`, `40 min`, `0 min`. */
export function frenchDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;

const dayMonth = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2026-W47 (du 16 novembre au 22 novembre 2026)`: the Monday and Sunday of the week. */
export function frenchWeek(id: string): string {
  const week = weekFromId(id, 'UTC');
  if (!week) return id;
  return `${id} (du ${dayMonth.format(week.from)} au ${dayMonth.format(week.to - 86_400_000)})`;
}

/** What the file holds, week by week, and what it does not, as French sentences. */
export function describeIndividual(file: IndividualFile): string[] {
  const lines = [
    `Relevé individuel Contretemps (format ${file.format}, version ${file.version})` +
      (file.demonstration ? ', fait à partir des données de démonstration.' : '.'),
    `${plural(file.weeks.length, 'semaine entière', 'semaines entières')}, du lundi au dimanche :`,
  ];
  for (const week of file.weeks) {
    const cells = file.cells.filter((c) => c.week === week);
    const frictions = file.frictions.filter((f) => f.week === week);
    const sites = file.siteTime.filter((s) => s.week === week);
    const count = cells.reduce((n, c) => n + c.count, 0);
    const minutes = cells.reduce((n, c) => n + c.minutes, 0);
    const frictionCount = frictions.reduce((n, f) => n + f.count, 0);
    const loginMinutes = frictions.reduce((n, f) => n + f.loginMinutes, 0);
    const imilo = sites.filter((s) => s.organisation === IMILO_ORGANISATION).reduce((n, s) => n + s.minutes, 0);
    const otherSites = sites.filter((s) => s.organisation !== IMILO_ORGANISATION).reduce((n, s) => n + s.minutes, 0);
    lines.push(
      `– ${frenchWeek(week)} : ${plural(count, 'démarche commencée', 'démarches commencées')}, ` +
        `${frenchDuration(minutes)} de démarches ; ` +
        `${plural(frictionCount, 'difficulté de connexion', 'difficultés de connexion')}` +
        (loginMinutes > 0 ? ` (${frenchDuration(loginMinutes)} sur les pages de connexion)` : '') +
        ` ; temps mesuré sur les sites : ${frenchDuration(otherSites)}, i-milo : ${frenchDuration(imilo)}.`,
    );
  }
  lines.push(
    `Il contient : ${plural(file.cells.length, 'ligne', 'lignes')} de démarches (nombre et minutes par semaine, ` +
      'organisme, démarche, mode et résultat), ' +
      `${plural(file.reasons.length, 'ligne', 'lignes')} de raisons, ` +
      `${plural(file.frictions.length, 'ligne', 'lignes')} de difficultés de connexion (déclarées ou confirmées), ` +
      `${plural(file.siteTime.length, 'ligne', 'lignes')} de temps sur les sites ; ` +
      'chaque durée est arrondie aux 5 minutes les plus proches.',
    'Il ne contient pas : votre nom ni aucun identifiant de vous, de votre poste ou de votre installation ; ' +
      'aucune date ni heure plus précise que la semaine ; aucun texte libre ; aucun temps d’inactivité ; ' +
      'rien sur les jeunes accompagnés.',
    `Il porte un sel aléatoire (${file.salt}), qui rend le fichier unique sans rien dire de vous, ` +
      `et son empreinte : ${file.digest}.`,
    `Son objet, écrit dans le fichier : « ${file.purpose} »`,
  );
  return lines;
}
