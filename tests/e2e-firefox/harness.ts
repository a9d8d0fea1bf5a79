// Drives Firefox ESR over WebDriver BiDi (puppeteer-core, no browser download)
// with a TEST-ONLY copy of the Firefox build installed as a temporary add-on.
// Firefox refuses to let BiDi navigate a tab to a moz-extension:// page, but
// lets a page navigate itself there when the target is web-accessible: the copy
// (in a temp dir, never shipped) lists the extension's pages under
// web_accessible_resources. Listed sites are answered with fixture pages by BiDi
// request interception, and every other request Firefox would send goes to a
// local recording proxy that answers nothing: anything it sees is a violation.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_BUILD = resolve('.output/firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FIXTURES_DIR = resolve('tests/fixtures');
// The moz-extension origin is random per profile unless fixed by this pref.
const EXTENSION_UUID = '5d1f3c2a-8b7e-4c6d-9a0f-1e2d3c4b5a69';

/** The add-on id of the build (browser_specific_settings.gecko.id). */
export function addonId(dir = FIREFOX_BUILD): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/** A copy of the Firefox build whose pages can be opened by the test (never shipped). */
export function testOnlyCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'contretemps-firefox-ext-'));
  cpSync(FIREFOX_BUILD, dir, { recursive: true });
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  manifest.web_accessible_resources = [
    ...(manifest.web_accessible_resources ?? []),
    { resources: ['popup.html', 'options.html'], matches: ['<all_urls>'] },
  ];
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return dir;
}

/** A proxy that records every request sent to it and answers none (502 / connection closed). */
async function recordingProxy(): Promise<{ server: Server; port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((request, response) => {
    seen.push(request.url ?? '?');
    response.writeHead(502).end();
  });
  server.on('connect', (request, socket) => {
    seen.push(`CONNECT ${request.url}`);
    socket.destroy();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, port: (server.address() as AddressInfo).port, seen };
}

export interface FirefoxSession {
  browser: Browser;
  /** moz-extension://<uuid> of the installed add-on. */
  origin: string;
  /** Requests seen by the pages the test opened, in order. */
  requests: string[];
  /** Requests that reached the network side: the proxy, or page requests outside the fixtures and the add-on. */
  readonly violations: string[];
  /** Opens an extension page (popup.html, options.html) in a new tab, once loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** A new tab whose requests to `pages` (URL → fixture file) are answered with the fixtures. */
  siteTab(pages: Record<string, string>): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  const extensionDir = testOnlyCopy();
  const id = addonId(extensionDir);
  const proxy = await recordingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
    // Release builds ignore services.settings.server unless this is set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      // Firefox's own traffic off (what geckodriver sets): remote settings, captive portal, telemetry.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
      // Everything not intercepted goes to the recording proxy, localhost included.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  await browser.installExtension(extensionDir);
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const requests: string[] = [];
  const answered = new Set<string>();
  const record = (page: Page) => page.on('request', (request) => requests.push(request.url()));

  return {
    browser,
    origin,
    requests,
    get violations() {
      const fromPages = requests.filter(
        (url) =>
          !url.startsWith(`${origin}/`) &&
          !url.startsWith('data:') &&
          url !== 'about:blank' &&
          // Fixtures, and the icon Firefox asks every site for (answered 404 here).
          !answered.has(url),
      );
      return [...proxy.seen, ...fromPages];
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      record(page);
      await page.goto('about:blank');
      // The page goes there itself (BiDi may not): allowed by the copy's web_accessible_resources.
      await page.evaluate((url) => {
        location.href = url;
      }, `${origin}/${path}`);
      await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete');
      return page;
    },
    async siteTab(pages) {
      const page = await browser.newPage();
      record(page);
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const file = pages[request.url()];
        if (file) {
          answered.add(request.url());
          void request.respond({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            body: readFileSync(join(FIXTURES_DIR, file), 'utf8'),
          });
        } else if (request.url().endsWith('/favicon.ico')) {
          answered.add(request.url());
          void request.respond({ status: 404, body: '' });
        } else {
          void request.continue();
        }
      });
      return page;
    },
    async close() {
      await browser.close();
      proxy.server.close();
      rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}

export function firefoxReady(): string | null {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) {
    return `Pas d’extension Firefox construite dans ${FIREFOX_BUILD} : lancez « npm run build:firefox » d’abord.`;
  }
  if (!existsSync(FIREFOX)) {
    return `Firefox introuvable (${FIREFOX}) : installez le paquet « firefox-esr » ou définissez FIREFOX_PATH.`;
  }
  return null;
}
