// What the charts say in words and where their gridlines fall: the text
// alternative read by screen readers, long labels cut to fit, round tick values.
import type { Lang } from '../../lib/catalogue';
import { pluralKey, type Translate } from '../../lib/i18n/translator';

export interface ChartRow {
  key: string;
  label: string;
  value: number;
}

/** How the rows read aloud are joined: French puts a space before the semicolon. */
export function listSeparator(lang: Lang): string {
  return lang === 'fr' ? ' ; ' : '; ';
}

/** Nothing to draw: no row, or only zeros (an empty box would look like a bug). */
export function isEmpty(values: number[]): boolean {
  return !values.some((v) => v > 0);
}

/**
 * « Le plus : CAF, 3 h 20 ; puis France Travail, 2 h 05 ; puis MDPH, 40 min ; et 2 autres. »
 * The largest rows first whatever order they are drawn in, zeros left out.
 */
export function barSummary(
  t: Translate,
  lang: Lang,
  rows: ChartRow[],
  format: (v: number) => string,
  shown = 3,
): string {
  const ranked = rows.filter((r) => r.value > 0).sort((a, b) => b.value - a.value);
  const parts = ranked
    .slice(0, shown)
    .map((r, i) => t(i === 0 ? 'chartTop' : 'chartThen', t('chartItem', r.label, format(r.value))));
  const rest = ranked.length - shown;
  if (rest > 0) parts.push(t(pluralKey(lang, rest, 'chartMoreOne', 'chartMoreMany'), rest));
  return `${parts.join(listSeparator(lang))}.`;
}

/**
 * « Cette semaine (S48) : 3 h 20 ; la semaine d’avant (S47) : 2 h 05 ; le plus haut : S45, 4 h 10. »
 * A past week chosen reads « Semaine choisie (S40) : … ».
 */
export function trendSummary(
  t: Translate,
  lang: Lang,
  weeks: { label: string; value: number }[],
  format: (v: number) => string,
  /** What the last week is: this week, a week chosen, or only the last of a period. */
  last: 'now' | 'chosen' | 'period',
): string {
  const lastWeek = weeks[weeks.length - 1];
  if (!lastWeek) return '';
  const key = { now: 'chartTrendNow', chosen: 'chartTrendChosen', period: 'chartTrendLast' }[last];
  const parts = [t(key, lastWeek.label, format(lastWeek.value))];
  const before = weeks[weeks.length - 2];
  if (before) parts.push(t('chartTrendBefore', before.label, format(before.value)));
  const highest = weeks.reduce((best, w) => (w.value > best.value ? w : best), lastWeek);
  parts.push(t('chartTrendMost', highest.label, format(highest.value)));
  return `${parts.join(listSeparator(lang))}.`;
}

/**
 * A label cut into at most `lines` lines of about `width` characters, at spaces
 * when it can; `cut` says some text was dropped (then the full label goes in a <title>).
 */
export function wrapLabel(label: string, width: number, lines = 2): { lines: string[]; cut: boolean } {
  const out: string[] = [];
  let rest = label.trim();
  while (rest && out.length < lines) {
    if (rest.length <= width) {
      out.push(rest);
      rest = '';
      break;
    }
    const space = rest.lastIndexOf(' ', width);
    const end = space > 0 ? space : width;
    out.push(rest.slice(0, end));
    rest = rest.slice(end).trimStart();
  }
  if (!rest) return { lines: out, cut: false };
  const lastLine = out[out.length - 1] ?? '';
  out[out.length - 1] = `${lastLine.slice(0, width - 1).trimEnd()}…`;
  return { lines: out, cut: true };
}

export type Scale = 'count' | 'duration';

const MINUTE = 60_000;
/** Round steps a person reads at a glance: minutes and hours for durations. */
const durationSteps = [1, 2, 5, 10, 15, 30, 60, 120, 180, 300, 600, 1200, 3000, 6000].map((m) => m * MINUTE);

function countStep(rough: number): number {
  for (let power = 1; ; power *= 10) {
    for (const n of [1, 2, 5]) if (n * power >= rough) return n * power;
  }
}

/** The gridline values (at most 3, none at zero) of a scale reaching past `max`. */
export function gridlines(max: number, scale: Scale): number[] {
  if (max <= 0) return [];
  const rough = max / 3;
  const step =
    scale === 'duration'
      ? (durationSteps.find((s) => s >= rough) ?? Math.ceil(rough / (6000 * MINUTE)) * 6000 * MINUTE)
      : countStep(rough);
  const ticks: number[] = [];
  for (let v = step; v < max + step; v += step) ticks.push(v);
  return ticks;
}
