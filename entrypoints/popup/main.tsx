// The popup's App. popup-early.js (a classic script, the page's only request
// before its first paint) has read today's data and painted the first view;
// it loads this module afterwards. The App is rendered over that view (same
// markup, so no text changes); the forms' lists, the frictions and the entries
// appear, and Dexie loads for live updates.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ApiContext, sendOver } from '../../components/api';
import type { DaySource } from '../../components/day-source';
import { I18nContext } from '../../components/i18n';
import { startPage } from '../../components/page-start';
import type { SiteAccessApi } from '../../components/SiteAccess';
import { showStorageUnavailable } from '../../components/StorageUnavailable';
import { defaultEnabledOrganisations } from '../../lib/catalogue';
import { hostPatterns } from '../../lib/catalogue/host-permissions';
import { dayRange } from '../../lib/core/day-range';
import { DB_NAME } from '../../lib/db/name';
import { readDaySnapshot } from '../../lib/db/raw-snapshot';
import { App } from './App';
import { takeEarlyStart } from './early';
import '../../components/styles.css';

const send = sendOver((request) => browser.runtime.sendMessage(request));
const source: DaySource = {
  first: (range) => readDaySnapshot(indexedDB, DB_NAME, range.from, range.to),
  watch(range, onChange, onError) {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void Promise.all([import('../../lib/db/database'), import('../../lib/db/live-source')]).then(
      ([{ getDb }, { watchDay }]) => {
        if (!cancelled) stop = watchDay(getDb(), range, onChange, onError);
      },
      onError,
    );
    return () => {
      cancelled = true;
      stop?.();
    };
  },
};

const listedPatterns = hostPatterns(defaultEnabledOrganisations());
const siteAccess: SiteAccessApi = {
  async missing() {
    const granted = new Set((await browser.permissions.getAll()).origins ?? []);
    return listedPatterns.filter((p) => !granted.has(p));
  },
  request: (origins) => browser.permissions.request({ origins }),
};
const openOptions = () => void browser.runtime.openOptionsPage().then(() => window.close());
const openDashboard = () =>
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }).then(() => window.close());

async function start() {
  const root = document.getElementById('app');
  if (!root) return;
  const early = takeEarlyStart();
  // The early read counts for the same day only (a popup opened at midnight).
  const initial = early && early.range.from === dayRange(Date.now()).from ? await early.snapshot : null;
  // In development this module is in the page from the start: let the first view come first.
  await early?.shown;
  // The first view (popup-early) follows the browser's language; a language picked in the options page applies from here.
  const i18n = await startPage({ i18n: browser.i18n, getURL: (p) => browser.runtime.getURL(p as '/'), indexedDB });
  document.title = i18n.t('extName');
  if (showStorageUnavailable(i18n, root)) return;
  render(
    <I18nContext.Provider value={i18n}>
      <ApiContext.Provider value={send}>
        <App
          source={source}
          initial={initial}
          siteAccess={siteAccess}
          openOptions={openOptions}
          openDashboard={openDashboard}
        />
      </ApiContext.Provider>
    </I18nContext.Provider>,
    root,
  );
  // A click on the first view before the App was there: the App's same button answers it now.
  const clicked = early?.release() ?? null;
  if (clicked !== null) [...root.querySelectorAll('button')].find((b) => b.textContent === clicked)?.click();
}

void start();
