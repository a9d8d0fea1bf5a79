// The counsellor switches a detected kind off in the options page: the probe
// still reads the page, but the background records nothing of that kind until
// it is switched back on. Uses what the detection already finds: a lockout
// message beside a login form, and the click on « Mot de passe oublié ».
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { track } from './guard';
import { launch } from './harness';
import { storedKinds } from './stored-dump';

const LOCKED = 'https://wwwd.caf.fr/connexion/compte-bloque';
const RESET = 'https://wwwd.caf.fr/mot-de-passe-oublie';
/** Pages written for these tests (tests/e2e/pages), served under a listed site's host name. */
const pages = {
  [LOCKED]: '../e2e/pages/locked-login.html',
  [RESET]: '../e2e/pages/plain.html',
};

/** The lockout page, then the click on « Mot de passe oublié »: the click announces the page with both signals. */
async function lockedThenForgotten(tab: Page) {
  await tab.goto(LOCKED);
  await tab.waitForTimeout(300);
  await tab.locator('#lien-mdp').click();
  await tab.waitForURL(RESET);
}

describe('detected kinds switched off in the options page', () => {
  it('records nothing of a kind switched off (by keyboard), and records it again once switched back on (by click)', async () => {
    const session = track(await launch({ pages }));
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Ce que Contretemps repère tout seul' }).waitFor();
    const box = options.getByRole('checkbox', { name: 'Compte bloqué' });
    expect(await box.isChecked()).toBe(true);
    // By keyboard: the box takes the focus, visibly, and Space unticks it.
    await box.focus();
    expect(await box.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
    await options.keyboard.press('Space');
    await options.getByText('La difficulté « Compte bloqué » ne sera plus repérée', { exact: false }).waitFor();
    expect(await box.isChecked()).toBe(false);

    const tab = await session.context.newPage();
    await lockedThenForgotten(tab);
    // The forgotten password, read in the same message as the lockout, is recorded: the lockout was seen and dropped.
    await expect.poll(() => storedKinds(session)).toEqual(['mdp_oublie']);
    await tab.waitForTimeout(500);
    expect(await storedKinds(session)).toEqual(['mdp_oublie']);

    await options.bringToFront();
    await box.click();
    await options.getByText('La difficulté « Compte bloqué » sera de nouveau repérée.').waitFor();
    expect(await box.isChecked()).toBe(true);
    await lockedThenForgotten(tab);
    await expect.poll(() => storedKinds(session)).toEqual(['compte_bloque', 'mdp_oublie']);
  });

  it('keeps the choice when the options page is opened again', async () => {
    const session = track(await launch({ pages }));
    const options = await session.context.newPage();
    const url = `chrome-extension://${session.extensionId}/options.html`;
    await options.goto(url);
    await options.getByRole('checkbox', { name: 'Session expirée' }).click();
    await options.getByText('La difficulté « Session expirée » ne sera plus repérée', { exact: false }).waitFor();
    await options.reload();
    await options.getByRole('heading', { name: 'Ce que Contretemps repère tout seul' }).waitFor();
    expect(await options.getByRole('checkbox', { name: 'Session expirée' }).isChecked()).toBe(false);
    expect(await options.getByRole('checkbox', { name: 'Compte bloqué' }).isChecked()).toBe(true);
  });
});
