import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry, Friction } from '../../../lib/model/records';
import { type Breakdown, type PeriodSummary, summarise, weeklySummaries } from '../../../lib/stats/summary';
import { weekOf } from '../../../lib/stats/week';

const PARIS = 'Europe/Paris';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// 2026 and early 2027: both daylight-saving changes and week 53 fall in it.
const YEAR_FROM = Date.parse('2026-01-01T00:00:00+01:00');
const SPAN = 400 * DAY;

const maybe = (ids: string[]) => fc.option(fc.constantFrom(...ids), { nil: null });
const anEntry: fc.Arbitrary<Entry> = fc
  .record({
    start: fc.integer({ min: YEAR_FROM, max: YEAR_FROM + SPAN }),
    length: fc.integer({ min: 0, max: 3 * DAY }),
    pauseShare: fc.double({ min: 0, max: 1, noNaN: true }),
    organisationId: maybe(['caf', 'france_travail', 'ants']),
    procedureId: maybe(['caf_prime_activite', 'autre_demarche']),
    modeId: maybe(['faire_ensemble', 'faire_pour_a_distance']),
    reasonIds: fc.uniqueArray(fc.constantFrom('langue', 'illectronisme', 'urgence'), { maxLength: 3 }),
    outcomeId: maybe(['abouti', 'bloque']),
  })
  .map(({ start, length, pauseShare, ...details }) => ({
    id: 'entry-00000000',
    start,
    end: start + length,
    activeMs: Math.floor(length * pauseShare),
    ...details,
    source: 'timer',
    createdAt: start,
    updatedAt: start,
  }));
const aFriction: fc.Arbitrary<Friction> = fc.record({
  id: fc.constant('friction-0000'),
  at: fc.integer({ min: YEAR_FROM, max: YEAR_FROM + SPAN }),
  organisationId: maybe(['caf', 'ants']),
  kind: fc.constantFrom('mdp_oublie', 'compte_bloque'),
  detection: fc.constantFrom('manual', 'auto'),
  status: fc.constantFrom('pending', 'confirmed', 'dismissed'),
  entryId: fc.constant(null),
  loginMs: fc.option(fc.integer({ min: 0, max: HOUR }), { nil: null }),
});

const sumOf = (breakdown: Breakdown) =>
  Object.values(breakdown).reduce((sum, t) => ({ ms: sum.ms + t.ms, count: sum.count + t.count }), { ms: 0, count: 0 });
const total = (values: number[]) => values.reduce((a, b) => a + b, 0);

function expectConsistent(summary: PeriodSummary) {
  for (const breakdown of [summary.byOrganisation, summary.byProcedure, summary.byMode, summary.byOutcome]) {
    expect(sumOf(breakdown)).toEqual(summary.procedures);
  }
  expect(total(summary.days.map((d) => d.ms))).toBe(summary.procedures.ms);
  expect(total(summary.days.map((d) => d.count))).toBe(summary.procedures.count);
  expect(total(summary.days.map((d) => d.frictions))).toBe(summary.frictions.total);
  expect(summary.frictions.logged + summary.frictions.detected).toBe(summary.frictions.total);
  expect(total(Object.values(summary.frictions.byKind))).toBe(summary.frictions.total);
  expect(total(Object.values(summary.frictions.byOrganisation))).toBe(summary.frictions.total);
}

describe('summaries add up (property)', () => {
  it('over any period: categories and days sum to the total; entries inside it count whole', () => {
    fc.assert(
      fc.property(
        fc.array(anEntry, { maxLength: 40 }),
        fc.array(aFriction, { maxLength: 30 }),
        fc.integer({ min: YEAR_FROM, max: YEAR_FROM + SPAN }),
        fc.integer({ min: 0, max: 40 * DAY }),
        (entries, frictions, from, length) => {
          const to = from + length;
          const summary = summarise({ entries, frictions, siteTime: [] }, from, to, PARIS);
          expectConsistent(summary);
          const starting = entries.filter((e) => e.start >= from && e.start < to);
          expect(summary.procedures.count).toBe(starting.length);
          const inside = starting.filter((e) => e.end <= to);
          const crossing = entries.filter((e) => e.end > from && e.start < to && !inside.includes(e));
          if (crossing.length === 0) expect(summary.procedures.ms).toBe(total(inside.map((e) => e.activeMs)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('week by week: each week adds up, and the weeks sum to the whole span', () => {
    fc.assert(
      fc.property(
        fc.array(anEntry, { maxLength: 40 }),
        fc.array(aFriction, { maxLength: 30 }),
        fc.integer({ min: YEAR_FROM, max: YEAR_FROM + SPAN }),
        fc.integer({ min: 1, max: 12 }),
        (entries, frictions, t, count) => {
          const input = { entries, frictions, siteTime: [] };
          const weeks = weeklySummaries(input, weekOf(t, PARIS), count, PARIS);
          expect(weeks).toHaveLength(count);
          for (const week of weeks) {
            expectConsistent(week);
            expect(week.days).toHaveLength(7);
          }
          const first = weeks[0]?.week.from as number;
          const last = weeks[count - 1]?.week.to as number;
          const whole = summarise(input, first, last, PARIS);
          expect(total(weeks.map((w) => w.procedures.ms))).toBe(whole.procedures.ms);
          expect(total(weeks.map((w) => w.procedures.count))).toBe(whole.procedures.count);
          expect(total(weeks.map((w) => w.frictions.total))).toBe(whole.frictions.total);
          // An entry wholly within the weeks counts all its active time, however many midnights it crosses.
          const within = entries.filter((e) => e.start >= first && e.end <= last);
          const touching = entries.filter((e) => e.end > first && e.start < last);
          if (within.length === touching.length) expect(whole.procedures.ms).toBe(total(within.map((e) => e.activeMs)));
        },
      ),
      { numRuns: 150 },
    );
  });
});
