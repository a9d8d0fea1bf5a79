// Which records and which weeks go into the counsellor's file, decided before
// anything is built, so that the preview can say why something is left out.
// Two protections: the week in progress is never exported (a file is final:
// exported mid-week then again on Sunday, the same counsellor would count
// twice in a team summary and weaken its minimum of contributors), and
// demonstration records never travel with real ones.
import { isDemo } from '../../lib/demo/ids';
import type { StatsInput } from '../../lib/stats/summary';
import type { Week } from '../../lib/stats/week';

export interface ExportChoice {
  /** The weeks of the file: the whole weeks shown that are over. */
  weeks: Week[];
  /** The week shown that is not over yet, left out of the file. */
  unfinished: Week | null;
  /** The records of the file: the real ones when there are any, else the demonstration ones. */
  input: StatsInput;
  demonstration: boolean;
  /** Demonstration records were set aside because real ones are there. */
  demoLeftOut: boolean;
  /** Site time was set aside: it carries no mark that tells demonstration rows from real ones. */
  siteTimeLeftOut: boolean;
}

export function exportChoice(input: StatsInput, weeks: Week[], now: number): ExportChoice {
  const over = weeks.filter((w) => w.to <= now);
  const unfinished = weeks.find((w) => w.to > now) ?? null;
  const real = {
    entries: input.entries.filter((e) => !isDemo(e)),
    frictions: input.frictions.filter((f) => !isDemo(f)),
  };
  const hasReal = real.entries.length + real.frictions.length > 0;
  const hasDemo = real.entries.length < input.entries.length || real.frictions.length < input.frictions.length;
  if (hasReal && hasDemo) {
    return {
      weeks: over,
      unfinished,
      input: { ...real, siteTime: [] },
      demonstration: false,
      demoLeftOut: true,
      siteTimeLeftOut: input.siteTime.length > 0,
    };
  }
  return { weeks: over, unfinished, input, demonstration: hasDemo, demoLeftOut: false, siteTimeLeftOut: false };
}

/** `contretemps-2026-W47.json`, `contretemps-2026-W44_2026-W47.csv`; a demonstration file says so in its name. */
export function exportFileName(weekIds: string[], demonstration: boolean, extension: 'json' | 'csv'): string {
  const first = weekIds[0] ?? '';
  const last = weekIds[weekIds.length - 1] ?? '';
  const span = first === last ? first : `${first}_${last}`;
  return `contretemps-${demonstration ? 'demonstration-' : ''}${span}.${extension}`;
}
