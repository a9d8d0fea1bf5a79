import { describe, expect, it } from 'vitest';
import { localDays } from '../../../lib/stats/days';
import { daysOf, shiftWeek, weekFromId, weekIdOfDay, weekOf } from '../../../lib/stats/week';

const PARIS = 'Europe/Paris';
const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const iso = (t: number) => new Date(t).toISOString();

describe('ISO weeks in a time zone', () => {
  it('run from Monday midnight to the next Monday midnight, local time', () => {
    const week = weekOf(at('2026-11-28T21:00:00+01:00'), PARIS);
    expect(week).toEqual({
      id: '2026-W48',
      from: at('2026-11-23T00:00:00+01:00'),
      to: at('2026-11-30T00:00:00+01:00'),
    });
  });

  it('read the instant in the zone asked for, not the machine’s', () => {
    // Monday 3:00 in Paris is still Sunday evening in New York.
    const t = at('2026-11-30T03:00:00+01:00');
    expect(weekOf(t, PARIS).id).toBe('2026-W49');
    expect(weekOf(t, 'America/New_York')).toMatchObject({
      id: '2026-W48',
      from: at('2026-11-23T00:00:00-05:00'),
    });
  });

  it('know week 53 of 2026: 31 December 2026 to 3 January 2027', () => {
    const w53 = { id: '2026-W53', from: at('2026-12-28T00:00:00+01:00'), to: at('2027-01-04T00:00:00+01:00') };
    expect(weekOf(at('2026-12-31T12:00:00+01:00'), PARIS)).toEqual(w53);
    expect(weekOf(at('2027-01-01T00:00:00+01:00'), PARIS)).toEqual(w53);
    expect(weekOf(at('2027-01-03T23:59:59+01:00'), PARIS)).toEqual(w53);
    expect(weekOf(at('2027-01-04T00:00:00+01:00'), PARIS).id).toBe('2027-W01');
    expect(weekFromId('2026-W53', PARIS)).toEqual(w53);
    expect(shiftWeek(w53, 1, PARIS).id).toBe('2027-W01');
    expect(shiftWeek(weekFromId('2027-W01', PARIS) as never, -1, PARIS)).toEqual(w53);
  });

  it('are found by their name, and only when the week exists', () => {
    expect(weekFromId('2026-W01', PARIS)?.from).toBe(at('2025-12-29T00:00:00+01:00'));
    expect(weekFromId('2025-W53', PARIS)).toBeNull(); // 2025 has 52 weeks
    expect(weekFromId('2026-W54', PARIS)).toBeNull();
    expect(weekFromId('2026-W00', PARIS)).toBeNull();
    expect(weekFromId('2026-48', PARIS)).toBeNull();
  });

  it('shift by several weeks across a year', () => {
    const w48 = weekOf(at('2026-11-25T12:00:00+01:00'), PARIS);
    expect(shiftWeek(w48, 6, PARIS).id).toBe('2027-W01');
    expect(shiftWeek(w48, -47, PARIS).id).toBe('2026-W01');
    expect(shiftWeek(w48, 0, PARIS)).toEqual(w48);
  });

  it('last 167 hours when clocks go forward and 169 when they go back (Paris)', () => {
    const spring = weekFromId('2026-W13', PARIS);
    const autumn = weekFromId('2026-W43', PARIS);
    expect(spring && spring.to - spring.from).toBe(167 * HOUR);
    expect(autumn && autumn.to - autumn.from).toBe(169 * HOUR);
  });

  it('are named from a local day', () => {
    expect(weekIdOfDay('2027-01-03')).toBe('2026-W53');
    expect(weekIdOfDay('2027-01-04')).toBe('2027-W01');
    expect(weekIdOfDay('2026-03-29')).toBe('2026-W13');
  });
});

describe('local days', () => {
  it('are seven per week, Monday first, the daylight-saving ones 23 and 25 hours long', () => {
    const spring = daysOf(weekFromId('2026-W13', PARIS) as never, PARIS);
    expect(spring.map((d) => d.day)).toEqual([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ]);
    const sunday = spring[6];
    expect(sunday && [iso(sunday.from), iso(sunday.to)]).toEqual([
      '2026-03-28T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
    ]);
    const autumn = daysOf(weekFromId('2026-W43', PARIS) as never, PARIS);
    const lastSunday = autumn[6];
    expect(lastSunday?.day).toBe('2026-10-25');
    expect(lastSunday && lastSunday.to - lastSunday.from).toBe(25 * HOUR);
    expect(autumn.slice(0, 6).every((d) => d.to - d.from === 24 * HOUR)).toBe(true);
  });

  it('are clipped to a period that starts or ends within a day', () => {
    const days = localDays(at('2026-11-24T15:00:00+01:00'), at('2026-11-26T09:00:00+01:00'), PARIS);
    expect(days).toEqual([
      { day: '2026-11-24', from: at('2026-11-24T15:00:00+01:00'), to: at('2026-11-25T00:00:00+01:00') },
      { day: '2026-11-25', from: at('2026-11-25T00:00:00+01:00'), to: at('2026-11-26T00:00:00+01:00') },
      { day: '2026-11-26', from: at('2026-11-26T00:00:00+01:00'), to: at('2026-11-26T09:00:00+01:00') },
    ]);
    expect(localDays(10, 10, PARIS)).toEqual([]);
  });
});
