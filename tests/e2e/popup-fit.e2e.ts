// The popup in real Chromium, as the counsellor gets it: within the 600 px
// Chrome gives a popup in every state needed to start, describe and stop a
// procedure; no text under 12 px; a focus ring of contrast ≥ 3:1; no serious
// or critical axe-core violation in any state. And the shortcuts on the
// options page, as the browser has them.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { track } from './guard';
import { launch, type Session } from './harness';
import { patchTimer, rows, send, yesterdayAt } from './stored-timer';

/** Chrome's largest popup, and the popup's body width (styles.css). */
const POPUP_MAX_HEIGHT = 600;
const POPUP_WIDTH = 380;

/** popup.html as a page at the popup's width, in a viewport short enough that scrollHeight is the content's. */
async function openPopupPage(session: Session): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: POPUP_WIDTH, height: 100 });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await page.getByLabel('Organisme ou site').waitFor();
  return page;
}

const height = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

/** Texts smaller than 12 px on the page, with their size. */
function smallTexts(page: Page) {
  return page.evaluate(() => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || node.textContent?.trim() === '' || parent.closest('.visually-hidden')) continue;
      const size = Number.parseFloat(getComputedStyle(parent).fontSize);
      if (size < 12) small.push(`${size}px: ${node.textContent?.trim()}`);
    }
    return small;
  });
}

async function startTimer(page: Page) {
  await page.getByRole('button', { name: 'Démarrer le chronomètre' }).click();
  await page.getByRole('heading', { name: 'Démarche en cours' }).waitFor();
}

const reasons = (page: Page) => page.locator('.timer summary');

describe('popup that fits', () => {
  it('is at most 600 px high with nothing running, with the reasons open, and with a running timer', async () => {
    const session = track(await launch());
    const page = await openPopupPage(session);
    const heights: Record<string, number> = {};
    heights.idle = await height(page);

    await reasons(page).click();
    heights['idle, reasons open'] = await height(page);
    const start = await page.getByRole('button', { name: 'Démarrer le chronomètre' }).boundingBox();
    expect(start && start.y + start.height, 'the start button, whole, within 600 px').toBeLessThanOrEqual(
      POPUP_MAX_HEIGHT,
    );
    await reasons(page).click();

    await startTimer(page);
    heights.running = await height(page);
    await reasons(page).click();
    heights['running, reasons open'] = await height(page);
    await reasons(page).click();
    await page.getByRole('button', { name: 'Arrêter', exact: true }).click();
    await page.getByRole('group', { name: 'Arrêter : quel résultat ?' }).waitFor();
    heights['running, outcome asked'] = await height(page);
    await page.getByRole('button', { name: 'Revenir au chronomètre sans arrêter' }).click();
    await page.getByRole('button', { name: 'Enchaîner' }).click();
    await page.getByRole('group', { name: 'Enchaîner : quel résultat pour celle-ci ?' }).waitFor();
    heights['running, outcome asked to switch'] = await height(page);

    console.info('popup heights (px):', heights);
    for (const [state, px] of Object.entries(heights)) expect(px, state).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
  });

  it('has no text under 12 px and a focus ring of contrast ≥ 3:1 against the page', async () => {
    const session = track(await launch());
    const page = await openPopupPage(session);
    await reasons(page).click();
    expect(await smallTexts(page)).toEqual([]);
    await reasons(page).click();
    await startTimer(page);
    await page.getByRole('button', { name: 'Mot de passe oublié' }).click();
    await page.getByText('Noté : Mot de passe oublié.').waitFor();
    expect(await smallTexts(page)).toEqual([]);

    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement;
      const style = getComputedStyle(focused);
      const rgb = (color: string) => (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const luminance = (color: string) => {
        const [r = 0, g = 0, b = 0] = rgb(color).map((c) => {
          const s = c / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const ring = luminance(style.outlineColor);
      const page = luminance(getComputedStyle(document.documentElement).backgroundColor);
      return {
        style: style.outlineStyle,
        width: Number.parseFloat(style.outlineWidth),
        offset: Number.parseFloat(style.outlineOffset),
        contrast: (Math.max(ring, page) + 0.05) / (Math.min(ring, page) + 0.05),
      };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    // Drawn off the control, on the page's background: its contrast is against that.
    expect(ring.offset).toBeGreaterThanOrEqual(1);
    expect(ring.contrast).toBeGreaterThanOrEqual(3);
  });

  it('has no serious or critical axe-core violation, idle, running, paused, or with detected frictions', async () => {
    const session = track(await launch());
    let page = await openPopupPage(session);
    const found: Record<string, string[]> = {};
    found.idle = await seriousViolations(page);
    await reasons(page).click();
    found['idle, reasons open'] = await seriousViolations(page);
    await reasons(page).click();
    await startTimer(page);
    found.running = await seriousViolations(page);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('heading', { name: 'Démarche en pause' }).waitFor();
    found.paused = await seriousViolations(page);
    await page.getByRole('button', { name: 'Arrêter', exact: true }).click();
    found['outcome asked'] = await seriousViolations(page);
    await page.getByRole('button', { name: 'Arrêter : Aboutie' }).click();
    await page.getByTestId('entry').waitFor();
    found['a finished entry'] = await seriousViolations(page);

    // A friction the probe would have detected, written as it stores them.
    await page.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('contretemps');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('frictions', 'readwrite');
            tx.objectStore('frictions').put({
              id: 'friction-e2e-0001',
              at: Date.now(),
              organisationId: 'caf',
              kind: 'compte_bloque',
              detection: 'auto',
              status: 'pending',
              entryId: null,
              loginMs: 95_000,
            });
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
    await page.close();
    page = await openPopupPage(session);
    await page.getByTestId('detected').waitFor();
    found['detected frictions'] = await seriousViolations(page);

    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((state) => [state, []])));
  });
});

describe('the timer’s questions', () => {
  it('a timer forgotten since yesterday: the time away, « Arrêter à quelle heure ? », each within 600 px', async () => {
    const session = track(await launch());
    const page = await openPopupPage(session);
    await startTimer(page);
    // Started yesterday at 17:00, away from 17:10 to 17:45, and the background saw it a moment ago.
    const yesterday = (hours: number, minutes: number) => yesterdayAt(page, hours, minutes);
    const start = await yesterday(17, 0);
    await patchTimer(page, {
      startedAt: start,
      segmentStartedAt: start,
      lastSeenAt: await page.evaluate(() => Date.now()),
      awayPeriods: [{ from: await yesterday(17, 10), to: await yesterday(17, 45), kind: 'idle' }],
    });
    await page.reload();
    const heights: Record<string, number> = {};
    const found: Record<string, string[]> = {};
    const small: Record<string, string[]> = {};
    const measure = async (state: string) => {
      heights[state] = await height(page);
      found[state] = await seriousViolations(page);
      small[state] = await smallTexts(page);
    };

    const away = page.getByRole('group', {
      name: 'Vous étiez loin de l’écran de 17:10 à 17:45 (35 min). Ce temps compte-t-il ?',
    });
    await away.waitFor();
    await measure('time away asked');
    await page.getByRole('button', { name: 'En partie : saisir les minutes à garder' }).click();
    await measure('time away, minutes asked');
    await page.getByRole('button', { name: 'Revenir à la question sans rien décider' }).click();

    // Stopped before any other change: a change would set the end-of-day alarm, past, which stops it at once.
    await page.getByRole('button', { name: 'Arrêter', exact: true }).click();
    // One question at a time: the time away waits while the stop is asked.
    await away.waitFor({ state: 'detached' });
    await page.getByRole('group', { name: 'Arrêter à quelle heure ?' }).waitFor();
    await measure('stop time asked');
    await page.getByRole('button', { name: 'Fin de journée (18:30) : arrêter la démarche à cette heure' }).click();
    await page.getByRole('group', { name: 'Arrêter à 18:30 : quel résultat ?' }).waitFor();
    await page.getByRole('button', { name: 'Arrêter : Aboutie' }).click();
    await page.getByRole('button', { name: 'Démarrer le chronomètre' }).waitFor();

    console.info('popup heights with a question (px):', heights);
    for (const [state, px] of Object.entries(heights)) expect(px, state).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((state) => [state, []])));
    expect(small).toEqual(Object.fromEntries(Object.keys(small).map((state) => [state, []])));
    // The entry lands on its own day and ends when the counsellor said; the time away, undecided, is flagged.
    expect(await rows(page, 'entries')).toMatchObject([
      { start, end: await yesterday(18, 30), activeMs: 90 * 60_000, outcomeId: 'abouti', review: 'uncertain_time' },
    ]);
  });

  // Forty minutes back must stay within today (the browser runs on this machine's clock and zone).
  const justAfterMidnight = new Date().getHours() === 0 && new Date().getMinutes() < 41;
  it.skipIf(justAfterMidnight)(
    'a screen locked during a procedure: part of the time kept, the rest taken out',
    async () => {
      const session = track(await launch());
      const page = await openPopupPage(session);
      // A day ending late, so that the end of the day stops nothing whenever the test runs.
      await send(page, { type: 'settings/update', patch: { endOfDay: '23:59' } });
      await startTimer(page);
      const now = await page.evaluate(() => Date.now());
      const start = now - 40 * 60_000;
      const locked = { from: start + 5 * 60_000, to: start + 25 * 60_000, kind: 'locked' };
      await patchTimer(page, { startedAt: start, segmentStartedAt: start, lastSeenAt: now, awayPeriods: [locked] });
      await page.reload();
      const question = page.getByRole('group', {
        name: /^L’écran était verrouillé de .+ \(20 min\)\. Ce temps compte-t-il \?$/,
      });
      await question.waitFor();
      await page.getByRole('button', { name: 'En partie : saisir les minutes à garder' }).click();
      await page.getByLabel('Minutes gardées').fill('5');
      await page.getByRole('button', { name: 'Garder ces minutes dans la démarche' }).click();
      await question.waitFor({ state: 'detached' });

      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Arrêter');
      type Row = { state: { awayPeriods?: unknown[]; discarded?: Array<{ from: number; to: number }> } };
      const [row] = await rows<Row>(page, 'timer');
      expect(row?.state.awayPeriods ?? []).toEqual([]);
      expect(row?.state.discarded).toEqual([{ from: locked.from + 5 * 60_000, to: locked.to }]);
      // 40 minutes, less the 15 taken out.
      expect(await page.getByTestId('elapsed').textContent()).toMatch(/^0:25:/);
    },
  );
});

describe('keyboard shortcuts', () => {
  // Chromium leaves a suggested key unset when it is one of its own (Alt+Shift+T focuses its
  // toolbar): this checks that each suggested key is really given.
  it('are listed on the options page as the browser has them, with the way to change them', async () => {
    const session = track(await launch());
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.getByRole('heading', { name: 'Raccourcis clavier' }).waitFor();
    const items = page.getByTestId('shortcut');
    await expect.poll(() => items.count()).toBe(4);
    const texts = await items.allTextContents();
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Démarrer ou arrêter le chronomètre : Alt\+\S+\+D$/),
        expect.stringMatching(/^Mettre en pause ou reprendre le chronomètre : Alt\+\S+\+E$/),
        expect.stringMatching(/^Noter une difficulté de connexion .* : Alt\+\S+\+F$/),
        expect.stringMatching(/^Ouvrir la fenêtre de Contretemps : Alt\+\S+\+O$/),
      ]),
    );
    const opened = session.context.waitForEvent('page');
    await page.getByRole('button', { name: 'Modifier les raccourcis dans le navigateur' }).click();
    expect((await opened).url()).toBe('chrome://extensions/shortcuts');
  });
});
