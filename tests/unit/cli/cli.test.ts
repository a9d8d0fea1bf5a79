// The command line, run as the user runs it (a child process through tsx) on
// files made by the extension's own builders in a temporary folder.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../lib/demo/generate';
import { withDigest } from '../../../lib/evidence/digest';
import { buildIndividual } from '../../../lib/evidence/individual';
import { type Week, weekFromId } from '../../../lib/stats/week';
import fr from '../../../public/_locales/fr/messages.json';

const PARIS = 'Europe/Paris';
const WEEK = '2026-W45';
const run = promisify(execFile);
let dir: string;

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'lib/cli/main.ts', ...args], { cwd: process.cwd() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A counsellor's file of one week (or of these weeks), from demo data of its own seed. */
async function counsellorFile(seed: number, week: string | string[] = WEEK): Promise<string> {
  const data = generateDemo({ now: Date.parse('2026-11-20T12:00:00+01:00'), timeZone: PARIS, seed, weeks: 4 });
  const weeks = (Array.isArray(week) ? week : [week]).map((w) => weekFromId(w, PARIS) as Week);
  const file = await buildIndividual(data, weeks, {
    salt: seed.toString(16).padStart(32, '0'),
    demonstration: true,
    timeZone: PARIS,
  });
  return JSON.stringify(file, null, 2);
}

const sentence = (code: string) => (fr as Record<string, { message: string }>)[`error_${code}`]?.message as string;
const path = (...parts: string[]) => join(dir, ...parts);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'contretemps-cli-'));
  mkdirSync(path('team'));
  for (const seed of [1, 2, 3, 4, 5, 6]) writeFileSync(path('team', `c${seed}.json`), await counsellorFile(seed));
  // Another team's counsellors, for the branch summary.
  mkdirSync(path('other'));
  for (const seed of [11, 12, 13, 14, 15]) writeFileSync(path('other', `c${seed}.json`), await counsellorFile(seed));
  // A seventh counsellor's file, one figure changed after export.
  const modified = JSON.parse(await counsellorFile(8));
  modified.cells[0].minutes += 5;
  writeFileSync(path('modified.json'), JSON.stringify(modified));
  writeFileSync(path('other-week.json'), await counsellorFile(7, '2026-W44'));
  // The same six counsellors, each having exported two weeks (W44–W45) at once.
  mkdirSync(path('two-weeks'));
  for (const seed of [1, 2, 3, 4, 5, 6])
    writeFileSync(path('two-weeks', `c${seed}.json`), await counsellorFile(seed, ['2026-W44', WEEK]));
  mkdirSync(path('empty'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run cli', () => {
  it('merges a directory of individual files into a team summary that verifies and lists them', async () => {
    const merged = await cli('merge', path('team'), '--out', path('team.json'), '--csv', path('team.csv'));
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain('6 contributeurs');
    const summary = JSON.parse(readFileSync(path('team.json'), 'utf8'));
    expect(summary.format).toBe('contretemps-equipe');
    expect(summary.inputs).toHaveLength(6);
    expect(readFileSync(path('team.csv'), 'utf8')).toMatch(/^\uFEFFtableau;clé;/);

    const verified = await cli('verify', path('team.json'), path('team', 'c1.json'));
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('une synthèse d’équipe');
    expect(verified.stdout).toContain('Fichiers en entrée : 6');
    expect(verified.stdout).toContain(`Semaines : 1 semaine (${WEEK})`);
    expect(verified.stdout).toContain(`Empreinte : ${summary.digest}`);

    const among = await cli('verify', path('team', 'c3.json'), path('other-week.json'), '--in', path('team.json'));
    const c3 = JSON.parse(readFileSync(path('team', 'c3.json'), 'utf8'));
    expect(among.stdout).toContain(`son empreinte ${c3.digest} figure parmi les 6 fichiers`);
    expect(among.stderr.trim().split('\n')).toEqual([
      `${path('other-week.json')} : ${sentence('not_in_inputs').replace('$1', path('team.json'))}`,
    ]);
    expect(among.code).toBe(1);
  }, 60_000);

  it('refuses a file modified after export, merges nothing of it, and still checks and merges the others', async () => {
    const out = path('with-modified.json');
    const merged = await cli('merge', path('modified.json'), path('team'), path('other-week.json'), '--out', out);
    expect(merged.code).toBe(1);
    expect(merged.stderr.trim().split('\n')).toEqual([
      `${path('modified.json')} : ${sentence('file_modified')}`,
      `${path('other-week.json')} : ${sentence('week_mismatch').replace('$1', '2026-W44').replace('$2', WEEK)}`,
    ]);
    const summary = JSON.parse(readFileSync(out, 'utf8'));
    expect(summary.contributors).toBe(6);
    const modified = JSON.parse(readFileSync(path('modified.json'), 'utf8'));
    expect(summary.inputs).not.toContain(modified.digest);
  }, 60_000);

  it('writes nothing when the merge is refused as a whole', async () => {
    const out = path('too-few.json');
    const merged = await cli(
      'merge',
      path('team', 'c1.json'),
      path('team', 'c2.json'),
      '--out',
      out,
      '--csv',
      `${out}.csv`,
    );
    expect(merged.code).toBe(1);
    expect(merged.stderr.trim()).toBe(
      `${out} : ${sentence('too_few_contributors').replace('$1', '2').replace('$2', '5')}`,
    );
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.csv`)).toBe(false);
  }, 60_000);

  it('refuses a summary too close to an earlier one of the same weeks (--previous)', async () => {
    const first = path('first.json');
    const files = [1, 2, 3, 4, 5].map((n) => path('team', `c${n}.json`));
    expect((await cli('merge', ...files, '--out', first)).code).toBe(0);
    const out = path('close.json');
    const close = await cli('merge', ...files, path('team', 'c6.json'), '--out', out, '--previous', first);
    expect(close.code).toBe(1);
    expect(close.stderr).toContain(sentence('summary_too_close').replace('$1', '1').replace('$2', '5'));
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('refuses a summary of W45 from 5 counsellors after one of W44–W45 from the same 6 (--previous, overlapping weeks)', async () => {
    const wider = path('two-weeks.json');
    expect((await cli('merge', path('two-weeks'), '--out', wider)).code).toBe(0);
    const out = path('nested.json');
    const files = [1, 2, 3, 4, 5].map((n) => path('team', `c${n}.json`));
    const nested = await cli('merge', ...files, '--out', out, '--previous', wider);
    expect(nested.code).toBe(1);
    const values = ['2026-W44 – 2026-W45', '6', '5', '5'];
    const refusal = values.reduce((text, v, i) => text.replace(`$${i + 1}`, v), sentence('summary_overlap_close'));
    expect(nested.stderr.trim()).toBe(`${out} : ${refusal}`);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('makes --previous naming no team summary bad usage, and refuses one that is not a team summary', async () => {
    const out = path('unguarded.json');
    const none = await cli('merge', path('team'), '--out', out, '--previous', path('empty'));
    expect(none.code).toBe(2);
    expect(none.stderr.trim()).toBe(sentence('previous_empty'));
    const individual = await cli('merge', path('team'), '--out', out, '--previous', path('team', 'c1.json'));
    expect(individual.code).toBe(1);
    expect(individual.stderr.trim().split('\n')).toHaveLength(1);
    expect(individual.stderr).toContain('un relevé individuel');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('refuses the same export given twice under another salt, and merges the others', async () => {
    const copy = await withDigest({
      ...JSON.parse(readFileSync(path('team', 'c1.json'), 'utf8')),
      salt: 'f'.repeat(32),
    });
    writeFileSync(path('copy.json'), JSON.stringify(copy));
    const out = path('with-copy.json');
    const merged = await cli('merge', path('team'), path('copy.json'), '--out', out);
    expect(merged.code).toBe(1);
    expect(merged.stderr.trim()).toBe(`${path('copy.json')} : ${sentence('file_same_content')}`);
    expect(JSON.parse(readFileSync(out, 'utf8')).contributors).toBe(6);
  }, 60_000);

  it('summarises team summaries into a branch summary, refusing individual files and a team sharing files with another', async () => {
    for (const [name, files] of [
      ['a', [1, 2, 3, 4, 5].map((n) => path('team', `c${n}.json`))],
      ['b', [11, 12, 13, 14, 15].map((n) => path('other', `c${n}.json`))],
      // Files 2 to 6: four already in a, so a − overlap would show file 1 − file 6.
      ['overlap', [2, 3, 4, 5, 6].map((n) => path('team', `c${n}.json`))],
    ] as const) {
      expect((await cli('merge', ...files, '--out', path(`${name}.json`))).code).toBe(0);
    }
    const out = path('branch.json');
    const individualFile = path('team', 'c1.json');
    const done = await cli(
      'summarise',
      path('a.json'),
      path('b.json'),
      path('overlap.json'),
      individualFile,
      '--out',
      out,
    );
    expect(done.stderr.trim().split('\n')).toEqual([
      `${path('overlap.json')} : ${sentence('team_overlap')}`,
      `${individualFile} : ${sentence('kind_unexpected').replace('$1', 'un relevé individuel').replace('$2', 'une synthèse d’équipe')}`,
    ]);
    expect(done.code).toBe(1);
    const branch = JSON.parse(readFileSync(out, 'utf8'));
    expect(branch.format).toBe('contretemps-branche');
    expect(branch.contributors).toBe(10);
    expect((await cli('verify', out)).stdout).toContain('en 2 équipes');
  }, 60_000);

  it('exits 2 with the usage on bad usage', async () => {
    for (const args of [
      ['unknown'],
      ['merge', path('team')],
      ['verify', path('team'), '--out', 'x'],
      ['merge', 'a', '--out', 'b', '--min', 'many'],
      ['merge', 'a', '--out', 'b', '--min', '2'],
    ]) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage : npm run cli -- <commande>');
    }
  }, 60_000);
});
