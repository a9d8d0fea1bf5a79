// The name of a period of whole ISO weeks, as people say it:
// « Semaine 48 · du 23 au 29 novembre 2026 », « Semaines 45 à 48 · du 2 au 29 novembre 2026 ».
import type { Lang } from '../../lib/catalogue';
import type { Translate } from '../../lib/i18n/translator';
import type { Week } from '../../lib/stats/week';

const formats = new Map<string, Intl.DateTimeFormat>();

/** The date in the weeks' own time zone (the one the dashboard computes its weeks in). */
function dateText(t: number, lang: Lang, timeZone: string): string {
  let format = formats.get(`${lang} ${timeZone}`);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone,
    });
    formats.set(`${lang} ${timeZone}`, format);
  }
  return format.format(t);
}

/** `48` of `2026-W48`. */
export function weekNumber(week: Week): string {
  return String(Number(week.id.slice(-2)));
}

export function periodText(first: Week, last: Week, timeZone: string, lang: Lang, t: Translate): string {
  const days = t('periodDays', dateText(first.from, lang, timeZone), dateText(last.to - 1, lang, timeZone));
  const weeks =
    first.id === last.id ? t('periodOneWeek', weekNumber(last)) : t('periodWeeks', weekNumber(first), weekNumber(last));
  return `${weeks} · ${days}`;
}
