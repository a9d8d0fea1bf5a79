import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { track } from './guard';
import { EXTENSION_DIR, launch, type Session } from './harness';
import { elapsed } from './stored-timer';

let session: Session;

interface FirstTexts {
  /** Heading and today's line each time either changed, and whether the App's form was there then. */
  seen: Array<{ heading: string; today: string; form: boolean }>;
}

/** Runs in the popup before its scripts: records every state of its first texts. */
function recordFirstTexts() {
  const record: FirstTexts = { seen: [] };
  (window as unknown as { __texts: FirstTexts }).__texts = record;
  new MutationObserver(() => {
    const today = document.querySelector('[data-testid="today"]')?.textContent ?? '';
    const heading = document.querySelector('h2')?.textContent ?? '';
    const last = record.seen.at(-1);
    if (today !== '' && (last?.today !== today || last.heading !== heading)) {
      record.seen.push({ heading, today, form: document.querySelector('select') !== null });
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

describe('timer in the real browser', () => {
  it('builds a popup that needs one script only before its first text', () => {
    const html = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
    expect([...html.matchAll(/<script[^>]*>/g)].map((m) => m[0])).toEqual([
      expect.stringMatching(/^<script async src="\/popup-early\.js" data-app="\/chunks\/popup-[\w-]+\.js"/),
    ]);
    expect(html).not.toContain('<link');
  });

  it('shows the running timer and today’s total first, before the App, and the App changes neither', async () => {
    session = track(await launch());
    const popup = await session.openPopup();
    await popup.getByRole('button', { name: 'Démarrer le chronomètre' }).click();
    await popup.getByRole('heading', { name: 'Démarche en cours' }).waitFor();
    await popup.close();

    const again = await session.context.newPage();
    await again.addInitScript(recordFirstTexts);
    await again.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await again.getByLabel('Organisme ou site').waitFor();
    await again.waitForTimeout(200);
    const { seen } = await again.evaluate(() => (window as unknown as { __texts: FirstTexts }).__texts);
    expect(seen[0]).toEqual({
      heading: 'Démarche en cours',
      today: 'Aujourd’hui : 0 min · 1 démarche · 0 difficulté de connexion',
      form: false,
    });
    expect(seen).toHaveLength(1);
  });

  it('start and stop from the popup create an entry visible the next time the popup opens', async () => {
    session = track(await launch());
    const popup = await session.openPopup();
    await popup.getByLabel('Organisme ou site').selectOption('caf');
    await popup.getByLabel('Démarche', { exact: true }).selectOption('apl_demande');
    await popup.getByRole('button', { name: 'Démarrer le chronomètre' }).click();
    await popup.getByRole('heading', { name: 'Démarche en cours' }).waitFor();
    await popup.waitForTimeout(1200);
    // The outcome is asked at stop time.
    await popup.getByRole('button', { name: 'Arrêter', exact: true }).click();
    await popup.getByRole('button', { name: 'Arrêter : Aboutie' }).click();
    await popup.getByTestId('entry').waitFor();
    await popup.close();

    const again = await session.openPopup();
    const entry = again.getByTestId('entry');
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Demande d’aide au logement');
    expect(await entry.textContent()).toContain('CAF');
    expect(await again.getByTestId('today').textContent()).toContain('1 démarche');
  });

  it('logs a friction clicked in the popup', async () => {
    session = track(await launch());
    const popup = await session.openPopup();
    await popup.getByRole('button', { name: 'Compte bloqué' }).click();
    await popup.getByText('Noté : Compte bloqué.').waitFor();
    await popup.close();
    const again = await session.openPopup();
    await again.getByText('1 difficulté de connexion').waitFor();
  });

  it('shows elapsed minutes on the badge while a timer runs, and nothing after stop', async () => {
    session = track(await launch());
    const popup = await session.openPopup();
    await popup.getByRole('button', { name: 'Démarrer le chronomètre' }).click();
    await popup.getByRole('heading', { name: 'Démarche en cours' }).waitFor();
    const worker = await session.worker();
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('0m');
    expect(await worker.evaluate(() => chrome.alarms.getAll().then((a) => a.map((x) => x.name).sort()))).toEqual([
      'badge-refresh',
      'end-of-day',
      'retention-purge',
    ]);
    await popup.getByRole('button', { name: 'Arrêter', exact: true }).click();
    await popup.getByRole('button', { name: 'Arrêter : Sans préciser' }).click();
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    // Stopped, the timer leaves no alarm: only the daily retention purge, once a day.
    expect(
      await worker.evaluate(() =>
        chrome.alarms.getAll().then((a) => a.map((x) => [x.name, x.periodInMinutes ?? null])),
      ),
    ).toEqual([['retention-purge', 1440]]);
  });

  it('keeps the right elapsed time when the service worker is stopped', async () => {
    session = track(await launch());
    const popup = await session.openPopup();
    await popup.getByRole('button', { name: 'Démarrer le chronomètre' }).click();
    await popup.getByRole('heading', { name: 'Démarche en cours' }).waitFor();
    const startedAt = Date.now();
    await popup.close();

    await session.stopServiceWorker();
    await new Promise((r) => setTimeout(r, 2500));

    const again = await session.openPopup();
    await again.getByTestId('elapsed').waitFor();
    const shown = await elapsed(again);
    const real = (Date.now() - startedAt) / 1000;
    expect(shown).toBeGreaterThanOrEqual(Math.floor(real) - 1);
    expect(shown).toBeLessThanOrEqual(Math.ceil(real) + 1);
    // The restarted worker rebuilt the badge from the stored timestamps.
    const worker = await session.worker();
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('0m');
  });

  it('still has the running timer after the browser is closed and opened again', async () => {
    session = track(await launch());
    const popup = await session.openPopup();
    await popup.getByLabel('Organisme ou site').selectOption('impots');
    await popup.getByRole('button', { name: 'Démarrer le chronomètre' }).click();
    await popup.getByRole('heading', { name: 'Démarche en cours' }).waitFor();
    await popup.waitForTimeout(1500);
    const before = await elapsed(popup);
    const { userDataDir } = session;
    expect(session.violations).toEqual([]);
    await session.close({ keepProfile: true });

    session = track(await launch({ userDataDir }));
    const again = await session.openPopup();
    await again.getByRole('heading', { name: 'Démarche en cours' }).waitFor();
    expect(await elapsed(again)).toBeGreaterThan(before);
    expect(await again.getByLabel('Organisme ou site').inputValue()).toBe('impots');
  });
});
