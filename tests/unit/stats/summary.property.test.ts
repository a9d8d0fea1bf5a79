import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry, Friction } from '../../../lib/model/records';
import { countedFrictionsByEntry } from '../../../lib/stats/frictions';
import { type Breakdown, type PeriodSummary, summarise, weeklySummaries } from '../../../lib/stats/summary';
import { weekOf } from '../../../lib/stats/week';

const PARIS = 'Europe/Paris';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// 2026 and early 2027: both daylight-saving changes and week 53 fall in it.
const YEAR_FROM = Date.parse('2026-01-01T00:00:00+01:00');
const SPAN = 400 * DAY;

const maybe = (ids: string[]) => fc.option(fc.constantFrom(...ids), { nil: null });
const entryIn = (first: number, last: number): fc.Arbitrary<Entry> =>
  fc
    .record({
      start: fc.integer({ min: first, max: last }),
      length: fc.integer({ min: 0, max: 3 * DAY }),
      pauseShare: fc.integer({ min: 0, max: 1000 }), // thousandths: fc.double clings to 0
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
      activeMs: Math.floor((length * pauseShare) / 1000),
      ...details,
      source: 'timer',
      createdAt: start,
      updatedAt: start,
    }));
const anEntry = entryIn(YEAR_FROM, YEAR_FROM + SPAN);
const aFriction: fc.Arbitrary<Friction> = fc.record({
  id: fc.uuid(),
  at: fc.integer({ min: YEAR_FROM, max: YEAR_FROM + SPAN }),
  organisationId: maybe(['caf', 'ants']),
  kind: fc.constantFrom('mdp_oublie', 'compte_bloque'),
  detection: fc.constantFrom('manual', 'auto'),
  status: fc.constantFrom('pending', 'confirmed', 'dismissed'),
  entryId: fc.constant(null),
  loginMs: fc.option(fc.integer({ min: 0, max: HOUR }), { nil: null }),
});

/**
 * Entries with the frictions the probe would attach to them: login episodes of
 * one to three kinds, each friction inside its entry and carrying the episode's
 * whole login time, the episodes of an entry together no longer than its active
 * time (a login happens while the procedure is timed). Ids are unique.
 */
const anEpisode = fc.record({
  share: fc.integer({ min: 0, max: 1000 }),
  frictions: fc.array(
    fc.record({
      position: fc.integer({ min: 0, max: 999 }),
      status: fc.constantFrom('pending', 'confirmed', 'dismissed'),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});
const CLUSTER = 30 * DAY;
const withFrictions = (first: number) =>
  fc
    .array(fc.record({ entry: entryIn(first, first + CLUSTER), episodes: fc.array(anEpisode, { maxLength: 3 }) }), {
      maxLength: 30,
    })
    .map((rows) => {
      const entries: Entry[] = [];
      const frictions: Friction[] = [];
      rows.forEach(({ entry, episodes }, i) => {
        const id = `entry-${String(i).padStart(4, '0')}`;
        entries.push({ ...entry, id });
        episodes.forEach(({ share, frictions: parts }, j) => {
          const loginMs = Math.floor((entry.activeMs * share) / 1000 / episodes.length);
          const episode = `friction-${i}-${j}-0`;
          parts.forEach(({ position, status }, k) => {
            frictions.push({
              id: `friction-${i}-${j}-${k}`,
              at: entry.start + Math.floor(((entry.end - entry.start) * position) / 1000),
              organisationId: 'caf',
              kind: ['mdp_oublie', 'compte_bloque', 'captcha_antibot'][k] as string,
              detection: 'auto',
              status: status as Friction['status'],
              entryId: id,
              loginMs,
              episode,
            });
          });
        });
      });
      return { entries, frictions };
    });
/** Entries with their frictions, within a month somewhere in the span, and an instant near them. */
const entriesWithFrictions = fc
  .integer({ min: YEAR_FROM, max: YEAR_FROM + SPAN })
  .chain((first) =>
    fc.record({ data: withFrictions(first), near: fc.integer({ min: first - 10 * DAY, max: first + CLUSTER }) }),
  );

/** The login time of the period told plainly: each episode once, when one of its frictions counts, where the first of those falls. */
function loginOf(frictions: Friction[], from: number, to: number) {
  const episodes = new Map<string, { at: number; loginMs: number; attached: boolean }>();
  for (const f of frictions.filter((f) => f.status === 'confirmed')) {
    const key = f.episode ?? f.id;
    const seen = episodes.get(key);
    episodes.set(key, {
      at: Math.min(seen?.at ?? f.at, f.at),
      loginMs: f.loginMs ?? 0,
      attached: (seen?.attached ?? false) || f.entryId !== null,
    });
  }
  const inside = [...episodes.values()].filter((e) => e.at >= from && e.at < to);
  return {
    loginMs: total(inside.map((e) => e.loginMs)),
    attachedMs: total(inside.filter((e) => e.attached).map((e) => e.loginMs)),
  };
}

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

  it('login time counts each episode once: the share of procedure time is never above 1, the per-entry counts add up', () => {
    fc.assert(
      fc.property(
        entriesWithFrictions,
        fc.array(aFriction, { maxLength: 10 }),
        fc.integer({ min: 0, max: 40 * DAY }),
        ({ data: { entries, frictions: attached }, near: from }, alone, length) => {
          const to = from + length;
          const frictions = [...attached, ...alone];
          const summary = summarise({ entries, frictions, siteTime: [] }, from, to, PARIS);
          expectConsistent(summary);
          const login = loginOf(frictions, from, to);
          expect(summary.frictions.loginMs).toBe(login.loginMs);
          if (summary.frictionShare !== null) {
            expect(summary.frictionShare).toBeCloseTo(login.attachedMs / summary.procedures.ms, 12);
          }
          // Every entry wholly inside the period or wholly outside it: its episodes are inside with it.
          const whole = entries.every((e) => (e.start >= from && e.end <= to) || e.end <= from || e.start >= to);
          if (whole && summary.frictionShare !== null) expect(summary.frictionShare).toBeLessThanOrEqual(1);
          const perEntry = countedFrictionsByEntry(attached.filter((f) => f.at >= from && f.at < to));
          expect(total([...perEntry.values()])).toBe(
            summary.frictions.total - alone.filter((f) => f.status === 'confirmed' && f.at >= from && f.at < to).length,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('week by week: each week adds up, and the weeks sum to the whole span', () => {
    fc.assert(
      fc.property(
        entriesWithFrictions,
        fc.array(aFriction, { maxLength: 30 }),
        fc.integer({ min: 1, max: 12 }),
        ({ data: { entries, frictions: attached }, near: t }, alone, count) => {
          const frictions = [...attached, ...alone];
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
          expect(total(weeks.map((w) => w.frictions.loginMs))).toBe(whole.frictions.loginMs);
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
