import { describe, expect, it } from 'vitest';
import { catalogue, isKnownId, onBehalfModeIds } from '../../../lib/catalogue';
import { emptyDetails } from '../../../lib/db/details';
import type { SiteTimeRow } from '../../../lib/model/site-time';
import { countedFrictionsByEntry } from '../../../lib/stats/frictions';
import {
  IMILO_ORGANISATION,
  NONE,
  type PeriodSummary,
  type StatsInput,
  summarise,
  weeklySummaries,
} from '../../../lib/stats/summary';
import { type Week, weekFromId } from '../../../lib/stats/week';
import { entryFrom as entry, frictionOn as friction } from '../../helpers/records';

const PARIS = 'Europe/Paris';
const MIN = 60_000;
const HOUR = 60 * MIN;
const at = (iso: string) => Date.parse(iso);

const input = (parts: Partial<StatsInput>): StatsInput => ({ entries: [], frictions: [], siteTime: [], ...parts });
const week = (id: string): Week => weekFromId(id, PARIS) as Week;
const ofWeek = (id: string, parts: Partial<StatsInput>): PeriodSummary => {
  const w = week(id);
  return summarise(input(parts), w.from, w.to, PARIS);
};
const day = (summary: PeriodSummary, key: string) => summary.days.find((d) => d.day === key);

describe('period summary: procedure time', () => {
  it('counts active time, not the span: pauses are left out', () => {
    const summary = ofWeek('2026-W48', {
      entries: [entry('2026-11-24T10:00:00+01:00', '2026-11-24T11:00:00+01:00', 40 * MIN)],
    });
    expect(summary.procedures).toEqual({ ms: 40 * MIN, count: 1 });
    expect(day(summary, '2026-11-24')).toEqual({ day: '2026-11-24', ms: 40 * MIN, count: 1, frictions: 0 });
  });

  it('shares a procedure crossing midnight between the two days, in proportion, counted on the day it began', () => {
    // 23:30 → 00:30 with 10 minutes of pause: 50 minutes, half on each side.
    const late = entry('2026-11-24T23:30:00+01:00', '2026-11-25T00:30:00+01:00', 50 * MIN);
    const summary = ofWeek('2026-W48', { entries: [late] });
    expect(day(summary, '2026-11-24')).toMatchObject({ ms: 25 * MIN, count: 1 });
    expect(day(summary, '2026-11-25')).toMatchObject({ ms: 25 * MIN, count: 0 });
    expect(summary.procedures).toEqual({ ms: 50 * MIN, count: 1 });
    // The second day alone holds its part and does not count the procedure.
    const wednesday = summarise(
      input({ entries: [late] }),
      at('2026-11-25T00:00:00+01:00'),
      at('2026-11-26T00:00:00+01:00'),
      PARIS,
    );
    expect(wednesday.procedures).toEqual({ ms: 25 * MIN, count: 0 });
    expect(wednesday.byOrganisation).toEqual({ caf: { ms: 25 * MIN, count: 0 } });
  });

  it('splits into whole milliseconds that add up exactly', () => {
    // Half on each side of midnight: 1001 ms is 500.5 + 500.5, rounded as 501 + 500, never 501 + 501.
    const odd = entry('2026-11-24T23:30:00+01:00', '2026-11-25T00:30:00+01:00', 1001);
    const summary = ofWeek('2026-W48', { entries: [odd] });
    expect(day(summary, '2026-11-24')?.ms).toBe(501);
    expect(day(summary, '2026-11-25')?.ms).toBe(500);
    expect(summary.procedures.ms).toBe(1001);
  });

  it('shares a procedure crossing from ISO week 53 of 2026 into week 1 of 2027', () => {
    const newYear = entry('2027-01-03T23:00:00+01:00', '2027-01-04T01:00:00+01:00', 2 * HOUR);
    const nye = entry('2026-12-31T23:30:00+01:00', '2027-01-01T00:30:00+01:00', HOUR);
    const [w53, w01] = weeklySummaries(input({ entries: [newYear, nye] }), week('2026-W53'), 2, PARIS);
    expect(w53?.week.id).toBe('2026-W53');
    expect(w53?.procedures).toEqual({ ms: 2 * HOUR, count: 2 });
    expect(w53 && day(w53, '2026-12-31')?.ms).toBe(30 * MIN);
    expect(w53 && day(w53, '2027-01-01')?.ms).toBe(30 * MIN);
    expect(w53 && day(w53, '2027-01-03')?.ms).toBe(HOUR);
    expect(w01?.week.id).toBe('2027-W01');
    expect(w01?.procedures).toEqual({ ms: HOUR, count: 0 });
    expect(w01 && day(w01, '2027-01-04')?.ms).toBe(HOUR);
  });

  it('knows 29 March 2026 in Paris is 23 hours long', () => {
    const summary = ofWeek('2026-W13', {
      entries: [
        // Saturday 23:00 → Sunday 04:00: 4 real hours, 1 on Saturday, 3 on Sunday.
        entry('2026-03-28T23:00:00+01:00', '2026-03-29T04:00:00+02:00', 4 * HOUR),
        // 01:30 → 03:30 on the clock across the jump: one real hour.
        entry('2026-03-29T01:30:00+01:00', '2026-03-29T03:30:00+02:00', HOUR),
      ],
    });
    expect(day(summary, '2026-03-28')?.ms).toBe(HOUR);
    expect(day(summary, '2026-03-29')).toMatchObject({ ms: 4 * HOUR, count: 1 });
    expect(summary.procedures.ms).toBe(5 * HOUR);
  });

  it('knows 25 October 2026 in Paris is 25 hours long, up to the week’s end', () => {
    const entries = [
      // Saturday 23:00 → Sunday 03:00 (after the clocks went back): 5 real hours, 1 then 4.
      entry('2026-10-24T23:00:00+02:00', '2026-10-25T03:00:00+01:00', 5 * HOUR),
      // Sunday 23:30 → Monday 00:30: half in week 43, half in week 44.
      entry('2026-10-25T23:30:00+01:00', '2026-10-26T00:30:00+01:00', HOUR),
    ];
    const [w43, w44] = weeklySummaries(input({ entries }), week('2026-W43'), 2, PARIS);
    expect(w43 && day(w43, '2026-10-24')?.ms).toBe(HOUR);
    expect(w43 && day(w43, '2026-10-25')).toMatchObject({ ms: 4 * HOUR + 30 * MIN, count: 1 });
    expect(w43?.procedures).toEqual({ ms: 5 * HOUR + 30 * MIN, count: 2 });
    expect(w44?.procedures).toEqual({ ms: 30 * MIN, count: 0 });
  });

  it('counts entries as they stand now: one moved to another week after the fact counts there only', () => {
    const moved = entry('2026-11-24T10:00:00+01:00', '2026-11-24T10:20:00+01:00', 20 * MIN, {
      createdAt: at('2026-11-17T10:20:00+01:00'),
      updatedAt: at('2026-11-24T18:00:00+01:00'),
      source: 'manual',
    });
    const [w47, w48] = weeklySummaries(input({ entries: [moved] }), week('2026-W47'), 2, PARIS);
    expect(w47?.procedures).toEqual({ ms: 0, count: 0 });
    expect(w48?.procedures).toEqual({ ms: 20 * MIN, count: 1 });
  });

  it('counts entries to review and incomplete ones, what is not said under « none »', () => {
    const incomplete = entry('2026-11-24T14:00:00+01:00', '2026-11-24T14:30:00+01:00', 30 * MIN, {
      ...emptyDetails,
      source: 'manual',
      review: 'incomplete',
    });
    const summary = ofWeek('2026-W48', { entries: [incomplete] });
    const none = { [NONE]: { ms: 30 * MIN, count: 1 } };
    expect(summary.byOrganisation).toEqual(none);
    expect(summary.byProcedure).toEqual(none);
    expect(summary.byMode).toEqual(none);
    expect(summary.byOutcome).toEqual(none);
    expect(summary.byReason).toEqual(none);
  });

  it('breaks time down by organisation, procedure, mode, outcome and reason; « à la place du jeune » apart', () => {
    const summary = ofWeek('2026-W48', {
      entries: [
        entry('2026-11-23T09:00:00+01:00', '2026-11-23T09:30:00+01:00', 30 * MIN, {
          modeId: 'faire_pour_a_distance',
          reasonIds: ['illectronisme', 'langue'],
        }),
        entry('2026-11-23T10:00:00+01:00', '2026-11-23T10:10:00+01:00', 10 * MIN, {
          organisationId: 'france_travail',
          procedureId: null,
          modeId: 'mandat_aidants_connect',
          reasonIds: ['langue'],
          outcomeId: 'bloque',
        }),
        entry('2026-11-23T11:00:00+01:00', '2026-11-23T11:05:00+01:00', 5 * MIN),
      ],
    });
    expect(summary.byOrganisation).toEqual({
      caf: { ms: 35 * MIN, count: 2 },
      france_travail: { ms: 10 * MIN, count: 1 },
    });
    expect(summary.byProcedure).toEqual({
      prime_activite: { ms: 35 * MIN, count: 2 },
      [NONE]: { ms: 10 * MIN, count: 1 },
    });
    expect(summary.byMode).toEqual({
      faire_pour_a_distance: { ms: 30 * MIN, count: 1 },
      mandat_aidants_connect: { ms: 10 * MIN, count: 1 },
      faire_ensemble: { ms: 5 * MIN, count: 1 },
    });
    expect(summary.byOutcome).toEqual({ abouti: { ms: 35 * MIN, count: 2 }, bloque: { ms: 10 * MIN, count: 1 } });
    // Several reasons: the entry counts fully under each.
    expect(summary.byReason).toEqual({
      illectronisme: { ms: 30 * MIN, count: 1 },
      langue: { ms: 40 * MIN, count: 2 },
      [NONE]: { ms: 5 * MIN, count: 1 },
    });
    expect(summary.onBehalfMs).toBe(40 * MIN);
  });

  it('gives weeks Monday to Sunday even from a week that does not start on a Monday, none for a count of 0', () => {
    const thursday = { id: '2026-W48', from: at('2026-11-26T00:00:00+01:00'), to: at('2026-12-03T00:00:00+01:00') };
    const [w48] = weeklySummaries(input({}), thursday, 1, PARIS);
    expect(w48?.week).toEqual(week('2026-W48'));
    expect(w48?.days.map((d) => d.day)).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(weeklySummaries(input({}), week('2026-W48'), 0, PARIS)).toEqual([]);
  });

  it('is all zeros for an empty period', () => {
    const summary = summarise(input({}), 10, 10, PARIS);
    expect(summary.procedures).toEqual({ ms: 0, count: 0 });
    expect(summary.days).toEqual([]);
    expect(summary.frictionShare).toBeNull();
  });
});

describe('period summary: frictions', () => {
  it('counts manual and confirmed detections, keeps pending ones apart and never counts dismissed ones', () => {
    const summary = ofWeek('2026-W48', {
      frictions: [
        friction('2026-11-24T10:00:00+01:00', { loginMs: 2 * MIN }),
        friction('2026-11-24T11:00:00+01:00', {
          detection: 'auto',
          kind: 'compte_bloque',
          organisationId: null,
          loginMs: 3 * MIN,
        }),
        friction('2026-11-25T11:00:00+01:00', { detection: 'auto', status: 'pending', loginMs: 7 * MIN }),
        friction('2026-11-25T12:00:00+01:00', { detection: 'auto', status: 'dismissed', loginMs: 11 * MIN }),
        friction('2026-11-30T09:00:00+01:00'), // the next week
      ],
    });
    expect(summary.frictions).toEqual({
      total: 2,
      logged: 1,
      detected: 1,
      pending: 1,
      byKind: { mdp_oublie: 1, compte_bloque: 1 },
      byOrganisation: { caf: 1, [NONE]: 1 },
      loginMs: 5 * MIN,
    });
    expect(day(summary, '2026-11-24')?.frictions).toBe(2);
    expect(day(summary, '2026-11-25')?.frictions).toBe(0);
  });

  it('measures the share of procedure time lost to login: counted frictions attached to an entry', () => {
    const timed = entry('2026-11-24T10:00:00+01:00', '2026-11-24T11:40:00+01:00', 100 * MIN);
    const summary = ofWeek('2026-W48', {
      entries: [timed],
      frictions: [
        friction('2026-11-24T10:05:00+01:00', { entryId: timed.id, loginMs: 10 * MIN }),
        friction('2026-11-24T15:00:00+01:00', { entryId: null, loginMs: 5 * MIN }), // outside any procedure
        friction('2026-11-24T10:30:00+01:00', {
          entryId: timed.id,
          status: 'pending',
          detection: 'auto',
          loginMs: 20 * MIN,
        }),
      ],
    });
    expect(summary.frictionShare).toBe(0.1);
    expect(summary.frictions.loginMs).toBe(15 * MIN);
    expect(ofWeek('2026-W48', { frictions: [friction('2026-11-24T10:05:00+01:00')] }).frictionShare).toBeNull();
  });
});

describe('period summary: login episodes', () => {
  // The probe stores a login episode's whole time on each of its frictions (one per kind).
  const timed = entry('2026-11-24T10:00:00+01:00', '2026-11-24T11:40:00+01:00', 100 * MIN);
  const first = friction('2026-11-24T10:05:00+01:00', { detection: 'auto', entryId: timed.id, loginMs: 10 * MIN });
  const episode = { episode: first.id };
  const second = friction('2026-11-24T10:07:00+01:00', {
    ...episode,
    kind: 'compte_bloque',
    detection: 'auto',
    entryId: timed.id,
    loginMs: 10 * MIN,
  });

  it('counts an episode of two kinds once in the login time and the share, and both frictions', () => {
    const summary = ofWeek('2026-W48', { entries: [timed], frictions: [{ ...first, ...episode }, second] });
    expect(summary.frictions.total).toBe(2);
    expect(summary.frictions.loginMs).toBe(10 * MIN);
    expect(summary.frictionShare).toBe(0.1);
  });

  it('counts an episode once when any of its frictions is confirmed, attached when a counted one is', () => {
    const pendingFirst = { ...first, ...episode, status: 'pending' as const };
    const counted = ofWeek('2026-W48', { entries: [timed], frictions: [pendingFirst, second] });
    expect(counted.frictions.loginMs).toBe(10 * MIN);
    expect(counted.frictionShare).toBe(0.1);
    const detachedSecond = { ...second, entryId: null };
    const apart = ofWeek('2026-W48', { entries: [timed], frictions: [pendingFirst, detachedSecond] });
    expect(apart.frictions.loginMs).toBe(10 * MIN);
    expect(apart.frictionShare).toBe(0);
    const dismissed = { ...second, status: 'dismissed' as const };
    expect(ofWeek('2026-W48', { frictions: [pendingFirst, dismissed] }).frictions.loginMs).toBe(0);
  });

  it('counts each friction without an episode (logged by hand, stored before episodes) alone', () => {
    const { episode: _, ...olderSecond } = second;
    const summary = ofWeek('2026-W48', { entries: [timed], frictions: [first, olderSecond] });
    expect(summary.frictions.loginMs).toBe(20 * MIN);
    expect(summary.frictionShare).toBe(0.2);
  });

  it('counts an episode in the week of its first counted friction, once over the weeks', () => {
    const sunday = friction('2026-11-29T23:59:00+01:00', { detection: 'auto', loginMs: 4 * MIN });
    const monday = friction('2026-11-30T00:01:00+01:00', {
      episode: sunday.id,
      kind: 'compte_bloque',
      detection: 'auto',
      loginMs: 4 * MIN,
    });
    const weeks = weeklySummaries(
      input({ frictions: [monday, { ...sunday, episode: sunday.id }] }),
      week('2026-W48'),
      2,
      PARIS,
    );
    expect(weeks.map((w) => w.frictions.loginMs)).toEqual([4 * MIN, 0]);
    expect(weeks.map((w) => w.frictions.total)).toEqual([1, 1]);
  });
});

describe('counted frictions per entry', () => {
  it('counts, per entry, the frictions the summaries count: confirmed ones', () => {
    const frictions = [
      friction('2026-11-24T10:00:00+01:00', { entryId: 'entry-a000' }),
      friction('2026-11-24T10:01:00+01:00', { entryId: 'entry-a000', detection: 'auto' }),
      friction('2026-11-24T10:02:00+01:00', { entryId: 'entry-a000', detection: 'auto', status: 'pending' }),
      friction('2026-11-24T10:03:00+01:00', { entryId: 'entry-b000', detection: 'auto', status: 'dismissed' }),
      friction('2026-11-24T10:04:00+01:00', { entryId: null }),
    ];
    expect(countedFrictionsByEntry(frictions)).toEqual(new Map([['entry-a000', 2]]));
    const summary = ofWeek('2026-W48', { frictions });
    expect(summary.frictions.total).toBe(3);
  });
});

describe('period summary: site time', () => {
  it('sums the days of the period, i-milo apart', () => {
    const rows: SiteTimeRow[] = [
      { day: '2026-11-23', organisationId: 'imilo', ms: 30 * MIN },
      { day: '2026-11-23', organisationId: 'caf', ms: 10 * MIN },
      { day: '2026-11-29', organisationId: 'france_travail', ms: 20 * MIN },
      { day: '2026-11-24', organisationId: 'caf', ms: 5 * MIN },
      { day: '2026-11-30', organisationId: 'caf', ms: 99 * MIN }, // the next week
    ];
    expect(ofWeek('2026-W48', { siteTime: rows }).siteTime).toEqual({
      byOrganisation: { caf: 15 * MIN, france_travail: 20 * MIN },
      imiloMs: 30 * MIN,
      totalMs: 35 * MIN,
    });
  });
});

describe('catalogue ids the statistics rely on', () => {
  it('name modes and an organisation that exist', () => {
    expect(onBehalfModeIds.length).toBeGreaterThan(0);
    for (const id of onBehalfModeIds) expect(isKnownId('modes', id)).toBe(true);
    expect(catalogue.organisations.find((o) => o.id === IMILO_ORGANISATION)?.kind).toBe('information_system');
  });
});
