// Entries, frictions and site time summed over a period (a week, any span of
// local days) for the dashboard: time and count by organisation, procedure,
// mode, reason and outcome; frictions by kind, organisation and how they were
// recorded; login time; site time. One pass over the records whatever the
// number of periods: the days' boundaries are computed once (TZDate is slow)
// and each record finds its day by binary search over them.
import { onBehalfModeIds } from '../catalogue';
import type { Entry, Friction } from '../model/records';
import type { SiteTimeRow } from '../model/site-time';
import { type LocalDay, localDays } from './days';
import { isCounted, sharedLoginEpisodes } from './frictions';
import { shiftWeek, type Week, weekIdOfDay, weekOf } from './week';

/** Key for « not said »: no organisation, procedure, mode or outcome, no reason. */
export const NONE = 'none';

/**
 * i-milo is the counsellors' own information system: time there is data entry
 * (the burden of reporting), not a procedure done for a young person, so its
 * site time is shown apart.
 */
export const IMILO_ORGANISATION = 'imilo';

export interface Tally {
  ms: number;
  count: number;
}
export type Breakdown = Record<string, Tally>;

export interface FrictionFigures {
  /** Frictions that count: status 'confirmed' (manual ones are confirmed when logged). */
  total: number;
  /** logged: detection 'manual'; detected: 'auto' and confirmed. logged + detected = total. */
  logged: number;
  detected: number;
  /** Detected, awaiting the counsellor: not in total. Dismissed ones never count. */
  pending: number;
  byKind: Record<string, number>;
  byOrganisation: Record<string, number>;
  /** Login and reset page time of the frictions that count, each login episode once. */
  loginMs: number;
}

export interface PeriodSummary {
  from: number;
  to: number;
  /** ms: active time falling in [from, to); count: entries whose start is in it. */
  procedures: Tally;
  byOrganisation: Breakdown;
  byProcedure: Breakdown;
  byMode: Breakdown;
  byOutcome: Breakdown;
  /** An entry with several reasons counts fully in each: the sum over reasons may exceed the total. */
  byReason: Breakdown;
  /** Time in the modes where the counsellor does it in the young person's place. */
  onBehalfMs: number;
  frictions: FrictionFigures;
  /**
   * Login time of the episodes with a counted friction attached to an entry
   * (each once) ÷ procedures.ms; null when no procedure time.
   */
  frictionShare: number | null;
  /**
   * Opt-in site time of the period's days (a stored row is a whole day's total).
   * byOrganisation and totalMs leave i-milo out; imiloMs is i-milo alone.
   */
  siteTime: { byOrganisation: Record<string, number>; imiloMs: number; totalMs: number };
  /** One per local day of the period, in order. */
  days: { day: string; ms: number; count: number; frictions: number }[];
}

export interface StatsInput {
  entries: Entry[];
  frictions: Friction[];
  siteTime: SiteTimeRow[];
}

/**
 * One breakdown (by organisation, by mode…) for every period at once: each key
 * has its figures in arrays indexed by period, so a record costs one lookup per
 * breakdown whatever the number of periods.
 */
class Columns {
  private readonly columns = new Map<string, { ms: Float64Array; count: Float64Array }>();
  constructor(private readonly periods: number) {}

  add(key: string, period: number, ms: number, count: number) {
    let column = this.columns.get(key);
    if (!column) {
      column = { ms: new Float64Array(this.periods), count: new Float64Array(this.periods) };
      this.columns.set(key, column);
    }
    column.ms[period] = (column.ms[period] as number) + ms;
    column.count[period] = (column.count[period] as number) + count;
  }

  /** The period's tallies, keys it never met left out. */
  tallies(period: number): Breakdown {
    const rows: [string, Tally][] = [];
    for (const [key, { ms, count }] of this.columns) {
      const tally = { ms: ms[period] as number, count: count[period] as number };
      if (tally.ms !== 0 || tally.count !== 0) rows.push([key, tally]);
    }
    return Object.fromEntries(rows); // never `record[key] =`: a key could be '__proto__'
  }

  /** The period's figures where only the ms column is used (a count or a duration). */
  sums(period: number): Record<string, number> {
    const rows: [string, number][] = [];
    for (const [key, { ms }] of this.columns) if (ms[period] !== 0) rows.push([key, ms[period] as number]);
    return Object.fromEntries(rows);
  }
}

/** A figure per period. */
const perPeriod = (periods: number) => new Float64Array(periods);
const bump = (values: Float64Array, period: number, n: number) => {
  values[period] = (values[period] as number) + n;
};

const onBehalf = new Set<string>(onBehalfModeIds);

/** Index of the day holding t in bounds (day i is [bounds[i], bounds[i+1])), or -1 outside them. */
export function dayIndex(bounds: number[], t: number): number {
  const days = bounds.length - 1;
  if (!(t >= (bounds[0] as number) && t < (bounds[days] as number))) return -1;
  let low = 0;
  let high = days - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((bounds[mid] as number) <= t) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Hands each day of `bounds` its part of an entry's active time: `add(day, ms,
 * count)` with count 1 on the day the entry starts and 0 on the others. An
 * entry within one day gives it all its time; across one midnight or more the
 * active time is shared in proportion to the part of [start, end] in each day
 * (where the pauses fell is not stored), rounding the running sum so the
 * integer parts add up exactly. Days outside `bounds` get nothing. The one
 * rule for every figure that splits time by day (dashboard, evidence files).
 */
export function splitAcrossDays(
  bounds: number[],
  entry: { start: number; end: number; activeMs: number },
  add: (day: number, ms: number, count: number) => void,
): void {
  const dayCount = bounds.length - 1;
  const start = entry.start;
  const end = Math.max(entry.end, start);
  const i = dayIndex(bounds, start);
  if (i >= 0 && end <= (bounds[i + 1] as number)) {
    add(i, entry.activeMs, 1);
    return;
  }
  if (i < 0 && !(start < (bounds[0] as number) && end > (bounds[0] as number))) return;
  const span = end - start;
  const active = entry.activeMs;
  let d = Math.max(i, 0);
  let done = Math.round(active * ((Math.max(bounds[d] as number, start) - start) / span));
  for (; d < dayCount && (bounds[d] as number) < end; d++) {
    const upTo = Math.round(active * ((Math.min(end, bounds[d + 1] as number) - start) / span));
    add(d, upTo - done, d === i ? 1 : 0);
    done = upTo;
  }
}

/**
 * Sums the records into consecutive periods made of whole entries of `days`:
 * period p holds the days from periodStarts[p] to the next start.
 */
function aggregate(input: StatsInput, days: LocalDay[], periodStarts: number[]): PeriodSummary[] {
  const dayCount = days.length;
  const periods = periodStarts.length;
  const bounds = days.map((d) => d.from);
  bounds.push(days.length ? (days[dayCount - 1] as LocalDay).to : 0);
  const periodOf = new Int32Array(dayCount);
  for (let p = 0; p < periods; p++) {
    const end = periodStarts[p + 1] ?? dayCount;
    for (let d = periodStarts[p] as number; d < end; d++) periodOf[d] = p;
  }
  const dayMs = new Float64Array(dayCount);
  const dayEntries = new Float64Array(dayCount);
  const dayFrictions = new Float64Array(dayCount);
  const procedureMs = perPeriod(periods);
  const procedureCount = perPeriod(periods);
  const onBehalfMs = perPeriod(periods);
  const byOrganisation = new Columns(periods);
  const byProcedure = new Columns(periods);
  const byMode = new Columns(periods);
  const byOutcome = new Columns(periods);
  const byReason = new Columns(periods);

  const addEntry = (d: number, entry: Entry, ms: number, count: number) => {
    bump(dayMs, d, ms);
    bump(dayEntries, d, count);
    const p = periodOf[d] as number;
    bump(procedureMs, p, ms);
    bump(procedureCount, p, count);
    byOrganisation.add(entry.organisationId ?? NONE, p, ms, count);
    byProcedure.add(entry.procedureId ?? NONE, p, ms, count);
    byMode.add(entry.modeId ?? NONE, p, ms, count);
    byOutcome.add(entry.outcomeId ?? NONE, p, ms, count);
    const reasons = entry.reasonIds;
    if (reasons.length === 0) byReason.add(NONE, p, ms, count);
    for (let r = 0; r < reasons.length; r++) {
      const reason = reasons[r] as string;
      if (reasons.indexOf(reason) === r) byReason.add(reason, p, ms, count);
    }
    if (entry.modeId !== null && onBehalf.has(entry.modeId)) bump(onBehalfMs, p, ms);
  };

  for (const entry of input.entries) {
    splitAcrossDays(bounds, entry, (d, ms, count) => addEntry(d, entry, ms, count));
  }

  const frictionTotal = perPeriod(periods);
  const logged = perPeriod(periods);
  const pending = perPeriod(periods);
  const loginMs = perPeriod(periods);
  const attachedLoginMs = perPeriod(periods);
  const frictionsByKind = new Columns(periods);
  const frictionsByOrganisation = new Columns(periods);
  for (const friction of input.frictions) {
    if (friction.status === 'dismissed') continue; // never counted, nor awaiting
    const d = dayIndex(bounds, friction.at);
    if (d < 0) continue;
    const p = periodOf[d] as number;
    if (!isCounted(friction)) {
      bump(pending, p, 1);
      continue;
    }
    bump(frictionTotal, p, 1);
    if (friction.detection === 'manual') bump(logged, p, 1);
    frictionsByKind.add(friction.kind, p, 1, 0);
    frictionsByOrganisation.add(friction.organisationId ?? NONE, p, 1, 0);
    bump(dayFrictions, d, 1);
    if (friction.episode === undefined && friction.loginMs !== null) {
      bump(loginMs, p, friction.loginMs);
      if (friction.entryId !== null) bump(attachedLoginMs, p, friction.loginMs);
    }
  }
  // An episode of several frictions counts once, where its first counted friction falls.
  for (const episode of sharedLoginEpisodes(input.frictions)) {
    const d = dayIndex(bounds, episode.at);
    if (d < 0) continue;
    const p = periodOf[d] as number;
    bump(loginMs, p, episode.loginMs);
    if (episode.attached) bump(attachedLoginMs, p, episode.loginMs);
  }

  const imiloMs = perPeriod(periods);
  const siteTotalMs = perPeriod(periods);
  const siteByOrganisation = new Columns(periods);
  const dayByKey = new Map(days.map((d, index) => [d.day, index]));
  for (const row of input.siteTime) {
    const d = dayByKey.get(row.day);
    if (d === undefined) continue;
    const p = periodOf[d] as number;
    if (row.organisationId === IMILO_ORGANISATION) bump(imiloMs, p, row.ms);
    else {
      siteByOrganisation.add(row.organisationId, p, row.ms, 0);
      bump(siteTotalMs, p, row.ms);
    }
  }

  return periodStarts.map((firstDay, p) => {
    const endDay = periodStarts[p + 1] ?? dayCount;
    const ms = procedureMs[p] as number;
    const total = frictionTotal[p] as number;
    const periodDays = [];
    for (let d = firstDay; d < endDay; d++) {
      const { day } = days[d] as LocalDay;
      periodDays.push({
        day,
        ms: dayMs[d] as number,
        count: dayEntries[d] as number,
        frictions: dayFrictions[d] as number,
      });
    }
    return {
      from: bounds[firstDay] as number,
      to: bounds[endDay] as number,
      procedures: { ms, count: procedureCount[p] as number },
      byOrganisation: byOrganisation.tallies(p),
      byProcedure: byProcedure.tallies(p),
      byMode: byMode.tallies(p),
      byOutcome: byOutcome.tallies(p),
      byReason: byReason.tallies(p),
      onBehalfMs: onBehalfMs[p] as number,
      frictions: {
        total,
        logged: logged[p] as number,
        detected: total - (logged[p] as number),
        pending: pending[p] as number,
        byKind: frictionsByKind.sums(p),
        byOrganisation: frictionsByOrganisation.sums(p),
        loginMs: loginMs[p] as number,
      },
      frictionShare: ms > 0 ? (attachedLoginMs[p] as number) / ms : null,
      siteTime: {
        byOrganisation: siteByOrganisation.sums(p),
        imiloMs: imiloMs[p] as number,
        totalMs: siteTotalMs[p] as number,
      },
      days: periodDays,
    };
  });
}

/** The summary of [from, to), its days read in `timeZone`. */
export function summarise(input: StatsInput, from: number, to: number, timeZone: string): PeriodSummary {
  const days = localDays(from, to, timeZone);
  if (days.length === 0) {
    // An empty period: zeros, no day.
    const [empty] = aggregate({ entries: [], frictions: [], siteTime: [] }, [{ day: '', from, to: from }], [0]);
    return { ...(empty as PeriodSummary), days: [] };
  }
  return aggregate(input, days, [0])[0] as PeriodSummary;
}

/** `count` consecutive weeks from `first`, each with its summary, in one pass over the records. */
export function weeklySummaries(
  input: StatsInput,
  first: Week,
  count: number,
  timeZone: string,
): (PeriodSummary & { week: Week })[] {
  if (count <= 0) return [];
  // The days of all the weeks at once, then each week from its seven days:
  // shifting a TZDate week by week costs more than the whole sum.
  const start = weekOf(first.from, timeZone);
  const days = localDays(start.from, shiftWeek(start, count, timeZone).from, timeZone);
  const periodStarts = Array.from({ length: count }, (_, w) => w * 7);
  return aggregate(input, days, periodStarts).map((summary, w) => ({
    ...summary,
    week: { id: weekIdOfDay((days[w * 7] as LocalDay).day), from: summary.from, to: summary.to },
  }));
}
