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
  /** Login and reset page time of the frictions that count. */
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
  /** Login time of counted frictions attached to an entry ÷ procedures.ms; null when no procedure time. */
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

/** A period while it is being summed: maps, turned into records at the end. */
interface Bucket {
  procedures: Tally;
  byOrganisation: Map<string, Tally>;
  byProcedure: Map<string, Tally>;
  byMode: Map<string, Tally>;
  byOutcome: Map<string, Tally>;
  byReason: Map<string, Tally>;
  onBehalfMs: number;
  frictions: Omit<FrictionFigures, 'byKind' | 'byOrganisation'>;
  frictionsByKind: Map<string, number>;
  frictionsByOrganisation: Map<string, number>;
  attachedLoginMs: number;
  siteByOrganisation: Map<string, number>;
  imiloMs: number;
  siteTotalMs: number;
}

function emptyBucket(): Bucket {
  return {
    procedures: { ms: 0, count: 0 },
    byOrganisation: new Map(),
    byProcedure: new Map(),
    byMode: new Map(),
    byOutcome: new Map(),
    byReason: new Map(),
    onBehalfMs: 0,
    frictions: { total: 0, logged: 0, detected: 0, pending: 0, loginMs: 0 },
    frictionsByKind: new Map(),
    frictionsByOrganisation: new Map(),
    attachedLoginMs: 0,
    siteByOrganisation: new Map(),
    imiloMs: 0,
    siteTotalMs: 0,
  };
}

function addTally(map: Map<string, Tally>, key: string, ms: number, count: number) {
  const tally = map.get(key);
  if (tally) {
    tally.ms += ms;
    tally.count += count;
  } else map.set(key, { ms, count });
}

function addNumber(map: Map<string, number>, key: string, n: number) {
  map.set(key, (map.get(key) ?? 0) + n);
}

const onBehalf = new Set<string>(onBehalfModeIds);

/** Index of the day holding t in bounds (day i is [bounds[i], bounds[i+1])), or -1 outside them. */
function dayIndex(bounds: number[], t: number): number {
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
 * Sums the records into consecutive periods made of whole entries of `days`:
 * period p holds the days from periodStarts[p] to the next start.
 */
function aggregate(input: StatsInput, days: LocalDay[], periodStarts: number[]): PeriodSummary[] {
  const dayCount = days.length;
  const bounds = days.map((d) => d.from);
  bounds.push(days.length ? (days[dayCount - 1] as LocalDay).to : 0);
  const periodOf = new Array<number>(dayCount);
  for (let p = 0; p < periodStarts.length; p++) {
    const end = periodStarts[p + 1] ?? dayCount;
    for (let d = periodStarts[p] as number; d < end; d++) periodOf[d] = p;
  }
  const buckets = periodStarts.map(emptyBucket);
  const perDay = days.map((d) => ({ day: d.day, ms: 0, count: 0, frictions: 0 }));

  const addEntry = (d: number, entry: Entry, ms: number, count: number) => {
    const today = perDay[d] as (typeof perDay)[number];
    today.ms += ms;
    today.count += count;
    const b = buckets[periodOf[d] as number] as Bucket;
    b.procedures.ms += ms;
    b.procedures.count += count;
    addTally(b.byOrganisation, entry.organisationId ?? NONE, ms, count);
    addTally(b.byProcedure, entry.procedureId ?? NONE, ms, count);
    addTally(b.byMode, entry.modeId ?? NONE, ms, count);
    addTally(b.byOutcome, entry.outcomeId ?? NONE, ms, count);
    const reasons = entry.reasonIds;
    if (reasons.length === 0) addTally(b.byReason, NONE, ms, count);
    for (let r = 0; r < reasons.length; r++) {
      const reason = reasons[r] as string;
      if (reasons.indexOf(reason) === r) addTally(b.byReason, reason, ms, count);
    }
    if (entry.modeId !== null && onBehalf.has(entry.modeId)) b.onBehalfMs += ms;
  };

  const first = bounds[0] as number;
  for (const entry of input.entries) {
    const start = entry.start;
    const end = Math.max(entry.end, start);
    const i = dayIndex(bounds, start);
    if (i >= 0 && end <= (bounds[i + 1] as number)) {
      addEntry(i, entry, entry.activeMs, 1);
      continue;
    }
    if (i < 0 && !(start < first && end > first)) continue;
    // Across one midnight or more: the active time is shared in proportion to
    // the part of [start, end] in each day (where the pauses fell is not
    // stored). Rounding the running sum keeps integer parts adding up exactly.
    const span = end - start;
    const active = entry.activeMs;
    let d = Math.max(i, 0);
    let done = Math.round(active * ((Math.max(bounds[d] as number, start) - start) / span));
    for (; d < dayCount && (bounds[d] as number) < end; d++) {
      const upTo = Math.round(active * ((Math.min(end, bounds[d + 1] as number) - start) / span));
      addEntry(d, entry, upTo - done, d === i ? 1 : 0);
      done = upTo;
    }
  }

  for (const friction of input.frictions) {
    if (friction.status === 'dismissed') continue;
    const d = dayIndex(bounds, friction.at);
    if (d < 0) continue;
    const b = buckets[periodOf[d] as number] as Bucket;
    if (friction.status === 'pending') {
      b.frictions.pending++;
      continue;
    }
    b.frictions.total++;
    if (friction.detection === 'manual') b.frictions.logged++;
    else b.frictions.detected++;
    addNumber(b.frictionsByKind, friction.kind, 1);
    addNumber(b.frictionsByOrganisation, friction.organisationId ?? NONE, 1);
    const login = friction.loginMs ?? 0;
    b.frictions.loginMs += login;
    if (friction.entryId !== null) b.attachedLoginMs += login;
    (perDay[d] as (typeof perDay)[number]).frictions++;
  }

  const dayByKey = new Map(days.map((d, index) => [d.day, index]));
  for (const row of input.siteTime) {
    const d = dayByKey.get(row.day);
    if (d === undefined) continue;
    const b = buckets[periodOf[d] as number] as Bucket;
    if (row.organisationId === IMILO_ORGANISATION) b.imiloMs += row.ms;
    else {
      addNumber(b.siteByOrganisation, row.organisationId, row.ms);
      b.siteTotalMs += row.ms;
    }
  }

  return buckets.map((b, p) => {
    const firstDay = periodStarts[p] as number;
    const endDay = periodStarts[p + 1] ?? dayCount;
    return {
      from: bounds[firstDay] as number,
      to: bounds[endDay] as number,
      procedures: b.procedures,
      byOrganisation: Object.fromEntries(b.byOrganisation),
      byProcedure: Object.fromEntries(b.byProcedure),
      byMode: Object.fromEntries(b.byMode),
      byOutcome: Object.fromEntries(b.byOutcome),
      byReason: Object.fromEntries(b.byReason),
      onBehalfMs: b.onBehalfMs,
      frictions: {
        ...b.frictions,
        byKind: Object.fromEntries(b.frictionsByKind),
        byOrganisation: Object.fromEntries(b.frictionsByOrganisation),
      },
      frictionShare: b.procedures.ms > 0 ? b.attachedLoginMs / b.procedures.ms : null,
      siteTime: {
        byOrganisation: Object.fromEntries(b.siteByOrganisation),
        imiloMs: b.imiloMs,
        totalMs: b.siteTotalMs,
      },
      days: perDay.slice(firstDay, endDay),
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
