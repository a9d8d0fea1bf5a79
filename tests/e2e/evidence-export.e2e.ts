// The counsellor's export in the real browser, as a newcomer would do it: the
// demo loaded from the options page, last week chosen in the dashboard, the
// file prepared and read in its preview, then saved as JSON and CSV (real
// downloads). The JSON passes the command line's `verify` and the dashboard's
// « Vérifier un fichier »; the preview and the check view pass axe.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { track } from './guard';
import { launch } from './harness';

const saved = mkdtempSync(join(tmpdir(), 'contretemps-export-'));
/** The files downloaded by the first test, for the command line's check. */
const downloaded: { json?: string; csv?: string } = {};

async function save(page: Page, link: string): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link }).click()]);
  return download;
}

describe('the individual file, exported from the dashboard', () => {
  it('is previewed in French, saved as JSON and CSV, and checked in « Vérifier un fichier »', async () => {
    const session = track(await launch());
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Charger des données de démonstration' }).click();
    await options.getByRole('button', { name: /Retirer les données de démonstration/ }).waitFor();

    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    await page.getByRole('button', { name: '← Semaine précédente' }).click();
    await page.getByRole('button', { name: 'Préparer le fichier anonyme de ces semaines' }).click();
    const preview = page.getByRole('list', { name: 'Ce que contient le fichier, avant de l’enregistrer' });
    await preview.waitFor();
    const previewText = (await preview.textContent()) ?? '';
    expect(previewText).toContain('1 semaine entière, du lundi au dimanche');
    expect(previewText).toContain('fait à partir des données de démonstration');
    expect(previewText).toContain('Il ne contient pas : votre nom');
    await page.getByText(/ne contient que des données de démonstration : le fichier est marqué/).waitFor();
    expect(await seriousViolations(page), 'the export preview').toEqual([]);

    const json = await save(page, 'Enregistrer le fichier (JSON)');
    expect(json.suggestedFilename()).toMatch(/^contretemps-demonstration-\d{4}-W\d{2}\.json$/);
    downloaded.json = join(saved, json.suggestedFilename());
    await json.saveAs(downloaded.json);
    const file = JSON.parse(readFileSync(downloaded.json, 'utf8'));
    expect(file.format).toBe('contretemps-individuel');
    expect(file.demonstration).toBe(true);
    expect(json.suggestedFilename()).toBe(`contretemps-demonstration-${file.weeks[0]}.json`);
    // The preview said what the file holds: its procedures counted, and its digest.
    const count = file.cells.reduce((n: number, c: { count: number }) => n + c.count, 0);
    expect(count).toBeGreaterThan(0);
    expect(previewText).toContain(`${count} démarches commencées`);
    expect(await page.locator('code.digest').textContent()).toBe(file.digest);

    const csv = await save(page, 'Enregistrer en CSV (tableur)');
    expect(csv.suggestedFilename()).toBe(`contretemps-demonstration-${file.weeks[0]}.csv`);
    downloaded.csv = join(saved, csv.suggestedFilename());
    await csv.saveAs(downloaded.csv);
    const csvText = readFileSync(downloaded.csv, 'utf8');
    expect(csvText.startsWith('\ufeffTableau;Semaine;Organisme;Organisme (libellé);Démarche;')).toBe(true);
    expect(csvText.split('\r\n').filter((line) => line.startsWith('Démarches;')).length).toBe(file.cells.length);

    // The same file, checked by the dashboard's own view.
    await page.getByRole('button', { name: 'Vérifier un fichier' }).click();
    await page.getByLabel('Fichier à vérifier (.json)').setInputFiles(downloaded.json);
    const verdict = page.getByText(`« ${json.suggestedFilename()} » est un fichier Contretemps valide et intact`, {
      exact: false,
    });
    await verdict.waitFor();
    expect(await page.locator('.verify-result').first().textContent()).toContain(file.digest);
    expect(await seriousViolations(page), 'the verify view with a result').toEqual([]);
  });

  it('passes the command line’s verify (npm run cli -- verify)', () => {
    if (!downloaded.json) throw new Error('the export test did not save a file');
    const run = spawnSync('npm', ['run', '--silent', 'cli', '--', 'verify', downloaded.json], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
