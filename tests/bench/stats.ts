// One year of activity (30,000 entries, 15,000 frictions, site time) summed
// into 52 weekly summaries in Node, as the dashboard's trend does: median of
// several runs. The data is generated here with a fixed seed (independent of
// the demo generator) so the figure compares from one run to the next.
import { catalogue } from '../../lib/catalogue';
import type { Entry, Friction } from '../../lib/model/records';
import type { SiteTimeRow } from '../../lib/model/site-time';
import { weeklySummaries } from '../../lib/stats/summary';
import { weekOf } from '../../lib/stats/week';
import { median } from './median';

const TIME_ZONE = 'Europe/Paris';
const DAY = 86_400_000;
const MIN = 60_000;
const YEAR_START = Date.parse('2025-12-29T00:00:00+01:00'); // Monday of 2026-W01

/** mulberry32: a small seeded generator, the same numbers on every run. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function yearOfActivity(entryCount = 30_000, frictionCount = 15_000) {
  const random = seeded(9);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(8, '0')}`;
  const entries: Entry[] = [];
  for (let n = 0; n < entryCount; n++) {
    // Working hours, 8:00 to 18:00, any day of the year; now and then past midnight.
    const start = YEAR_START + Math.floor(random() * 364) * DAY + 8 * 60 * MIN + Math.floor(random() * 600 * MIN);
    const length = random() < 0.01 ? 10 * 60 * MIN : Math.floor(random() * 40 * MIN) + MIN;
    const procedure = pick(catalogue.procedures);
    entries.push({
      id: id('entry', n),
      start,
      end: start + length,
      activeMs: Math.floor(length * (0.7 + random() * 0.3)),
      organisationId: random() < 0.1 ? null : (procedure.organisationIds[0] ?? null),
      procedureId: random() < 0.1 ? null : procedure.id,
      modeId: random() < 0.1 ? null : pick(catalogue.modes).id,
      reasonIds: catalogue.reasons.filter(() => random() < 0.15).map((r) => r.id),
      outcomeId: random() < 0.2 ? null : pick(catalogue.outcomes).id,
      source: random() < 0.9 ? 'timer' : 'manual',
      createdAt: start,
      updatedAt: start,
    });
  }
  const frictions: Friction[] = [];
  for (let n = 0; n < frictionCount; n++) {
    const entry = pick(entries);
    const auto = random() < 0.5;
    frictions.push({
      id: id('friction', n),
      at: entry.start + Math.floor(random() * (entry.end - entry.start)),
      organisationId: entry.organisationId,
      kind: pick(catalogue.frictions).id,
      detection: auto ? 'auto' : 'manual',
      status: auto ? pick(['pending', 'confirmed', 'confirmed', 'dismissed'] as const) : 'confirmed',
      entryId: random() < 0.8 ? entry.id : null,
      loginMs: random() < 0.7 ? Math.floor(random() * 5 * MIN) : null,
    });
  }
  const siteTime: SiteTimeRow[] = [];
  for (let d = 0; d < 364; d++) {
    const day = new Date(YEAR_START + d * DAY + 12 * 60 * MIN).toISOString().slice(0, 10);
    for (const organisation of ['imilo', 'france_travail', 'caf']) {
      siteTime.push({ day, organisationId: organisation, ms: Math.floor(random() * 60 * MIN) });
    }
  }
  return { entries, frictions, siteTime };
}

export interface StatsBench {
  runs: number;
  ms: number;
}

export function weeklySummariesOfAYear(runs = 15): StatsBench {
  const input = yearOfActivity();
  const first = weekOf(YEAR_START, TIME_ZONE);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    const weeks = weeklySummaries(input, first, 52, TIME_ZONE);
    times.push(performance.now() - t0);
    if (weeks.length !== 52) throw new Error('52 semaines attendues');
  }
  return { runs, ms: median(times) };
}
