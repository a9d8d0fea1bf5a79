// The team lead's flow in the real browser: five counsellors' files of last
// week (made in Node from the demo generator with five seeds, as the export
// makes them) and one modified after export are picked in the dashboard's team
// view; the modified one is refused in French, the summary of the five is made,
// its report prints to an A4 PDF carrying the period, the contributors and the
// digest, the JSON saved is a valid team summary, and axe-core finds no serious
// violation. The flow's wall time, from opening the view to the PDF, is logged
// (the budget: under a minute).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../lib/demo/generate';
import { buildIndividual, newSalt } from '../../lib/evidence/individual';
import { readEvidence } from '../../lib/evidence/read';
import type { IndividualFile } from '../../lib/evidence/schema';
import { shiftWeek, weekOf } from '../../lib/stats/week';
import { seriousViolations } from './axe';
import { track } from './guard';
import { launch } from './harness';

const TZ = 'Europe/Paris';
const dir = mkdtempSync(join(tmpdir(), 'contretemps-team-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A counsellor's individual file of last week, from the demo data of `seed`. */
async function counsellorFile(seed: number, now: number): Promise<IndividualFile> {
  const data = generateDemo({ seed, now, timeZone: TZ });
  const lastWeek = shiftWeek(weekOf(now, TZ), -1, TZ);
  return buildIndividual(data, [lastWeek], { salt: newSalt(), demonstration: true, timeZone: TZ });
}

const squash = (text: string) => text.replace(/\s+/g, '');

async function pdfPages(pdf: Buffer): Promise<{ text: string; size: number[] }> {
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  const [, , width, height] = (await doc.getPage(1)).view;
  return { text: squash(text), size: [Math.round(width ?? 0), Math.round(height ?? 0)] };
}

describe('the team summary in the real browser', () => {
  it('merges five demo files, refuses a modified one in French, prints the report to A4 and saves a valid JSON', async () => {
    const now = Date.now();
    const paths: string[] = [];
    const files: IndividualFile[] = [];
    for (const seed of [11, 22, 33, 44, 55]) {
      const file = await counsellorFile(seed, now);
      files.push(file);
      const path = join(dir, `conseiller-${seed}.json`);
      writeFileSync(path, JSON.stringify(file, null, 2));
      paths.push(path);
    }
    const modified = await counsellorFile(66, now);
    const cell = modified.cells[0];
    if (!cell) throw new Error('demo week without procedures');
    cell.minutes += 5;
    const modifiedPath = join(dir, 'modifie.json');
    writeFileSync(modifiedPath, JSON.stringify(modified));
    const period = files[0]?.weeks[0] ?? '';

    const session = track(await launch());
    const page = await session.context.newPage();
    const started = Date.now();
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html#equipe`);
    await page.getByRole('heading', { name: 'Synthèse d’équipe', level: 1 }).waitFor();
    await page.locator('#team-files').setInputFiles([...paths, modifiedPath]);
    await page.getByRole('heading', { name: 'Fichiers : 5 acceptés sur 6' }).waitFor();
    const refused = page.locator('.team-files > li').filter({ hasText: 'modifie.json' });
    expect(await refused.textContent()).toContain('Ce fichier a été modifié après son export');
    expect(await seriousViolations(page), 'the team view').toEqual([]);

    await page.getByRole('button', { name: 'Faire la synthèse' }).click();
    await page.getByRole('heading', { name: `Synthèse d’équipe — ${period}` }).waitFor();
    const digest = ((await page.locator('.team-digest').textContent()) ?? '').trim();
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await seriousViolations(page), 'the team report').toEqual([]);

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const elapsed = Date.now() - started;
    console.info(`team flow, from opening the view to the PDF: ${(elapsed / 1000).toFixed(1)} s`);
    expect(elapsed).toBeLessThan(60_000);
    const { text, size } = await pdfPages(pdf);
    expect(Math.abs((size[0] ?? 0) - 595)).toBeLessThanOrEqual(1);
    expect(Math.abs((size[1] ?? 0) - 842)).toBeLessThanOrEqual(1);
    expect(text).toContain(squash(`Synthèse d’équipe — ${period}`));
    expect(text).toContain(squash('5 contributeurs'));
    expect(text).toContain(squash(digest));
    expect(text).toContain(squash('Synthèse de démonstration'));
    expect(text).not.toContain(squash('Enregistrer la synthèse'));
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Enregistrer la synthèse (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`contretemps-equipe-${period}.json`);
    const saved = join(dir, 'synthese.json');
    await download.saveAs(saved);
    const read = await readEvidence(readFileSync(saved, 'utf8'), { now: Date.now() });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    if (read.kind !== 'team') throw new Error(`a ${read.kind} file, not a team summary`);
    expect(read.file.digest).toBe(digest);
    expect(read.file.inputs).toEqual(files.map((f) => f.digest).sort());
    expect(read.file.contributors).toBe(5);
    // The command line agrees, and finds each counsellor's file among the summary's inputs.
    const inputs = join(dir, 'first.json');
    writeFileSync(inputs, JSON.stringify(files[0]));
    for (const args of [[saved], [inputs, '--in', saved]]) {
      const cli = spawnSync('npm', ['run', '--silent', 'cli', '--', 'verify', ...args], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(cli.stderr).toBe('');
      expect(cli.status).toBe(0);
    }
  });
});
