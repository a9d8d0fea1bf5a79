// What every extension page does before its first paint: read the settings row
// (bare IndexedDB, no Dexie), pick the language (the browser's, or the one
// chosen in the options page) and set it on the document, and gather the
// counsellor's own items for the lists.
import type { Lang } from '../lib/catalogue';
import { DB_NAME } from '../lib/db/name';
import { readSettingsRaw, StorageUnavailable } from '../lib/db/raw-settings';
import { pageLanguage } from '../lib/i18n/page-language';
import { browserTranslator, type I18nApi, type Messages } from '../lib/i18n/translator';
import { pagePrefsOf } from '../lib/settings/page-prefs';
import type { I18n } from './i18n';

export interface PageStartDeps {
  i18n: I18nApi;
  /** The extension's address of a file (browser.runtime.getURL). */
  getURL: (path: string) => string;
  indexedDB: IDBFactory;
}

/** Reads a locale's messages.json, shipped with the extension. */
export function localeLoader(getURL: (path: string) => string) {
  return async (lang: Lang): Promise<Messages> => {
    const response = await fetch(getURL(`/_locales/${lang}/messages.json`));
    if (!response.ok) throw new Error(`locale ${lang} unreadable`);
    return (await response.json()) as Messages;
  };
}

/** The page's words, and whether the browser lets the extension keep anything at all. */
export type PageStart = I18n & { storageUnavailable: boolean };

export async function startPage(deps: PageStartDeps): Promise<PageStart> {
  let storageUnavailable = false;
  const raw = await readSettingsRaw(deps.indexedDB, DB_NAME).catch((error: unknown) => {
    storageUnavailable = error instanceof StorageUnavailable;
    return undefined;
  });
  const prefs = pagePrefsOf(raw);
  const { t, lang } = await pageLanguage(browserTranslator(deps.i18n), prefs.language, localeLoader(deps.getURL));
  document.documentElement.lang = lang;
  return {
    t,
    lang,
    custom: { organisations: prefs.customOrganisations, items: prefs.customItems },
    storageUnavailable,
  };
}
