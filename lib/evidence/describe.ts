// The plain-language preview of an individual file: what it holds, week by
// week, and what it does not hold, so the counsellor knows exactly what they
// give before saving it (dashboard) and anyone can see what a file says
// (verify). Only figures of the file itself: its rounded minutes, summed.
// The sentences live in public/_locales (`describe…`): French first, English
// for an English interface.

import type { Lang } from '../catalogue';
import { pluralKey, type Translate } from '../i18n/translator';
import { IMILO_ORGANISATION } from '../stats/summary';
import { weekFromId } from '../stats/week';
import type { IndividualFile } from './schema';

/** `5 h 35 min`, `40 min`, `0 min` (the same symbols in both languages). */
export function frenchDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

const dayMonth = (lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** `2026-W47 (du 16 novembre au 22 novembre 2026)`: the Monday and Sunday of the week. */
export function weekWords(id: string, t: Translate, lang: Lang): string {
  const week = weekFromId(id, 'UTC');
  if (!week) return id;
  const format = dayMonth(lang);
  return t('describeWeekDates', id, format.format(week.from), format.format(week.to - 86_400_000));
}

/** What the file holds, week by week, and what it does not, as sentences of the interface's language. */
export function describeIndividual(file: IndividualFile, t: Translate, lang: Lang): string[] {
  const plural = (n: number, one: string, many: string) => t(pluralKey(lang, n, one, many), n);
  const lines = [
    t(file.demonstration ? 'describeHeadingDemo' : 'describeHeading', file.format, file.version),
    plural(file.weeks.length, 'describeWeeksOne', 'describeWeeks'),
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
      t(
        loginMinutes > 0 ? 'describeWeekWithLogin' : 'describeWeek',
        weekWords(week, t, lang),
        plural(count, 'describeProcedureOne', 'describeProcedures'),
        frenchDuration(minutes),
        plural(frictionCount, 'describeFrictionOne', 'describeFrictions'),
        frenchDuration(otherSites),
        frenchDuration(imilo),
        frenchDuration(loginMinutes),
      ),
    );
  }
  const rows = (n: number) => plural(n, 'describeLineOne', 'describeLines');
  lines.push(
    t(
      'describeContains',
      rows(file.cells.length),
      rows(file.reasons.length),
      rows(file.frictions.length),
      rows(file.siteTime.length),
    ),
    t('describeNotContains'),
    t('describeSalt', file.salt, file.digest),
    t('describePurpose', file.purpose),
  );
  return lines;
}
