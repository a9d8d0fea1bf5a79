// Popup start-up, tuned for the first text: today's figures are read with the
// bare IndexedDB API (started by popup-early.js before this module even loads)
// and rendered at once; Dexie, for live updates, loads after.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ApiContext, sendOver } from '../../components/api';
import type { DaySource } from '../../components/day-source';
import { I18nContext } from '../../components/i18n';
import type { SiteAccessApi } from '../../components/SiteAccess';
import { defaultEnabledOrganisations } from '../../lib/catalogue';
import { hostPatterns } from '../../lib/catalogue/host-permissions';
import { dayRange } from '../../lib/core/day-range';
import { takeEarlyRead } from '../../lib/db/early-read';
import { DB_NAME } from '../../lib/db/name';
import { readDaySnapshot } from '../../lib/db/raw-snapshot';
import { browserTranslator, langOf } from '../../lib/i18n/translator';
import { App } from './App';
import '../../components/styles.css';

const t = browserTranslator(browser.i18n);
const send = sendOver((request) => browser.runtime.sendMessage(request));
const source: DaySource = {
  first: (range) => takeEarlyRead(range) ?? readDaySnapshot(indexedDB, DB_NAME, range.from, range.to),
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

document.documentElement.lang = langOf(t);
document.title = t('extName');
const root = document.getElementById('app');
const today = dayRange(Date.now());
// Wait for the early read (a few milliseconds) so the first frame has the data.
void source.first(today).then((initial) => {
  if (!root) return;
  render(
    <I18nContext.Provider value={{ t, lang: langOf(t) }}>
      <ApiContext.Provider value={send}>
        <App source={source} initial={initial} siteAccess={siteAccess} openOptions={openOptions} />
      </ApiContext.Provider>
    </I18nContext.Provider>,
    root,
  );
});
