// The name of a period of whole ISO weeks, as people say it:
// « Semaine 48 · du 23 au 29 novembre 2026 », « Semaines 45 à 48 · du 2 au 29 novembre 2026 ».
import type { Lang } from '../../lib/catalogue';
import type { Translate } from '../../lib/i18n/translator';
import type { Week } from '../../lib/stats/week';

const formats = new Map<Lang, Intl.DateTimeFormat>();

function dateText(t: number, lang: Lang): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    formats.set(lang, format);
  }
  return format.format(t);
}

/** `48` of `2026-W48`. */
export function weekNumber(week: Week): string {
  return String(Number(week.id.slice(-2)));
}

export function periodText(first: Week, last: Week, lang: Lang, t: Translate): string {
  const days = t('periodDays', dateText(first.from, lang), dateText(last.to - 1, lang));
  const weeks =
    first.id === last.id ? t('periodOneWeek', weekNumber(last)) : t('periodWeeks', weekNumber(first), weekNumber(last));
  return `${weeks} · ${days}`;
}
