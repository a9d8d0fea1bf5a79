// Firefox smoke test: the Firefox build works in Firefox ESR. The timer starts
// and stops from the popup and its entry is stored; a locked account on a listed
// site is detected and stored; and no request leaves the browser.
import { readFileSync } from 'node:fs';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox } from './harness';

const CAF_LOCKED = 'https://wwwd.caf.fr/wpc-connexionportail-web/s/CompteBloque';
const ELSEWHERE = 'https://www.example.org/connexion';

let session: FirefoxSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** A message of the add-on in the language Firefox gave it (Debian's Firefox ESR has no French UI unless its langpack is installed). */
async function message(page: Page, key: string): Promise<string> {
  const lang = await page.evaluate(() =>
    (globalThis as unknown as { browser: { i18n: { getUILanguage(): string } } }).browser.i18n.getUILanguage(),
  );
  const locale = lang.startsWith('fr') ? 'fr' : 'en';
  const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));
  return messages[key].message;
}

/** Clicks the first button whose accessible name (aria-label, else its text) starts with `name`, once there. */
async function clickButton(page: Page, name: string): Promise<void> {
  const handle = await page.waitForFunction(
    (start) =>
      [...document.querySelectorAll('button')].find((b) =>
        (b.getAttribute('aria-label') ?? b.textContent ?? '').trim().startsWith(start),
      ),
    {},
    name,
  );
  const button = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
  if (!button) throw new Error(`Pas de bouton « ${name} »`);
  // A DOM click: what the counsellor's click does, without BiDi pointer input in a headless window.
  await button.evaluate((b) => b.click());
}

/** All rows of one store of the add-on's database, read from an extension page. */
async function rows(page: Page, store: 'entries' | 'frictions'): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    (name) =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const open = indexedDB.open('contretemps');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

describe('the Firefox build in Firefox ESR', () => {
  it('starts and stops the timer from the popup, and the entry is there when the popup opens again', async () => {
    session = await launchFirefox();
    const popup = await session.openExtensionPage('popup.html');
    await clickButton(popup, await message(popup, 'start'));
    await popup.waitForSelector('[data-focus="stop"]');
    await clickButton(popup, await message(popup, 'stop'));
    // The outcome is asked at stop time: « Arrêter : … », any outcome.
    await clickButton(popup, (await message(popup, 'stopWithOutcome')).replace('$1', ''));
    await popup.waitForSelector('[data-testid="entry"]');
    await popup.close();

    const again = await session.openExtensionPage('popup.html');
    await again.waitForSelector('[data-testid="entry"]');
    expect(await rows(again, 'entries')).toHaveLength(1);
    expect(await again.$eval('[data-testid="today"]', (p) => p.textContent)).toMatch(/\b1 (démarche|procedure)\b/);
    expect(session.violations).toEqual([]);
  });

  it('detects a locked account on a listed site, stores it, and sends nothing anywhere', async () => {
    session = await launchFirefox();
    const tab = await session.siteTab({
      [CAF_LOCKED]: 'sites/caf/locked.html',
      [ELSEWHERE]: 'sites/caf/login.html',
    });
    await tab.goto(CAF_LOCKED);
    // The probe comes at document_idle; the page is read when left, with no gesture.
    await new Promise((done) => setTimeout(done, 300));
    await tab.goto(ELSEWHERE);
    const popup = await session.openExtensionPage('popup.html');
    await expect
      .poll(async () => (await rows(popup, 'frictions')).map((f) => [f.kind, f.organisationId]), { timeout: 10_000 })
      .toEqual([['compte_bloque', 'caf']]);
    expect(session.requests).toContain(CAF_LOCKED);
    expect(session.violations).toEqual([]);
  });
});
