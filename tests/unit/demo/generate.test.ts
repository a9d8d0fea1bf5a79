// The demo generator: the same seed gives the same weeks; what it makes would
// pass the background's own checks, never lies in the future, and looks like a
// counsellor's weeks (weekdays, office hours, a plausible mix, frictions inside
// the procedures they happened in, a holiday and a lighter week).
import { TZDate } from '@date-fns/tz';
import { format, getISODay, getISOWeek, startOfISOWeek } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue, isKnownId } from '../../../lib/catalogue';
import { type DemoData, generateDemo, isDemo } from '../../../lib/demo/generate';
import { EntrySchema, FrictionSchema } from '../../../lib/model/records';
import { SiteTimeRowSchema } from '../../../lib/model/site-time';

const ZONE = 'Europe/Paris';
const MINUTE = 60_000;
/** Wednesday 25 November 2026, 15:10 in Paris. */
const NOW = new TZDate(2026, 10, 25, 15, 10, 0, 0, ZONE).getTime();
/** Monday 30 March 2026, 10:00 in Paris: the day after the change to summer time. */
const AFTER_DST = new TZDate(2026, 2, 30, 10, 0, 0, 0, ZONE).getTime();
/** Sunday 4 January 2026, evening: the last day of ISO week 1, the seven weeks before it in 2025. */
const SUNDAY = new TZDate(2026, 0, 4, 20, 0, 0, 0, ZONE).getTime();

const local = (t: number) => new TZDate(t, ZONE);
const dayOf = (t: number) => format(local(t), 'yyyy-MM-dd');
const minuteOfDay = (t: number) => local(t).getHours() * 60 + local(t).getMinutes() + local(t).getSeconds() / 60;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function demo(now = NOW, seed = 7): DemoData {
  return generateDemo({ now, timeZone: ZONE, seed });
}

describe('demo generator', () => {
  it('gives the same data for the same seed and other data for another seed', () => {
    expect(demo(NOW, 7)).toEqual(demo(NOW, 7));
    expect(demo(NOW, 8).entries).not.toEqual(demo(NOW, 7).entries);
  });

  for (const [name, now] of [
    ['a Wednesday afternoon', NOW],
    ['the Monday after the change to summer time', AFTER_DST],
    ['a Sunday evening at a year boundary', SUNDAY],
  ] as const) {
    it(`on ${name}: valid records, known catalogue ids, demo ids, nothing in the future`, () => {
      const { entries, frictions, siteTime } = demo(now);
      expect(entries.length).toBeGreaterThan(50);
      const ids = [...entries, ...frictions].map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const entry of entries) {
        expect(EntrySchema.safeParse(entry).error).toBeUndefined();
        expect(isDemo(entry)).toBe(true);
        expect(entry.end).toBeLessThanOrEqual(now);
        expect(isKnownId('procedures', entry.procedureId ?? '')).toBe(true);
        expect(isKnownId('modes', entry.modeId ?? '')).toBe(true);
        for (const reason of entry.reasonIds) expect(isKnownId('reasons', reason)).toBe(true);
        if (entry.outcomeId !== null) expect(isKnownId('outcomes', entry.outcomeId)).toBe(true);
        // The organisation is one the procedure is done on.
        const procedure = catalogue.procedures.find((p) => p.id === entry.procedureId);
        expect(procedure?.organisationIds).toContain(entry.organisationId);
      }
      for (const friction of frictions) {
        expect(FrictionSchema.safeParse(friction).error).toBeUndefined();
        expect(isDemo(friction)).toBe(true);
        expect(isKnownId('frictions', friction.kind)).toBe(true);
        expect(friction.at).toBeLessThanOrEqual(now);
      }
      for (const row of siteTime) {
        expect(SiteTimeRowSchema.safeParse(row).error).toBeUndefined();
        // Only the days already over: today's site time is still counting.
        expect(row.day < dayOf(now)).toBe(true);
      }
    });

    it(`on ${name}: covers the 8 ISO weeks ending now, Monday to Friday, in office hours`, () => {
      const { entries } = demo(now);
      const firstMonday = startOfISOWeek(local(now));
      firstMonday.setDate(firstMonday.getDate() - 49);
      expect(Math.min(...entries.map((e) => e.start))).toBeGreaterThanOrEqual(firstMonday.getTime());
      expect(new Set(entries.map((e) => getISOWeek(local(e.start)))).size).toBe(8);
      for (const entry of entries) {
        expect(getISODay(local(entry.start))).toBeLessThanOrEqual(5);
        const [from, to] = [minuteOfDay(entry.start), minuteOfDay(entry.end)];
        const morning = from >= 9 * 60 && to <= 12 * 60 + 31;
        const afternoon = from >= 13 * 60 + 30 && to <= 17 * 60 + 31;
        expect(morning || afternoon, `${local(entry.start).toString()}`).toBe(true);
      }
    });
  }

  it('for any seed, moment and zone: valid records, nothing in the future, frictions inside their procedure', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 11, 31) }),
        fc.constantFrom('Europe/Paris', 'America/Cayenne', 'Indian/Reunion', 'Pacific/Noumea', 'UTC'),
        (seed, now, timeZone) => {
          const { entries, frictions, siteTime } = generateDemo({ now, timeZone, seed });
          const byId = new Map(entries.map((e) => [e.id, e]));
          for (const e of entries) {
            expect(EntrySchema.safeParse(e).success).toBe(true);
            expect(e.end).toBeLessThanOrEqual(now);
          }
          for (const f of frictions) {
            expect(FrictionSchema.safeParse(f).success).toBe(true);
            const entry = byId.get(f.entryId ?? '');
            expect(f.at >= (entry?.start ?? Number.NaN) && f.at <= (entry?.end ?? Number.NaN)).toBe(true);
          }
          for (const r of siteTime) expect(SiteTimeRowSchema.safeParse(r).success).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('lays out days of 1 to 9 procedures of 5 to 45 minutes, some paused, never overlapping', () => {
    const { entries } = demo();
    const byDay = groupBy(entries, (e) => dayOf(e.start));
    for (const [day, list] of byDay) {
      expect(list.length, day).toBeGreaterThanOrEqual(1);
      expect(list.length, day).toBeLessThanOrEqual(9);
      for (let i = 1; i < list.length; i++) expect(list[i]?.start).toBeGreaterThan(list[i - 1]?.end ?? 0);
    }
    for (const e of entries) {
      expect(e.end - e.start).toBeGreaterThanOrEqual(5 * MINUTE);
      expect(e.end - e.start).toBeLessThanOrEqual(45 * MINUTE);
      expect(e.activeMs).toBeGreaterThan(0);
      expect(e.activeMs).toBeLessThanOrEqual(e.end - e.start);
    }
    expect(entries.filter((e) => e.activeMs < e.end - e.start).length).toBeGreaterThan(10);
  });

  it('mixes modes with a good share « à sa place », reasons, outcomes, and a few entries to complete', () => {
    const { entries } = demo();
    const onBehalf = entries.filter((e) => e.modeId?.startsWith('faire_pour') || e.modeId === 'mandat_aidants_connect');
    expect(onBehalf.length / entries.length).toBeGreaterThan(0.25);
    expect(onBehalf.length / entries.length).toBeLessThan(0.6);
    expect(new Set(entries.map((e) => e.procedureId)).size).toBeGreaterThan(12);
    expect(new Set(entries.map((e) => e.organisationId)).size).toBeGreaterThan(8);
    expect(Math.max(...entries.map((e) => e.reasonIds.length))).toBe(3);
    expect(entries.some((e) => e.reasonIds.length === 0)).toBe(true);
    const incomplete = entries.filter((e) => e.outcomeId === null);
    expect(incomplete.length).toBeGreaterThan(0);
    expect(incomplete.length / entries.length).toBeLessThan(0.15);
    for (const e of incomplete) expect(e.review).toBe('incomplete');
    expect(entries.filter((e) => e.review !== undefined)).toEqual(incomplete);
  });

  it('attaches 0.3 to 0.6 frictions per procedure, inside it, logged or detected with a plausible login time', () => {
    const { entries, frictions } = demo();
    const ratio = frictions.length / entries.length;
    expect(ratio).toBeGreaterThanOrEqual(0.3);
    expect(ratio).toBeLessThanOrEqual(0.6);
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (const f of frictions) {
      const entry = byId.get(f.entryId ?? '');
      expect(entry, f.id).toBeDefined();
      expect(f.at).toBeGreaterThanOrEqual(entry?.start ?? Number.NaN);
      expect(f.at).toBeLessThanOrEqual(entry?.end ?? Number.NaN);
      expect(f.organisationId).toBe(entry?.organisationId);
      if (f.detection === 'manual') {
        expect(f.status).toBe('confirmed');
        expect(f.loginMs).toBeNull();
      } else {
        expect(f.loginMs).toBeGreaterThanOrEqual(30_000);
        expect(f.loginMs).toBeLessThanOrEqual(8 * MINUTE);
      }
    }
    const count = (detection: string, status: string) =>
      frictions.filter((f) => f.detection === detection && f.status === status).length;
    expect(count('manual', 'confirmed')).toBeGreaterThan(10);
    expect(count('auto', 'confirmed')).toBeGreaterThan(10);
    expect(count('auto', 'dismissed')).toBeGreaterThan(0);
    // Auto-detected frictions the counsellor has not settled yet are recent ones only.
    for (const f of frictions.filter((x) => x.status === 'pending')) {
      expect(f.at).toBeGreaterThanOrEqual(startOfISOWeek(local(NOW)).getTime());
    }
  });

  it('has a public holiday and a lighter week, so the charts are not flat', () => {
    const { entries } = demo();
    const days = new Set(entries.map((e) => dayOf(e.start)));
    const weekdaysBeforeToday: string[] = [];
    for (let t = startOfISOWeek(local(NOW)).getTime() - 49 * 86_400_000; dayOf(t) < dayOf(NOW); t += 86_400_000) {
      if (getISODay(local(t)) <= 5) weekdaysBeforeToday.push(dayOf(t));
    }
    expect(weekdaysBeforeToday.filter((d) => !days.has(d)).length).toBe(1);
    const perWeek = [...groupBy(entries, (e) => String(getISOWeek(local(e.start)))).values()].slice(0, -1);
    const sizes = perWeek.map((w) => w.length);
    expect(Math.min(...sizes)).toBeLessThan(Math.max(...sizes) * 0.5);
  });

  it('records site time on the past days with procedures, i-milo data entry apart (1 to 3 hours a day)', () => {
    const { entries, siteTime } = demo();
    const pastDays = new Set(entries.map((e) => dayOf(e.start)).filter((d) => d < dayOf(NOW)));
    const imilo = siteTime.filter((r) => r.organisationId === 'imilo');
    expect(new Set(imilo.map((r) => r.day))).toEqual(pastDays);
    for (const row of imilo) {
      expect(row.ms).toBeGreaterThanOrEqual(60 * MINUTE);
      // Plus the day's i-milo procedures, never past a working day.
      expect(row.ms).toBeLessThanOrEqual(5 * 60 * MINUTE);
    }
    expect(siteTime.some((r) => r.organisationId === 'caf')).toBe(true);
    // One row per day and organisation: the store's key.
    const keys = siteTime.map((r) => `${r.day}|${r.organisationId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
