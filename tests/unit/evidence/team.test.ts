import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { checkDigest } from '../../../lib/evidence/digest';
import { defaultRules as rules, type TeamFile, TeamFileSchema } from '../../../lib/evidence/schema';
import { createTeamMerger, mergeTeam } from '../../../lib/evidence/team';
import { filesWith, individual, WEEK } from './team-files';

describe('refusals', () => {
  it('refuses 4 files and accepts 5 (minContributors 5)', async () => {
    const four = await mergeTeam(await filesWith([30, 30, 30, 30]), rules);
    expect(four).toEqual({ ok: false, problems: [{ code: 'too_few_contributors', values: ['4', '5'] }] });
    expect((await mergeTeam(await filesWith([30, 30, 30, 30, 30]), rules)).ok).toBe(true);
  });

  it('refuses rules below 3 contributors', async () => {
    const result = await mergeTeam(await filesWith([30, 30, 30]), { ...rules, minContributors: 2 });
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([{ code: 'rules_invalid' }]);
  });

  it('checks each file, merges nothing from a refused one, and says why per file', async () => {
    const good = await filesWith([30, 30, 30, 30, 30]);
    const otherWeek = await individual({ weeks: ['2026-W48'], cells: [{ week: '2026-W48', minutes: 600 }] });
    const demo = await individual({ demonstration: true, cells: [{ minutes: 600 }] });
    const result = await mergeTeam(
      [...good.slice(0, 1), otherWeek, ...good.slice(1), demo, ...good.slice(2, 3)],
      rules,
    );
    expect(result.problems).toEqual([
      { code: 'week_mismatch', values: ['2026-W48', WEEK], file: 1 },
      { code: 'demo_mixed', file: 6 },
      { code: 'file_duplicate', file: 7 },
    ]);
    if (!result.ok) throw new Error('expected a summary');
    expect(result.summary.contributors).toBe(5);
    expect(result.summary.totals.minutes).toBe(150);
  });

  it('does not count refused files towards the minimum', async () => {
    const files = await filesWith([30, 30, 30, 30]);
    const result = await mergeTeam([...files, ...files.slice(0, 1)], rules);
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: 'file_duplicate', file: 4 },
        { code: 'too_few_contributors', values: ['4', '5'] },
      ],
    });
  });

  describe('the guard against differencing two summaries of the same weeks', () => {
    it('refuses inputs that differ from an earlier summary by fewer than 5 files, allows the same inputs', async () => {
      const files = await filesWith([30, 30, 30, 30, 30, 30]);
      const first = await mergeTeam(files.slice(0, 5), rules);
      if (!first.ok) throw new Error('expected a summary');
      const previous = [first.summary];
      expect(await mergeTeam(files, rules, previous)).toEqual({
        ok: false,
        problems: [{ code: 'summary_too_close', values: ['1', '5'] }],
      });
      const again = await mergeTeam(files.slice(0, 5), rules, previous);
      // The same files make the same summary: nothing new to compare.
      expect(again.ok && again.summary.digest).toBe(first.summary.digest);
    });

    it('allows a summary whose inputs differ by 5 files', async () => {
      const files = await filesWith([30, 30, 30, 30, 30, 30, 30, 30, 30, 30]);
      const first = await mergeTeam(files.slice(0, 5), rules);
      if (!first.ok) throw new Error('expected a summary');
      expect((await mergeTeam(files, rules, [first.summary])).ok).toBe(true);
      expect((await mergeTeam(files.slice(0, 9), rules, [first.summary])).ok).toBe(false);
    });
  });

  describe('the guard against differencing summaries of overlapping weeks', () => {
    const S40_41 = ['2026-W40', '2026-W41'];
    const S41 = ['2026-W41'];
    /** n counsellors' files of these weeks, each with its own time on every week. */
    const team = (weeks: string[], n: number) =>
      Promise.all(
        Array.from({ length: n }, (_, i) =>
          individual({ weeks, cells: weeks.map((week) => ({ week, count: i + 1, minutes: 30 })) }),
        ),
      );

    it('refuses S41 from 5 files after S40–S41 from 6 (the same people minus one), though no digest matches', async () => {
      const first = await mergeTeam(await team(S40_41, 6), rules);
      if (!first.ok) throw new Error('expected a summary');
      expect(await mergeTeam(await team(S41, 5), rules, [first.summary])).toEqual({
        ok: false,
        problems: [{ code: 'summary_overlap_close', values: ['2026-W40 – 2026-W41', '6', '5', '5'] }],
      });
      // And the other way round: a longer period after a shorter one.
      const shorter = await mergeTeam(await team(S41, 5), rules);
      if (!shorter.ok) throw new Error('expected a summary');
      expect((await mergeTeam(await team(S40_41, 6), rules, [shorter.summary])).problems).toEqual([
        { code: 'summary_overlap_close', values: ['2026-W41', '5', '6', '5'] },
      ]);
    });

    it('allows overlapping weeks with as many contributors, or at least 5 more, and weeks that do not overlap', async () => {
      const first = await mergeTeam(await team(S40_41, 6), rules);
      if (!first.ok) throw new Error('expected a summary');
      expect((await mergeTeam(await team(S41, 6), rules, [first.summary])).ok).toBe(true);
      expect((await mergeTeam(await team(S41, 11), rules, [first.summary])).ok).toBe(true);
      expect((await mergeTeam(await team(['2026-W42'], 5), rules, [first.summary])).ok).toBe(true);
    });
  });

  describe('the guard against combining earlier summaries', () => {
    const W47 = ['2026-W47'];
    const team = (weeks: string[], from: number, n: number) =>
      Promise.all(
        Array.from({ length: n }, (_, i) =>
          individual({ weeks, cells: weeks.map((week) => ({ week, count: from + i + 1, minutes: 30 })) }),
        ),
      );
    const made = async (files: Awaited<ReturnType<typeof team>>, previous: TeamFile[] = []) => {
      const result = await mergeTeam(files, rules, previous);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      return result.summary;
    };

    it('refuses A–E, F–J, then A–K of the same week: the third minus the first two is K alone', async () => {
      const a = await team(W47, 0, 5);
      const f = await team(W47, 5, 5);
      const k = await team(W47, 10, 1);
      const s1 = await made(a);
      const s2 = await made(f, [s1]);
      expect(await mergeTeam([...a, ...f, ...k], rules, [s1, s2])).toEqual({
        ok: false,
        problems: [{ code: 'summary_too_close', values: ['1', '5'] }],
      });
    });

    it('refuses a summary of two weeks from 11 counsellors after two of the first week from 5 each', async () => {
      const s1 = await made(await team(W47, 0, 5));
      const s2 = await made(await team(W47, 5, 5), [s1]);
      expect((await mergeTeam(await team(['2026-W47', '2026-W48'], 0, 11), rules, [s1, s2])).problems).toEqual([
        { code: 'summary_combined_close', values: ['2026-W47 + 2026-W47', '10', '11', '5'] },
      ]);
    });

    it('refuses the same week again after the same five re-exported their files and a sixth joined', async () => {
      const s1 = await made(await team(W47, 0, 5));
      // New exports: new salts, so no digest in common; the numbers still tell.
      const again = await team(W47, 0, 6);
      expect((await mergeTeam(again, rules, [s1])).problems).toEqual([
        { code: 'summary_overlap_close', values: ['2026-W47', '5', '6', '5'] },
      ]);
      // The same five, re-exported without a sixth: the same figures, allowed.
      expect((await mergeTeam(await team(W47, 0, 5), rules, [s1])).ok).toBe(true);
    });
  });

  describe('one person counted once', () => {
    it('refuses the same export saved twice (another salt, the same content), even with its rows reordered', async () => {
      const cells = [{ minutes: 30 }, { organisation: 'caf', procedure: 'prime_activite', minutes: 20 }];
      const once = await individual({ cells });
      const again = await individual({ cells });
      const reordered = await individual({ cells: [...cells].reverse() });
      expect(again.digest).not.toBe(once.digest);
      const others = await filesWith([30, 30, 30, 30]);
      const result = await mergeTeam([once, again, ...others, reordered], rules);
      expect(result.problems).toEqual([
        { code: 'file_same_content', file: 1 },
        { code: 'file_same_content', file: 6 },
      ]);
      if (!result.ok) throw new Error('expected a summary');
      expect(result.summary.contributors).toBe(5);
      expect(result.summary.inputs).not.toContain(again.digest);
    });

    it('refuses 4 counsellors and one export given twice: they are 4, below the minimum', async () => {
      const files = await filesWith([30, 30, 30, 30]);
      const copy = await individual({ cells: [{ count: 1, minutes: 30 }] });
      expect(await mergeTeam([...files, copy], rules)).toEqual({
        ok: false,
        problems: [
          { code: 'file_same_content', file: 4 },
          { code: 'too_few_contributors', values: ['4', '5'] },
        ],
      });
    });

    it('sets aside files with no line at all, or only lines of zeros: they bring nothing and do not count towards the minimum', async () => {
      const files = await filesWith([30, 30, 30, 30]);
      const empty = [
        await individual(),
        await individual({ siteTime: [{ week: WEEK, organisation: 'caf', minutes: 0 }] }),
      ];
      expect(await mergeTeam([...files, ...empty], rules)).toEqual({
        ok: false,
        problems: [
          { code: 'file_empty', file: 4 },
          { code: 'file_empty', file: 5 },
          { code: 'too_few_contributors', values: ['4', '5'] },
        ],
      });
    });
  });
});

describe('the summary of a hand-built team', () => {
  it('publishes exactly this', async () => {
    const caf = { organisation: 'caf', procedure: 'prime_activite' };
    const ameli = { organisation: 'ameli', procedure: 'mon_espace_sante', count: 1 };
    const files = await Promise.all([
      individual({
        cells: [
          { count: 3, minutes: 60 },
          { ...caf, mode: 'faire_pour_en_presence', count: 1, minutes: 20 },
        ],
        frictions: [{ week: WEEK, organisation: 'francetravail', kind: 'mdp_oublie', count: 2, loginMinutes: 10 }],
      }),
      individual({
        cells: [
          { count: 2, minutes: 45 },
          { ...caf, count: 1, minutes: 25 },
        ],
      }),
      individual({
        cells: [
          { count: 2, minutes: 40 },
          { ...ameli, minutes: 5 },
        ],
        frictions: [{ week: WEEK, organisation: 'francetravail', kind: 'mdp_oublie', count: 1, loginMinutes: 5 }],
      }),
      individual({
        cells: [
          { count: 1, minutes: 30 },
          { ...ameli, minutes: 90 },
        ],
      }),
      individual({
        cells: [
          { count: 2, minutes: 35 },
          { ...ameli, minutes: 5 },
        ],
        frictions: [{ week: WEEK, organisation: 'francetravail', kind: 'mdp_oublie', count: 1, loginMinutes: 5 }],
        siteTime: [{ week: WEEK, organisation: 'francetravail', minutes: 120 }],
      }),
    ]);
    const result = await mergeTeam(files, rules);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { summary } = result;
    expect(TeamFileSchema.parse(summary)).toEqual(summary);
    expect(await checkDigest(summary)).toBe(true);
    expect(summary.inputs).toEqual(files.map((f) => f.digest).sort());
    // The digest covers the inputs list: dropping or swapping a digest is seen.
    const dropped: TeamFile = { ...summary, inputs: summary.inputs.slice(1) };
    expect(await checkDigest(dropped)).toBe(false);
    // francetravail: 5 files, 210 min, the largest 60 (29 %): published. caf: 2 files (45 min) is secret;
    // ameli: 3 files but one brings 90 of 100 (90 %) is secret. Together: 145 min, at least 3 files, one
    // file at most 25 + 90 = 115 (79 %): they are published together as « autres » (145 → 150).
    expect(summary.tables.byOrganisation).toEqual({
      rows: [
        { key: 'ameli', count: '<5', minutes: null },
        { key: 'caf', count: '<5', minutes: null },
        { key: 'francetravail', count: 10, minutes: 210 },
      ],
      other: { lines: 2, count: 5, minutes: 150 },
    });
    // By mode, faire_pour_en_presence (1 file, 20 min) is secret and alone: the smallest other line joins
    // it — here the whole rest, so the table's time is only its « autres », the total (355 → 360).
    expect(summary.tables.byMode).toEqual({
      rows: [
        { key: 'faire_ensemble', count: 15, minutes: null },
        { key: 'faire_pour_en_presence', count: '<5', minutes: null },
      ],
      other: { lines: 2, count: 15, minutes: 360 },
    });
    expect(summary.tables.byOutcome).toEqual({ rows: [{ key: 'abouti', count: 15, minutes: 360 }], other: null });
    expect(summary.tables.weekly).toEqual([{ week: WEEK, count: 15, minutes: 360, frictions: '<5' }]);
    // Frictions: one kind from 3 files, the largest 2 of 4 (50 %): published, 4 shown as <5.
    expect(summary.tables.frictionsByKind).toEqual({ rows: [{ key: 'mdp_oublie', count: '<5' }], other: null });
    expect(summary.totals).toEqual({
      count: 15,
      minutes: 360,
      frictions: '<5',
      loginMinutes: 30, // 20 over 3 files, the largest 10 (50 %)
      onBehalfMinutes: null, // one file only
      siteMinutes: null, // the only counsellor who measures site time
    });
    expect(summary.tables.siteTimeByOrganisation).toEqual({
      rows: [{ key: 'francetravail', count: 0, minutes: null }],
      other: null,
    });
  });

  it('is the same whatever the order of the files', async () => {
    const files = await Promise.all(
      [10, 20, 30, 40, 50, 60].map((m, i) =>
        individual({
          cells: [
            { minutes: m * 5, count: i + 1 },
            { organisation: i % 2 ? 'caf' : 'ameli', minutes: m },
          ],
        }),
      ),
    );
    const a = await mergeTeam(files, rules);
    const b = await mergeTeam([...files].reverse(), rules);
    expect(a.ok && a.summary).toEqual(b.ok && b.summary);
  });
});

describe('streaming', () => {
  it('merges 1,000 files keeping per cell only its stats (memory does not grow with the files)', async () => {
    const merger = createTeamMerger(rules);
    const file = await individual({ cells: [{ minutes: 30 }, { organisation: 'caf', count: 2, minutes: 15 }] });
    // A real collection before each measure (the test runner does not expose gc).
    setFlagsFromString('--expose_gc');
    const gc = runInNewContext('gc') as () => void;
    const heap = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    let before = 0;
    for (let i = 0; i < 1000; i++) {
      // A different count, a different digest: only the digests and content fingerprints grow.
      const digest = `sha256:${i.toString(16).padStart(64, '0')}`;
      const cells = file.cells.map((c, k) => (k === 0 ? { ...c, count: i + 1 } : c));
      expect(merger.add({ ...file, cells, digest })).toEqual([]);
      if (i === 99) before = heap();
    }
    const grown = heap() - before;
    // 900 more files: well under 1 KB each (a digest string is ~150 bytes, a fingerprint ~60).
    expect(grown).toBeLessThan(900 * 1024);
    const result = await merger.finish();
    if (!result.ok) throw new Error('expected a summary');
    expect(result.summary.contributors).toBe(1000);
    expect(result.summary.totals.minutes).toBe(45_000);
    expect(result.summary.inputs).toHaveLength(1000);
  });
});

describe('the weekly trend', () => {
  it('has a line for every week of the period, 0 for a week without procedures', async () => {
    const weeks = ['2026-W47', '2026-W48'];
    const files = await Promise.all([20, 25, 30, 35, 40].map((minutes) => individual({ weeks, cells: [{ minutes }] })));
    const result = await mergeTeam(files, rules);
    if (!result.ok) throw new Error('expected a summary');
    expect(result.summary.tables.weekly).toEqual([
      { week: '2026-W47', count: 5, minutes: 150, frictions: 0 },
      { week: '2026-W48', count: 0, minutes: 0, frictions: 0 },
    ]);
  });
});
