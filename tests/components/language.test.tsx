// @vitest-environment happy-dom
// The pages' language: the browser's by default, or the one picked in the
// options page. Here the browser speaks French (tests/setup.ts) and the
// counsellor picked English: the page is in English, `lang="en"`, and the
// counsellor's own items are named in the lists.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ApiContext, sendOver } from '../../components/api';
import { I18nContext } from '../../components/i18n';
import { LanguageChoice } from '../../components/LanguageChoice';
import { startPage } from '../../components/page-start';
import { OptionsApp } from '../../entrypoints/options/App';
import { createBackgroundApp } from '../../lib/background/app';
import { ContretempsDB } from '../../lib/db/database';
import { watchDemoPresence } from '../../lib/db/demo-live';
import { DB_NAME } from '../../lib/db/name';
import { createTranslator } from '../../lib/i18n/translator';
import type { Request } from '../../lib/messages/schema';
import { watchSettings, watchSiteTime } from '../../lib/settings/live';
import { defaultSettings } from '../../lib/settings/schema';
import { readSettings, writeSettings } from '../../lib/settings/store';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The extension serves its own locale files: here, from the repository. */
function serveLocales() {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const body = url.endsWith('/_locales/en/messages.json')
      ? en
      : url.endsWith('/_locales/fr/messages.json')
        ? fr
        : null;
    return body ? new Response(JSON.stringify(body)) : new Response('', { status: 404 });
  });
  return fetched;
}

/** The database the page reads before its first paint (Dexie is told which IndexedDB: the test's fresh one). */
const localDb = () => new ContretempsDB(DB_NAME, { indexedDB, IDBKeyRange });

const start = () =>
  startPage({ i18n: fakeBrowser.i18n as never, getURL: (p) => `chrome-extension://test${p}`, indexedDB });

async function renderOptions(db: ContretempsDB) {
  const i18n = await start();
  render(
    <I18nContext.Provider value={i18n}>
      <ApiContext.Provider value={sendOver(async () => ({ ok: true, data: null }) as never)}>
        <OptionsApp
          source={{
            watch: (cb) => watchSettings(db, cb),
            watchSiteTime: (cb) => watchSiteTime(db, '2026-11-24', cb),
            watchDemo: (cb) => watchDemoPresence(db, cb),
          }}
          timeZone="Europe/Paris"
          permissions={{ request: async () => false, remove: async () => false, contains: async () => false }}
          shortcuts={{ list: async () => [] }}
          notifications={{ request: async () => false }}
        />
      </ApiContext.Provider>
    </I18nContext.Provider>,
  );
}

describe('the pages’ language', () => {
  it('is English when the counsellor picked English, though the browser speaks French', async () => {
    const fetched = serveLocales();
    const db = localDb();
    await writeSettings(db, { ...defaultSettings, language: 'en' });
    await renderOptions(db);
    expect(await screen.findByRole('heading', { level: 1, name: en.optionsTitle.message })).toBeTruthy();
    expect(screen.getByRole('heading', { name: en.languageHeading.message })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(fetched).toEqual(['chrome-extension://test/_locales/en/messages.json']);
  });

  it('follows the browser by default, without reading any locale file', async () => {
    const fetched = serveLocales();
    await renderOptions(localDb());
    expect(await screen.findByRole('heading', { level: 1, name: fr.optionsTitle.message })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    expect(fetched).toEqual([]);
  });

  it('keeps the browser’s language when the locale file cannot be read', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    const db = localDb();
    await writeSettings(db, { ...defaultSettings, language: 'en' });
    const i18n = await start();
    expect(i18n.lang).toBe('fr');
    expect(i18n.t('optionsTitle')).toBe(fr.optionsTitle.message);
  });

  it('is saved when picked in the options page, and the page reloads in it', async () => {
    const db = localDb();
    const app = createBackgroundApp(fakeBrowser as never, { db, log: () => {} });
    const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
    const reload = vi.fn();
    render(
      <I18nContext.Provider value={{ t: createTranslator(fr), lang: 'fr' }}>
        <ApiContext.Provider value={sendOver((r: Request) => app.onMessage(r, page) as never)}>
          <LanguageChoice value="browser" reload={reload} />
        </ApiContext.Provider>
      </I18nContext.Provider>,
    );
    fireEvent.change(screen.getByLabelText(fr.languageLabel.message), { target: { value: 'en' } });
    await waitFor(() => expect(reload).toHaveBeenCalled());
    expect((await readSettings(db)).language).toBe('en');
  });
});
