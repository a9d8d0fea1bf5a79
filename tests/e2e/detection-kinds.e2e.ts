// Issue 11's end-to-end cases for the detected kinds, in real Chromium on
// pages written for them (tests/e2e/pages), served under listed sites' host
// names.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { track } from './guard';
import { launch, type Session } from './harness';
import { storedDump, storedKinds } from './stored-dump';

const LOCKED_NO_FORM = 'https://wwwd.caf.fr/connexion/acces-impossible';
const LOCKED_LOGIN = 'https://wwwd.caf.fr/connexion/compte-bloque';
const RESET = 'https://wwwd.caf.fr/mot-de-passe-oublie';
const CAF_HOME = 'https://www.caf.fr/allocataires/accueil';
const CAF_FAQ = 'https://www.caf.fr/allocataires/aide/questions-frequentes-mot-de-passe';
/** An account-creation address of the catalogue (ameli's accountCreationPatterns). */
const AMELI_CREATION =
  'https://assure.ameli.fr/PortailAS/appmanager/PortailAS/assure?_nfpb=true&_pageLabel=as_creation_immediate_page';
const IMPOTS_EXPIRED = 'https://cfspart.impots.gouv.fr/session-expiree';
const IMPOTS_HOME = 'https://www.impots.gouv.fr/accueil';
const UNLISTED = 'https://www.example.org';
/** FranceConnect's own host: a failure there is FranceConnect's, even unnamed. */
const FC_CHOICE = 'https://app.franceconnect.gouv.fr/api/v2/interaction/choix';
/** The same page on a listed site that is not FranceConnect. */
const CAF_CHOICE = 'https://wwwd.caf.fr/connexion/choix';
const MSA_CODE = 'https://monespaceprive.msa.fr/lfy/web/msa/verification';
const pages = {
  [LOCKED_NO_FORM]: '../e2e/pages/locked-no-form.html',
  [LOCKED_LOGIN]: '../e2e/pages/locked-login.html',
  [RESET]: '../e2e/pages/plain.html',
  [CAF_HOME]: '../e2e/pages/plain.html',
  [CAF_FAQ]: '../e2e/pages/faq-passwords.html',
  [AMELI_CREATION]: '../e2e/pages/password-rules.html',
  [IMPOTS_EXPIRED]: '../e2e/pages/session-expired.html',
  [IMPOTS_HOME]: '../e2e/pages/plain.html',
  [FC_CHOICE]: '../e2e/pages/provider-down.html',
  [CAF_CHOICE]: '../e2e/pages/provider-down.html',
  [MSA_CODE]: '../e2e/pages/sms-undelivered.html',
  [`${UNLISTED}/compte-bloque`]: '../e2e/pages/locked-no-form.html',
  [`${UNLISTED}/connexion`]: '../e2e/pages/locked-login.html',
  [`${UNLISTED}/creer-mon-compte`]: '../e2e/pages/password-rules.html',
  [`${UNLISTED}/session-expiree`]: '../e2e/pages/session-expired.html',
  [`${UNLISTED}/accueil`]: '../e2e/pages/plain.html',
  [`${UNLISTED}/mot-de-passe-oublie`]: '../e2e/pages/plain.html',
};

/** A page shown, then left without any gesture (the probe comes at document_idle). */
async function visit(tab: Page, url: string) {
  await tab.goto(url);
  await tab.waitForTimeout(300);
}

/**
 * Something the detection already records (the click on « Mot de passe oublié »
 * beside a lockout message), so that « nothing else was recorded » is read once
 * the earlier pages' messages were handled, not before.
 */
async function barrier(session: Session, tab: Page) {
  await visit(tab, LOCKED_LOGIN);
  await tab.locator('#lien-mdp').click();
  await tab.waitForURL(RESET);
  await expect.poll(() => storedKinds(session)).toContain('mdp_oublie');
}

describe('detected kinds', () => {
  it('records a lockout page with no form, left without any gesture, as a locked account', async () => {
    const session = track(await launch({ pages }));
    const tab = await session.context.newPage();
    await visit(tab, LOCKED_NO_FORM);
    await visit(tab, CAF_HOME);
    await expect.poll(() => storedKinds(session)).toEqual(['compte_bloque']);
  });

  it('records a password refused by the rules on an account-creation page', async () => {
    const session = track(await launch({ pages }));
    const tab = await session.context.newPage();
    await visit(tab, AMELI_CREATION);
    await tab.locator('#nouveau').fill('CANARI-regles-3141');
    await visit(tab, CAF_HOME);
    await expect.poll(() => storedKinds(session)).toContain('regles_mdp');
  });

  it('records « Votre session a expiré » as an expired session', async () => {
    const session = track(await launch({ pages }));
    const tab = await session.context.newPage();
    await visit(tab, IMPOTS_EXPIRED);
    await tab.locator('h1').click();
    await visit(tab, IMPOTS_HOME);
    await expect.poll(() => storedKinds(session)).toEqual(['session_expiree']);
  });

  it('records a failure on FranceConnect’s own pages as a FranceConnect error, the same page on another listed site as nothing', async () => {
    const session = track(await launch({ pages }));
    const tab = await session.context.newPage();
    await visit(tab, CAF_CHOICE);
    await tab.locator('h1').click();
    await visit(tab, FC_CHOICE);
    await tab.locator('h1').click();
    await visit(tab, CAF_HOME);
    await expect.poll(() => storedKinds(session)).toEqual(['franceconnect_boucle']);
  });

  it('records « Le SMS n’a pas pu être délivré », shown in a coloured paragraph, as a code not received', async () => {
    const session = track(await launch({ pages }));
    const tab = await session.context.newPage();
    await visit(tab, MSA_CODE);
    await visit(tab, CAF_HOME);
    await expect.poll(() => storedKinds(session)).toEqual(['code_2fa_inaccessible']);
  });
});

describe('what is never recorded nor stored', () => {
  it('records nothing on a host that is not listed, whatever the page shows', async () => {
    const session = track(await launch({ pages }));
    const tab = await session.context.newPage();
    for (const path of ['/compte-bloque', '/creer-mon-compte', '/session-expiree', '/connexion']) {
      await visit(tab, `${UNLISTED}${path}`);
      await tab.locator('h1').click();
    }
    await tab.locator('#lien-mdp').click();
    await tab.waitForURL(`${UNLISTED}/mot-de-passe-oublie`);
    await visit(tab, `${UNLISTED}/accueil`);
    await barrier(session, tab);
    expect(await storedKinds(session)).toEqual(['compte_bloque', 'mdp_oublie']);
  });

  it('records nothing on a listed site’s help article about passwords, read or left untouched', async () => {
    const session = track(await launch({ pages }));
    const tab = await session.context.newPage();
    await visit(tab, CAF_FAQ);
    await visit(tab, CAF_HOME);
    await visit(tab, CAF_FAQ);
    await tab.locator('h2').first().click();
    await tab.mouse.wheel(0, 400);
    await visit(tab, CAF_HOME);
    await barrier(session, tab);
    expect(await storedKinds(session)).toEqual(['compte_bloque', 'mdp_oublie']);
  });

  it('never stores what was typed into a site’s fields, nor the sites’ addresses', async () => {
    const session = track(await launch({ pages }));
    const tab = await session.context.newPage();
    const canaries = ['CANARI-mail-2718@example.org', 'CANARI-mdp-1618', 'CANARI-confirmation-1414', 'CANARI-id-1732'];
    await visit(tab, AMELI_CREATION);
    await tab.locator('#courriel').fill(canaries[0] ?? '');
    await tab.locator('#nouveau').fill(canaries[1] ?? '');
    await tab.locator('#confirmation').fill(canaries[2] ?? '');
    await tab.locator('#confirmation').press('Tab');
    await visit(tab, LOCKED_LOGIN);
    await tab.locator('#identifiant').fill(canaries[3] ?? '');
    await tab.locator('#motdepasse').fill(canaries[1] ?? '');
    await tab.locator('#lien-mdp').click();
    await tab.waitForURL(RESET);
    await expect.poll(() => storedKinds(session)).toContain('mdp_oublie');
    const dump = await storedDump(session);
    expect(dump).toContain('mdp_oublie');
    expect(dump).not.toMatch(/CANARI/i);
    expect(dump).not.toContain('ameli.fr');
    expect(dump).not.toContain('wwwd.caf.fr');
    expect(dump).not.toContain('compte-bloque');
  });
});
