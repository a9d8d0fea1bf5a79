// Today's totals in words: « 1 h 05 · 3 démarches · 0 difficulté de connexion ».
// One source for TodaySummary (Preact) and the popup's first view (bare DOM,
// written before Preact loads), so both always say the same thing.
import type { Lang } from '../lib/catalogue';
import { pluralKey, type Translate } from '../lib/i18n/translator';
import type { DaySummary } from '../lib/stats/day';
import { durationText } from './format';

export function todayFigures(t: Translate, lang: Lang, { totalMs, procedures, frictions }: DaySummary): string {
  return [
    durationText(totalMs),
    t(pluralKey(lang, procedures, 'proceduresOne', 'proceduresMany'), procedures),
    t(pluralKey(lang, frictions, 'frictionsOne', 'frictionsMany'), frictions),
  ].join(' · ');
}
