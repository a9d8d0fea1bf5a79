import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { track } from './guard';
import { launch, type Session } from './harness';
import { storedDump } from './stored-dump';

const CAF_LOGIN = 'https://wwwd.caf.fr/wpc-connexionportail-web/s/AccesPortail?page=connexion';
const CAF_SUBMIT = 'https://wwwd.caf.fr/wpc-connexionportail-web/s/AccesPortail';
const CAF_RESET = 'https://wwwd.caf.fr/wpc-connexionportail-web/s/MotDePasseOublie';
const CAF_LOCKED = 'https://wwwd.caf.fr/wpc-connexionportail-web/s/CompteBloque';
const CAF_HOME = 'https://www.caf.fr/allocataires/mes-services-en-ligne/estimer-vos-droits';
const FRANCECONNECT = 'https://app.franceconnect.gouv.fr/api/v1/authorize';
const FT_SPA = 'https://candidat.francetravail.fr/espace/connexion';
const pages = {
  [CAF_LOGIN]: 'sites/caf/login.html',
  [CAF_SUBMIT]: 'sites/caf/wrong-password.html',
  [CAF_RESET]: 'sites/caf/reset.html',
  [CAF_LOCKED]: 'sites/caf/locked.html',
  [FT_SPA]: 'sites/francetravail/spa.html',
  'https://assure.ameli.fr/PortailAS/appmanager/PortailAS/assure?_pageLabel=as_login_page': 'sites/ameli/login.html',
  'https://candidat.francetravail.fr/espacepersonnel/': 'sites/francetravail/franceconnect.html',
  'https://cfspart.impots.gouv.fr/LoginMDP?op=c': 'sites/impots/login.html',
  [FRANCECONNECT]: 'sites/franceconnect/choix.html',
  'https://portail.i-milo.fr/accueil': 'sites/imilo/accueil.html',
  [CAF_HOME]: 'sites/caf/simulation.html',
  'https://www.example.org/connexion': 'sites/caf/login.html',
  'https://www.example.org/wpc-connexionportail-web/s/MotDePasseOublie': 'sites/caf/reset.html',
};

/** Names of the extension worlds running in a page (the probe's, if injected). */
async function extensionWorlds(page: Page): Promise<{ cdp: CDPSession; worlds: Map<string, number> }> {
  const cdp = await page.context().newCDPSession(page);
  const worlds = new Map<string, number>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated') worlds.set(context.name, context.id);
  });
  await cdp.send('Runtime.enable');
  return { cdp, worlds };
}

async function frictions(session: Session) {
  const popup = await session.openPopup();
  const rows = await popup.evaluate(
    () =>
      new Promise<Array<{ kind: string; status: string; organisationId: string | null; loginMs: number | null }>>(
        (resolve, reject) => {
          const open = indexedDB.open('contretemps');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('frictions').objectStore('frictions').getAll();
            req.onsuccess = () => resolve(req.result);
          };
        },
      ),
  );
  await popup.close();
  return rows;
}

/** The badge text of the first tab open at a URL pattern (« ? » once a listed page was announced, timer idle). */
async function badgeOf(session: Session, urlPattern: string): Promise<string> {
  const worker = await session.worker();
  return worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return chrome.action.getBadgeText({ tabId: tab?.id });
  }, urlPattern);
}

describe('friction detection on the real sites', () => {
  it('the probe runs on listed sites and on no other', async () => {
    const session = track(await launch({ pages }));
    for (const [url, expected] of [
      [CAF_HOME, true],
      ['https://assure.ameli.fr/PortailAS/appmanager/PortailAS/assure?_pageLabel=as_login_page', true],
      ['https://candidat.francetravail.fr/espacepersonnel/', true],
      ['https://cfspart.impots.gouv.fr/LoginMDP?op=c', true],
      [FRANCECONNECT, true],
      ['https://portail.i-milo.fr/accueil', true],
      ['https://www.example.org/connexion', false],
    ] as const) {
      const page = await session.context.newPage();
      const { worlds } = await extensionWorlds(page);
      await page.goto(url);
      await page.waitForTimeout(300);
      expect(worlds.has('Contretemps'), url).toBe(expected);
      await page.close();
    }
    // The example.org page has a « mot de passe oublié » link: clicking it logs nothing.
    const page = await session.context.newPage();
    await page.goto('https://www.example.org/connexion');
    await page.locator('#lien-mdp').click({ noWaitAfter: true });
    await page.waitForTimeout(300);
    expect(await frictions(session)).toEqual([]);
  });

  it('a forgotten-password click on the CAF page is detected, then counted once confirmed', async () => {
    const session = track(await launch({ pages }));
    const caf = await session.context.newPage();
    await caf.goto(CAF_LOGIN);
    await caf.waitForTimeout(300);
    await caf.locator('#lien-mdp').click();
    await caf.waitForURL(CAF_RESET);
    await expect.poll(async () => (await frictions(session)).map((f) => f.kind)).toEqual(['mdp_oublie']);

    const popup = await session.openPopup();
    const detected = popup.getByTestId('detected');
    await detected.waitFor();
    expect(await detected.textContent()).toContain('Mot de passe oublié');
    expect(await detected.textContent()).toContain('CAF');
    expect(await popup.getByTestId('today').textContent()).toContain('0 difficulté');
    await popup.getByRole('button', { name: 'Confirmer : Mot de passe oublié' }).click();
    await popup.getByText('1 difficulté de connexion').waitFor();
    expect(await popup.getByTestId('detected').count()).toBe(0);
  });

  it('takes no gesture or navigation a page script fakes for the counsellor’s: only a real click counts', async () => {
    const session = track(await launch({ pages }));
    const caf = await session.context.newPage();
    await caf.goto(CAF_LOGIN);
    await caf.waitForTimeout(300);
    // The page's own script: it keeps the link from navigating, then fakes what a counsellor would do.
    await caf.evaluate(() => {
      const link = document.getElementById('lien-mdp') as HTMLAnchorElement;
      link.addEventListener('click', (e) => e.preventDefault());
      link.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      link.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      link.click();
      for (const type of ['hashchange', 'popstate', 'pagehide']) window.dispatchEvent(new Event(type));
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await caf.waitForTimeout(500);
    expect(await frictions(session)).toEqual([]);
    // Not even announced: the page was not read, so no « démarche en cours ? » hint.
    expect(await badgeOf(session, 'https://wwwd.caf.fr/*')).toBe('');
    await caf.locator('#lien-mdp').click();
    await expect.poll(async () => (await frictions(session)).map((f) => f.kind)).toEqual(['mdp_oublie']);
  });

  it('pre-selects the organisation of the listed site in front when the popup opens', async () => {
    const session = track(await launch({ pages }));
    const francetravail = await session.context.newPage();
    await francetravail.goto('https://candidat.francetravail.fr/espacepersonnel/');
    await francetravail.bringToFront();
    const worker = await session.worker();
    // The popup in its own unfocused window, as the toolbar shows it beside the tab.
    const opened = session.context.waitForEvent('page');
    await worker.evaluate(() => chrome.windows.create({ url: 'popup.html', type: 'popup', focused: false }));
    const popup = await opened;
    await expect.poll(() => popup.getByLabel('Organisme ou site').inputValue()).toBe('francetravail');
    const procedures = await popup.getByLabel('Démarche', { exact: true }).locator('option').allTextContents();
    expect(procedures).toContain('Actualisation mensuelle France Travail');
    expect(procedures).not.toContain('Déclaration de revenus');
  });

  it('hints on the badge of a listed site’s tab that a procedure may be under way', async () => {
    const session = track(await launch({ pages }));
    const caf = await session.context.newPage();
    await caf.goto(CAF_LOGIN);
    const badge = () => badgeOf(session, 'https://wwwd.caf.fr/*');
    // The probe reads the page at the counsellor's first gesture on it, not at load.
    await caf.waitForTimeout(300);
    expect(await badge()).toBe('');
    await caf.locator('h1').click();
    await expect.poll(badge).toBe('?');
    // Starting the timer gives the badge back to the elapsed minutes.
    const popup = await session.openPopup();
    await popup.getByRole('button', { name: 'Démarrer le chronomètre' }).click();
    await expect.poll(badge).toBe('0m');
  });

  it('a page left without any gesture is still read: a locked account, a FranceConnect loop', async () => {
    const session = track(await launch({ pages }));
    const tab = await session.context.newPage();
    // The probe comes at document_idle, possibly just after the load event.
    const visit = async (url: string) => {
      await tab.goto(url);
      await tab.waitForTimeout(200);
    };
    await visit(CAF_LOCKED);
    await visit('https://www.example.org/connexion');
    await expect.poll(async () => (await frictions(session)).map((f) => f.kind)).toEqual(['compte_bloque']);
    // Redirected back and forth through FranceConnect, with no click on any page.
    for (let i = 0; i < 3; i++) {
      await visit(FRANCECONNECT);
      await visit(CAF_LOGIN);
    }
    await visit(CAF_HOME);
    await expect
      .poll(async () => (await frictions(session)).map((f) => f.kind).sort())
      .toEqual(['compte_bloque', 'franceconnect_boucle']);
  });

  it('ends the login time when a single-page application leaves its login view', async () => {
    const session = track(await launch({ pages }));
    const tab = await session.context.newPage();
    await tab.goto(FT_SPA);
    await tab.waitForTimeout(300);
    await tab.locator('#mdp-oublie').click();
    await expect.poll(async () => (await frictions(session)).map((f) => f.kind)).toEqual(['mdp_oublie']);
    // Signed in: history.pushState to the account's home, no page load.
    await tab.locator('#connexion').click();
    await tab.waitForURL('https://candidat.francetravail.fr/espace/accueil');
    await tab.locator('#bienvenue').click();
    await expect.poll(async () => (await frictions(session))[0]?.loginMs ?? null).toBeGreaterThan(0);
  });

  it('never stores what was typed on a login page', async () => {
    const session = track(await launch({ pages }));
    const NIR = '1850175123456';
    const PASSWORD = 'Canari-Secret-8142';
    const caf = await session.context.newPage();
    await caf.goto(CAF_LOGIN);
    await caf.locator('#nir').fill(NIR);
    await caf.locator('#inputMotDePasse').fill(PASSWORD);
    await caf.getByRole('button', { name: 'Me connecter' }).click();
    await caf.waitForURL(CAF_SUBMIT);
    await caf.locator('#nir').fill(NIR);
    await caf.locator('#inputMotDePasse').fill(PASSWORD);
    await caf.locator('#inputMotDePasse').press('Enter');
    await expect.poll(async () => (await frictions(session)).map((f) => f.kind)).toEqual(['mdp_oublie']);

    const dump = await storedDump(session);
    expect(dump).toContain('mdp_oublie');
    expect(dump).not.toContain(NIR);
    expect(dump).not.toContain(PASSWORD);
    expect(dump).not.toContain('AccesPortail');
    expect(dump).not.toContain('wwwd.caf.fr');
  });

  it('rejects forged messages from the page and from the probe’s own world, and changes nothing', async () => {
    const session = track(await launch({ pages }));
    const caf = await session.context.newPage();
    const { cdp, worlds } = await extensionWorlds(caf);
    await caf.goto('https://portail.i-milo.fr/accueil');
    await expect.poll(() => worlds.has('Contretemps')).toBe(true);
    // The page itself cannot reach the extension at all.
    expect(await caf.evaluate(() => typeof (globalThis as { chrome?: { runtime?: unknown } }).chrome?.runtime)).toBe(
      'undefined',
    );
    const forged = [
      { type: 'probe/page', signals: ['keystrokes'] },
      { type: 'probe/page', signals: ['locked_error'], organisationId: 'impots' },
      { type: 'probe/signals', signals: ['reset_page'], text: 'mot de passe : hunter2' },
      { type: 'probe/page', signals: Array.from({ length: 50_000 }, () => 'locked_error') },
      {
        type: 'timer/start',
        details: { organisationId: 'caf', procedureId: null, modeId: null, reasonIds: [], outcomeId: null },
      },
      { type: 'friction/log', kind: 'mdp_oublie', organisationId: 'caf' },
    ];
    const replies: unknown[] = [];
    for (const message of forged) {
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
        contextId: worlds.get('Contretemps'),
        awaitPromise: true,
        returnByValue: true,
      });
      replies.push(result.value);
    }
    expect(replies).toEqual(forged.map(() => ({ ok: false })));
    expect(await frictions(session)).toEqual([]);
    const popup = await session.openPopup();
    await popup.getByRole('button', { name: 'Démarrer le chronomètre' }).waitFor();
  });
});
