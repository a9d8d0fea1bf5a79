import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../lib/demo/generate';
import { checkDigest } from '../../../lib/evidence/digest';
import { buildIndividual, EvidenceError, newSalt, roundMinutes5 } from '../../../lib/evidence/individual';
import { IndividualFileSchema, PURPOSE } from '../../../lib/evidence/schema';
import { type StatsInput, weeklySummaries } from '../../../lib/stats/summary';
import { type Week, weekFromId } from '../../../lib/stats/week';
import { entryFrom as entry, frictionOn as friction } from '../../helpers/records';

const PARIS = 'Europe/Paris';
const MIN = 60_000;
const SALT = '0123456789abcdef0123456789abcdef';
const at = (iso: string) => Date.parse(iso);
const week = (id: string) => weekFromId(id, PARIS) as Week;

const none: StatsInput = { entries: [], frictions: [], siteTime: [] };
const build = (input: Partial<StatsInput>, weeks: string[], demonstration = false) =>
  buildIndividual({ ...none, ...input }, weeks.map(week), { salt: SALT, demonstration, timeZone: PARIS });

describe('the individual file', () => {
  it('holds the schema fields only, the purpose, the salt and a digest that checks', async () => {
    const file = await build({ entries: [entry('2026-11-24T09:00:00+01:00', '2026-11-24T09:20:00+01:00', 20 * MIN)] }, [
      '2026-W48',
    ]);
    expect(Object.keys(file)).toEqual([
      'format',
      'version',
      'purpose',
      'weeks',
      'demonstration',
      'salt',
      'catalogue',
      'cells',
      'reasons',
      'frictions',
      'siteTime',
      'digest',
    ]);
    expect(file.purpose).toBe(PURPOSE);
    expect(file.salt).toBe(SALT);
    expect(IndividualFileSchema.safeParse(file).success).toBe(true);
    expect(await checkDigest(file)).toBe(true);
  });

  it('splits a procedure across a week boundary as the dashboard does, counting it in the week it started', async () => {
    // Sunday 23:50 → Monday 00:10, 20 active minutes: 10 in each week.
    const crossing = entry('2026-11-29T23:50:00+01:00', '2026-11-30T00:10:00+01:00', 20 * MIN, { reasonIds: [] });
    const file = await build({ entries: [crossing] }, ['2026-W49', '2026-W48']);
    expect(file.weeks).toEqual(['2026-W48', '2026-W49']);
    const keys = { organisation: 'caf', procedure: 'prime_activite', mode: 'faire_ensemble', outcome: 'abouti' };
    expect(file.cells).toEqual([
      { week: '2026-W48', ...keys, count: 1, minutes: 10 },
      { week: '2026-W49', ...keys, count: 0, minutes: 10 },
    ]);
    expect(file.reasons).toEqual([
      { week: '2026-W48', reason: 'none', count: 1, minutes: 10 },
      { week: '2026-W49', reason: 'none', count: 0, minutes: 10 },
    ]);
    // Only W49 chosen: its part of the time, no count (the start is in W48).
    const second = await build({ entries: [crossing] }, ['2026-W49']);
    expect(second.cells).toEqual([{ week: '2026-W49', ...keys, count: 0, minutes: 10 }]);
  });

  it('rounds each cell to the nearest 5 minutes: 2.5 → 5, 7.4 → 5, 7.5 → 10, 2.4 → 0 (kept: one procedure)', async () => {
    const minutes = { caf: 2.5, francetravail: 7.4, ants: 7.5, ameli: 2.4 };
    const entries = Object.entries(minutes).map(([organisationId, m]) =>
      entry('2026-11-24T09:00:00+01:00', '2026-11-24T10:00:00+01:00', m * MIN, {
        organisationId,
        procedureId: null,
        modeId: null,
        outcomeId: null,
      }),
    );
    const file = await build({ entries }, ['2026-W48']);
    expect(file.cells.map((c) => [c.organisation, c.count, c.minutes])).toEqual([
      ['ameli', 1, 0],
      ['ants', 1, 10],
      ['caf', 1, 5],
      ['francetravail', 1, 5],
    ]);
    expect(roundMinutes5(2.5 * MIN)).toBe(5);
    expect(roundMinutes5(7.4 * MIN)).toBe(5);
    expect(roundMinutes5(7.5 * MIN)).toBe(10);
  });

  it('sums exact time before rounding, and drops a cell with neither count nor minutes', async () => {
    // Two entries of 1.5 min in one cell: 3 min → 5. A part of 1 min in W49 of an entry started in W48: dropped.
    const entries = [
      entry('2026-11-24T09:00:00+01:00', '2026-11-24T09:10:00+01:00', 1.5 * MIN),
      entry('2026-11-25T09:00:00+01:00', '2026-11-25T09:10:00+01:00', 1.5 * MIN),
      entry('2026-11-29T23:00:00+01:00', '2026-11-30T00:01:00+01:00', 61 * MIN, { organisationId: 'ameli' }),
    ];
    const file = await build({ entries }, ['2026-W48', '2026-W49']);
    expect(file.cells.map((c) => [c.week, c.organisation, c.count, c.minutes])).toEqual([
      ['2026-W48', 'ameli', 1, 60],
      ['2026-W48', 'caf', 2, 5],
    ]);
  });

  it('counts a procedure once in each of its reasons, and a reason said twice once', async () => {
    const e = entry('2026-11-24T09:00:00+01:00', '2026-11-24T09:30:00+01:00', 30 * MIN, {
      reasonIds: ['illectronisme', 'langue', 'illectronisme'],
    });
    const file = await build({ entries: [e] }, ['2026-W48']);
    expect(file.reasons).toEqual([
      { week: '2026-W48', reason: 'illectronisme', count: 1, minutes: 30 },
      { week: '2026-W48', reason: 'langue', count: 1, minutes: 30 },
    ]);
  });

  it('keeps counted frictions only, with their login time, and site time with i-milo', async () => {
    const frictions = [
      friction('2026-11-24T10:00:00+01:00', { loginMs: 4 * MIN }),
      friction('2026-11-24T11:00:00+01:00', { loginMs: 4 * MIN, detection: 'auto' }),
      friction('2026-11-24T12:00:00+01:00', { status: 'pending', loginMs: 30 * MIN }),
      friction('2026-11-24T12:00:00+01:00', { status: 'dismissed', loginMs: 30 * MIN }),
      friction('2026-11-24T12:00:00+01:00', { organisationId: null, kind: 'compte_bloque' }),
      friction('2026-12-01T12:00:00+01:00'), // W49: not chosen
    ];
    const siteTime = [
      { day: '2026-11-24', organisationId: 'caf', ms: 12 * MIN },
      { day: '2026-11-25', organisationId: 'caf', ms: 10 * MIN },
      { day: '2026-11-25', organisationId: 'imilo', ms: 42 * MIN },
      { day: '2026-11-26', organisationId: 'ameli', ms: 2 * MIN }, // rounds to 0: nothing to say
      { day: '2026-12-01', organisationId: 'caf', ms: 60 * MIN }, // W49
    ];
    const file = await build({ frictions, siteTime }, ['2026-W48']);
    expect(file.frictions).toEqual([
      { week: '2026-W48', organisation: 'caf', kind: 'mdp_oublie', count: 2, loginMinutes: 10 },
      { week: '2026-W48', organisation: 'none', kind: 'compte_bloque', count: 1, loginMinutes: 0 },
    ]);
    expect(file.siteTime).toEqual([
      { week: '2026-W48', organisation: 'caf', minutes: 20 },
      { week: '2026-W48', organisation: 'imilo', minutes: 40 },
    ]);
  });

  it('counts a login episode’s time once, on its earliest counted friction, whatever kinds it had', async () => {
    // The probe writes the episode's 9 minutes on each of its frictions, marked with the same episode.
    const first = friction('2026-11-24T10:00:00+01:00', {
      detection: 'auto',
      loginMs: 9 * MIN,
      episode: 'episode-0001',
    });
    const frictions = [
      first,
      friction('2026-11-24T10:02:00+01:00', {
        kind: 'compte_bloque',
        detection: 'auto',
        loginMs: 9 * MIN,
        episode: 'episode-0001',
      }),
      // Dismissed: neither counted nor holding the episode's time.
      friction('2026-11-24T09:59:00+01:00', {
        kind: 'code_2fa_inaccessible',
        detection: 'auto',
        status: 'dismissed',
        loginMs: 9 * MIN,
        episode: 'episode-0001',
      }),
    ];
    const file = await build({ frictions }, ['2026-W48']);
    expect(file.frictions).toEqual([
      { week: '2026-W48', organisation: 'caf', kind: 'compte_bloque', count: 1, loginMinutes: 0 },
      { week: '2026-W48', organisation: 'caf', kind: 'mdp_oublie', count: 1, loginMinutes: 10 },
    ]);
    expect(first.episode).toBe('episode-0001');
  });

  it('refuses demonstration and real records mixed, either way, and weeks that are not whole', async () => {
    const real = entry('2026-11-24T09:00:00+01:00', '2026-11-24T09:20:00+01:00', 20 * MIN);
    const demo = { ...real, id: 'demo-00000001' };
    await expect(build({ entries: [real, demo] }, ['2026-W48'])).rejects.toThrow(EvidenceError);
    await expect(build({ entries: [real, demo] }, ['2026-W48'], true)).rejects.toThrow('export_mixed_demo');
    expect((await build({ entries: [demo] }, ['2026-W48'], true)).demonstration).toBe(true);
    const half = { ...week('2026-W48'), from: at('2026-11-25T00:00:00+01:00') };
    await expect(buildIndividual(none, [half], { salt: SALT, demonstration: false, timeZone: PARIS })).rejects.toThrow(
      'export_weeks_invalid',
    );
    await expect(buildIndividual(none, [], { salt: SALT, demonstration: false, timeZone: PARIS })).rejects.toThrow(
      'export_weeks_invalid',
    );
  });

  it('draws its salt from 128 random bits', () => {
    expect(newSalt((b) => b.fill(0xab))).toBe('ab'.repeat(16));
    expect(newSalt()).toMatch(/^[0-9a-f]{32}$/);
    expect(newSalt()).not.toBe(newSalt());
  });

  it('agrees with the dashboard’s weekly figures on the demonstration data, to the rounding', async () => {
    const data = generateDemo({ now: at('2026-11-28T12:00:00+01:00'), timeZone: PARIS, seed: 7, weeks: 4 });
    const ids = ['2026-W45', '2026-W46', '2026-W47'];
    const file = await build(data, ids, true);
    const dashboard = weeklySummaries(data, week('2026-W45'), 3, PARIS);
    for (const summary of dashboard) {
      const cells = file.cells.filter((c) => c.week === summary.week.id);
      expect(cells.reduce((n, c) => n + c.count, 0)).toBe(summary.procedures.count);
      const minutes = cells.reduce((n, c) => n + c.minutes, 0);
      expect(Math.abs(minutes - summary.procedures.ms / MIN)).toBeLessThanOrEqual(2.5 * cells.length);
      const frictions = file.frictions.filter((f) => f.week === summary.week.id);
      expect(frictions.reduce((n, f) => n + f.count, 0)).toBe(summary.frictions.total);
      expect(summary.procedures.count).toBeGreaterThan(0);
    }
  });
});
