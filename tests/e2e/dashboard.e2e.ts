// The dashboard in the real browser, with the demonstration data loaded from
// the options page as a newcomer would: the week's figures are those of the
// stored records (summed here by hand, not by lib/stats), another week changes
// them, the print view makes an A4 PDF that carries them (headline on the first
// page, the whole table from a page of its own, chart text at 8 pt or more), and axe-core finds no
// serious or critical violation.

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { durationText } from '../../components/format';
import type { Entry, Friction } from '../../lib/model/records';
import { seriousViolations } from './axe';
import { track } from './guard';
import { launch, type Session } from './harness';
import { rows } from './stored-timer';

const DAY = 86_400_000;

/** Local Monday 00:00 of the week containing now, `weeksBack` weeks earlier, and the Monday after, in the browser. */
function weekBounds(page: Page, weeksBack: number): Promise<{ from: number; to: number }> {
  return page.evaluate((back) => {
    const monday = new Date();
    monday.setHours(0, 0, 0, 0);
    monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7) - 7 * back);
    const next = new Date(monday);
    next.setDate(next.getDate() + 7);
    return { from: monday.getTime(), to: next.getTime() };
  }, weeksBack);
}

/** The week's figures from the stored records, by hand. */
async function expectedFigures(page: Page, weeksBack: number) {
  const { from, to } = await weekBounds(page, weeksBack);
  const entries = (await rows<Entry>(page, 'entries')).filter((e) => e.start >= from && e.start < to);
  // Demo procedures never cross midnight: a plain sum is the week's time.
  for (const e of entries) expect(e.end - e.start).toBeLessThan(DAY);
  const frictions = (await rows<Friction>(page, 'frictions')).filter(
    (f) => f.at >= from && f.at < to && f.status === 'confirmed',
  );
  return {
    time: durationText(entries.reduce((sum, e) => sum + e.activeMs, 0)),
    procedures: String(entries.length),
    frictions: String(frictions.length),
  };
}

async function figure(page: Page, label: string): Promise<string> {
  const value = page.locator('.headline .figure').filter({ has: page.getByText(label, { exact: true }) });
  return ((await value.locator('.value').textContent()) ?? '').trim();
}

async function shownFigures(page: Page) {
  return {
    time: await figure(page, 'Temps de démarches avec ou pour les jeunes'),
    procedures: await figure(page, 'Démarches'),
    frictions: await figure(page, 'Difficultés de connexion'),
  };
}

async function loadDemo(session: Session): Promise<Page> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByRole('button', { name: 'Charger des données de démonstration' }).click();
  await options.getByRole('button', { name: /Retirer les données de démonstration/ }).waitFor();
  return options;
}

/** Text without its whitespace: pdf.js splits words at ligatures (« fi ctives »), so texts compare so. */
const squash = (text: string) => text.replace(/\s+/g, '');

/** Each page's text (squashed), the first page's size, and the font size of the trend's week labels. */
async function pdfText(pdf: Buffer): Promise<{ pages: string[]; size: number[]; weekLabelSizes: number[] }> {
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  const weekLabelSizes: number[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const items = content.items.filter((item) => 'str' in item);
    pages.push(squash(items.map((item) => item.str).join('')));
    // « S47 » under a trend column: its size on paper, in points (the text matrix's scale).
    for (const item of items)
      if (/^S\d{1,2}$/.test(item.str)) weekLabelSizes.push(Math.hypot(item.transform[0], item.transform[1]));
  }
  const first = await doc.getPage(1);
  const [, , width, height] = first.view;
  return { pages, size: [Math.round(width ?? 0), Math.round(height ?? 0)], weekLabelSizes };
}

describe('the dashboard in the real browser', () => {
  it('shows the week of the demo data, changes week, prints to an A4 PDF with its figures, passes axe', async () => {
    const session = track(await launch());
    await loadDemo(session);
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    await page.locator('.headline .value').first().waitFor();

    // Last week: a whole week of demo data whatever the day today.
    await page.getByRole('button', { name: '← Semaine précédente' }).click();
    const lastWeek = await expectedFigures(page, 1);
    expect(Number(lastWeek.procedures)).toBeGreaterThan(5);
    await expect.poll(() => shownFigures(page)).toEqual(lastWeek);
    expect(page.url()).toMatch(/#\d{4}-W\d{2}$/);

    await page.getByRole('button', { name: '← Semaine précédente' }).click();
    const before = await expectedFigures(page, 2);
    expect(before).not.toEqual(lastWeek);
    await expect.poll(() => shownFigures(page)).toEqual(before);

    await page.getByRole('button', { name: 'Semaine suivante →' }).click();
    await expect.poll(() => shownFigures(page)).toEqual(lastWeek);
    // The trend is read once the week is on screen.
    await page.locator('#trend-frictions').waitFor();
    expect(await page.locator('.charts figure').count()).toBeGreaterThanOrEqual(6);
    expect(await seriousViolations(page), 'the dashboard with data').toEqual([]);

    // Four weeks up to last week: more rows than the screen shows at first.
    await page.getByLabel('Voir').selectOption('4');
    const { from } = await weekBounds(page, 4);
    const { to } = await weekBounds(page, 1);
    const fourWeeks = (await rows<Entry>(page, 'entries')).filter((e) => e.start >= from && e.start < to);
    await page.locator('#trend-frictions').waitFor();
    // What the browser does on Ctrl+P (page.pdf() alone does not): every row goes on paper.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect.poll(() => page.getByTestId('table-entry').count()).toBe(fourWeeks.length);
    const lastRow = ((await page.getByTestId('table-entry').last().locator('td').first().textContent()) ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    const fourWeeksTime = durationText(fourWeeks.reduce((sum, e) => sum + e.activeMs, 0));

    await page.emulateMedia({ media: 'print' });
    const { pages, size, weekLabelSizes } = await pdfText(await page.pdf({ format: 'A4', printBackground: false }));
    // A4: 595.3 × 841.9 points (Chromium rounds its page box up).
    expect(Math.abs((size[0] ?? 0) - 595)).toBeLessThanOrEqual(1);
    expect(Math.abs((size[1] ?? 0) - 842)).toBeLessThanOrEqual(1);
    const [firstPage = ''] = pages;
    const all = pages.join(' ');
    // The first page: the period, its headline figures, and that the data is made up.
    expect(firstPage).toContain(squash('Temps de démarches avec ou pour les jeunes'));
    expect(firstPage).toContain(squash(fourWeeksTime));
    expect(firstPage).toContain(squash('Cette période contient des données de démonstration, fictives.'));
    // The table starts on a page of its own, and holds every row down to the last.
    expect(firstPage).not.toContain(squash('Démarches de la période'));
    const tableHeading = squash(`Démarches de la période (${fourWeeks.length} sur ${fourWeeks.length})`);
    expect(pages.find((text) => text.includes(tableHeading))?.startsWith(tableHeading)).toBe(true);
    expect(all).toContain(squash(lastRow));
    expect(all).toContain(squash('Temps par organisme'));
    // Chart text stays readable on paper: the trend's week labels at 8 pt or more.
    expect(weekLabelSizes.length).toBeGreaterThanOrEqual(12);
    expect(Math.min(...weekLabelSizes)).toBeGreaterThanOrEqual(8);
    // The controls are not printed.
    expect(all).not.toContain(squash('Semaine précédente'));
    expect(session.violations).toEqual([]);
  });

  it('opens from the popup, and says how to see it at work when nothing is recorded', async () => {
    const session = track(await launch());
    const popup = await session.openPopup();
    const [page] = await Promise.all([
      session.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Tableau de bord' }).click(),
    ]);
    await page.waitForURL(/dashboard\.html/);
    await page.getByText(/chargez des données de démonstration depuis les réglages/).waitFor();
    expect(await figure(page, 'Démarches')).toBe('0');
    expect(await seriousViolations(page), 'the empty dashboard').toEqual([]);
  });
});
