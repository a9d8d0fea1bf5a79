import { describe, expect, it } from 'vitest';
import { dayRange } from '../../../lib/core/day-range';
import { emptyDetails } from '../../../lib/db/details';
import type { Entry, Friction } from '../../../lib/model/records';
import { summariseDay } from '../../../lib/stats/day';

const MIN = 60_000;

describe('day range (Europe/Paris)', () => {
  it('runs from local midnight to the next', () => {
    const { from, to } = dayRange(new Date('2026-11-24T15:30:00+01:00').getTime());
    expect(new Date(from).toISOString()).toBe('2026-11-23T23:00:00.000Z');
    expect(to - from).toBe(24 * 60 * MIN);
  });

  it('is 23 hours long on the day clocks go forward', () => {
    const { from, to } = dayRange(new Date('2026-03-29T12:00:00+02:00').getTime());
    expect(to - from).toBe(23 * 60 * MIN);
  });
});

describe('day summary', () => {
  const entry = (activeMs: number): Entry => ({
    id: `entry-${activeMs}`,
    start: 0,
    end: activeMs,
    activeMs,
    ...emptyDetails,
    source: 'timer',
    createdAt: 0,
    updatedAt: 0,
  });
  const friction = (status: Friction['status']): Friction => ({
    id: `friction-${status}`,
    at: 0,
    organisationId: null,
    kind: 'mdp_oublie',
    detection: status === 'confirmed' ? 'manual' : 'auto',
    status,
    entryId: null,
    loginMs: null,
  });

  it('adds finished entries and the running timer', () => {
    expect(summariseDay([entry(10 * MIN), entry(5 * MIN)], [], 3 * MIN)).toEqual({
      totalMs: 18 * MIN,
      procedures: 3,
      frictions: 0,
    });
    expect(summariseDay([entry(10 * MIN)], [], null)).toMatchObject({ totalMs: 10 * MIN, procedures: 1 });
  });

  it('counts confirmed frictions only', () => {
    expect(summariseDay([], [friction('confirmed'), friction('pending'), friction('dismissed')], null).frictions).toBe(
      1,
    );
  });
});
