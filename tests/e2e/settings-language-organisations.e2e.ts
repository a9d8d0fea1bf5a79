// Issue 12 in a real Chromium (speaking French): the counsellor picks English
// in the options page and the popup speaks English; they switch an
// organisation off, visit its login page showing a lockout, and nothing is
// recorded until it is switched back on.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { seriousViolations } from './axe';
import { track } from './guard';
import { launch } from './harness';
import { storedKinds } from './stored-dump';

const LOCKED = 'https://wwwd.caf.fr/connexion/compte-bloque';
const RESET = 'https://wwwd.caf.fr/mot-de-passe-oublie';
const pages = { [LOCKED]: '../e2e/pages/locked-login.html', [RESET]: '../e2e/pages/plain.html' };

/** The lockout page, then the click on « Mot de passe oublié »: two kinds the probe reports, the page left. */
async function lockedThenForgotten(tab: Page) {
  await tab.goto(LOCKED);
  await tab.waitForTimeout(300);
  await tab.locator('#lien-mdp').click();
  await tab.waitForURL(RESET);
}

describe('language and organisations in the options page', () => {
  it('switches every page to English, the popup included', async () => {
    const session = track(await launch());
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('heading', { level: 1, name: fr.optionsTitle.message }).waitFor();
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('fr');
    await options.getByLabel(fr.languageLabel.message).selectOption('en');
    // The page reloads in English.
    await options.getByRole('heading', { level: 1, name: en.optionsTitle.message }).waitFor();
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await options.getByLabel(en.languageLabel.message).inputValue()).toBe('en');

    const popup = await session.openPopup();
    await popup.getByRole('button', { name: en.start.message }).waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    await popup.close();

    await options.bringToFront();
    await options.getByLabel(en.languageLabel.message).selectOption('browser');
    await options.getByRole('heading', { level: 1, name: fr.optionsTitle.message }).waitFor();
  });

  it('records nothing on the pages of an organisation switched off (by keyboard), and records again once switched on', async () => {
    const session = track(await launch({ pages }));
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('heading', { name: fr.organisationsHeading.message }).waitFor();
    // By keyboard: the list opens with Enter, the box takes the focus, visibly, and Space unticks it.
    await options.locator('#organisations-heading ~ details > summary').focus();
    await options.keyboard.press('Enter');
    const box = options.getByRole('checkbox', { name: 'CAF', exact: true });
    expect(await box.isChecked()).toBe(true);
    await box.focus();
    expect(await box.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
    await options.keyboard.press('Space');
    await options.getByText('CAF n’est plus suivi', { exact: false }).waitFor();
    // The new sections (language, organisations, own items), open, pass axe-core.
    expect(await seriousViolations(options)).toEqual([]);

    const tab = await session.context.newPage();
    await lockedThenForgotten(tab);
    await tab.waitForTimeout(800);
    expect(await storedKinds(session)).toEqual([]);

    await options.bringToFront();
    await box.click();
    await options.getByText('CAF est de nouveau suivi.').waitFor();
    await tab.bringToFront();
    await lockedThenForgotten(tab);
    await expect.poll(() => storedKinds(session)).toEqual(['compte_bloque', 'mdp_oublie']);
  });
});
