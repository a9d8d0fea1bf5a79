// Launches Chromium with the built extension, serves fixture pages under the
// real hostnames of the listed sites, and records every request: anything that
// is neither the extension's own files nor a fixture is a violation, and the
// suite fails on it (the extension must make no network request).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

// Playwright sees (and routes) the service worker's requests only with this set before launch.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIXTURES_DIR = resolve('tests/fixtures');

export interface LaunchOptions {
  /** Reuse a profile (browser restart tests); a fresh one otherwise. */
  userDataDir?: string;
  /** URL → fixture file (relative to tests/fixtures) served at that exact address. */
  pages?: Record<string, string>;
  /** The unpacked extension to load; the Chrome build by default. */
  extensionDir?: string;
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** Every request seen, in order. */
  requests: string[];
  /** Requests that left the extension and the fixtures (computed from `requests`). */
  readonly violations: string[];
  /** Forgets the requests seen so far (after a test provoked one on purpose). */
  clearRequests(): void;
  /** Content-Security-Policy violations reported in any page or worker console. */
  cspErrors: string[];
  openPopup(): Promise<Page>;
  /** The extension's current service worker (started if needed). */
  worker(): Promise<Worker>;
  /** Stops the service worker as Chromium does when it is idle; resolves once it is stopped. */
  stopServiceWorker(): Promise<void>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'contretemps-e2e-'));
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const userDataDir = options.userDataDir ?? newProfileDir();
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    // French UI: chrome.i18n follows the browser's language (Debian's chromium-l10n).
    env: { ...process.env, LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' },
    locale: 'fr-FR',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=fr',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });

  const requests: string[] = [];
  const cspErrors: string[] = [];
  const watchConsole = (source: Page | Worker) =>
    source.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) cspErrors.push(message.text());
    });
  context.on('page', watchConsole);
  context.on('serviceworker', watchConsole);
  for (const worker of context.serviceWorkers()) watchConsole(worker);
  const pages = options.pages ?? {};
  let extensionOrigin = '';

  const allowed = (url: string) =>
    (extensionOrigin !== '' && url.startsWith(extensionOrigin)) ||
    url in pages ||
    url.startsWith('data:') ||
    url.startsWith('blob:') ||
    url === 'about:blank';

  // Judged after launch: the worker's first requests come before its id is known.
  context.on('request', (request) => requests.push(request.url()));
  await context.route(/^https?:\/\//, async (route) => {
    const url = route.request().url();
    const file = pages[url];
    if (file === undefined) return route.abort('blockedbyclient');
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(join(FIXTURES_DIR, file)),
    });
  });

  const firstWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(firstWorker.url()).host;
  extensionOrigin = `chrome-extension://${extensionId}/`;

  const session: Session = {
    context,
    extensionId,
    userDataDir,
    requests,
    get violations() {
      return requests.filter((url) => !allowed(url));
    },
    clearRequests() {
      requests.length = 0;
    },
    cspErrors,
    async openPopup() {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}popup.html`);
      await page.getByRole('heading', { level: 1, name: 'Contretemps' }).waitFor();
      return page;
    },
    async worker() {
      const find = () => context.serviceWorkers().find((w) => w.url().startsWith(extensionOrigin));
      if (!find()) {
        // Any extension event wakes the worker; a popup's first message does.
        const page = await session.openPopup();
        await page.close();
      }
      for (let i = 0; i < 50 && !find(); i++) await new Promise((r) => setTimeout(r, 100));
      const worker = find();
      if (!worker) throw new Error('the service worker did not start');
      return worker;
    },
    async stopServiceWorker() {
      // The ServiceWorker domain answers for the origin of the page it is attached to.
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}popup.html`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const cdp = await context.newCDPSession(page);
      const stopped = new Promise<void>((done) => {
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          const ours = versions.filter((v) => v.scriptURL.startsWith(extensionOrigin));
          if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) done();
        });
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await cdp.detach();
      await page.close();
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}
