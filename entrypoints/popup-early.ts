// The first script of popup.html and its only request before the first paint
// (lib/build/popup-html.ts): it reads today's data with the bare IndexedDB API
// and, as soon as it has it, writes the popup's first view (today's total, the
// start button or the running timer) in the browser's language — unless the
// counsellor chose another language in the options: the App then writes it, in
// that language, rather than a view that would change language under their
// eyes. Once that is painted, it loads the App's module (its address is in `data-app`).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { dayRange } from '../lib/core/day-range';
import { DB_NAME } from '../lib/db/name';
import { readDaySnapshot } from '../lib/db/raw-snapshot';
import { browserTranslator, type I18nApi, langOf } from '../lib/i18n/translator';
import { pagePrefsOf } from '../lib/settings/page-prefs';
import { handOver } from './popup/early';
import { firstView } from './popup/first-view';

/** Resolves once the parser has inserted the popup's root element. */
function appRoot(): Promise<HTMLElement | null> {
  const found = document.getElementById('app');
  if (found || document.readyState !== 'loading') return Promise.resolve(found);
  return new Promise((done) => {
    document.addEventListener('readystatechange', () => done(document.getElementById('app')), { once: true });
  });
}

/** Resolves after the browser has painted the page as it is (or soon, in a hidden page, which never paints). */
function afterPaint(): Promise<void> {
  return new Promise((done) => {
    const fallback = setTimeout(done, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        done();
      }),
    );
  });
}

export default defineUnlistedScript(() => {
  // Read first: opening the database is the longest step.
  const range = dayRange(Date.now());
  const snapshot = readDaySnapshot(indexedDB, DB_NAME, range.from, range.to);
  const app = (document.currentScript as HTMLScriptElement | null)?.dataset.app;

  // chrome.i18n answers synchronously, in Chromium and Firefox alike: no polyfill needed.
  const t = browserTranslator((globalThis as unknown as { chrome: { i18n: I18nApi } }).chrome.i18n);
  const lang = langOf(t);
  document.documentElement.lang = lang;
  document.title = t('extName');

  let root: HTMLElement | null = null;
  let clicked: string | null = null;
  const catchClick = (event: Event) => {
    const button = (event.target as Element | null)?.closest?.('button');
    if (button) clicked = button.textContent;
  };
  const shown = Promise.all([snapshot, appRoot()]).then(([data, found]) => {
    // Nothing to show without the data, or if the App got there first, or in a language not chosen.
    if (!data || !found || found.firstChild) return false;
    const chosen = pagePrefsOf(data.settings).language;
    if (chosen !== 'browser' && chosen !== lang) return false;
    root = found;
    root.append(firstView(document, t, lang, data, Date.now()));
    // A click before the App is there is not lost: main.tsx repeats it.
    root.addEventListener('click', catchClick, true);
    return true;
  });

  handOver({
    range,
    snapshot,
    shown,
    release() {
      root?.removeEventListener('click', catchClick, true);
      const text = clicked;
      clicked = null;
      return text;
    },
  });

  if (app) {
    // A module script element rather than import(): the address comes from the built page, never from data.
    const loadApp = () => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = app;
      script.onerror = () => console.error('Contretemps : la fenêtre n’a pas pu se charger', app);
      document.head.append(script);
    };
    void shown.then((painted) => (painted ? afterPaint() : undefined)).then(loadApp);
  }
});
