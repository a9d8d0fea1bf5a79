import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ApiContext, sendOver } from '../../components/api';
import { I18nContext } from '../../components/i18n';
import { startPage } from '../../components/page-start';
import type { ShortcutsApi } from '../../components/Shortcuts';
import { showStorageUnavailable } from '../../components/StorageUnavailable';
import { localDay } from '../../lib/core/day-range';
import { getDb } from '../../lib/db/database';
import { watchDemoPresence } from '../../lib/db/demo-live';
import { watchSettings, watchSiteTime } from '../../lib/settings/live';
import { OptionsApp, type SettingsSource } from './App';
import '../../components/styles.css';

const send = sendOver((request) => browser.runtime.sendMessage(request));
const source: SettingsSource = {
  watch: (onChange) => watchSettings(getDb(), onChange),
  watchSiteTime: (onChange) => watchSiteTime(getDb(), localDay(Date.now()), onChange),
  watchDemo: (onChange) => watchDemoPresence(getDb(), onChange),
};
const permissions = {
  request: (origins: string[]) => browser.permissions.request({ origins }),
  remove: (origins: string[]) => browser.permissions.remove({ origins }),
  contains: (origins: string[]) => browser.permissions.contains({ origins }),
  onChange: (listener: () => void) => {
    browser.permissions.onAdded.addListener(listener);
    browser.permissions.onRemoved.addListener(listener);
    return () => {
      browser.permissions.onAdded.removeListener(listener);
      browser.permissions.onRemoved.removeListener(listener);
    };
  },
};
// Reminders are notifications: asked for when the counsellor turns them on.
const notifications = { request: () => browser.permissions.request({ permissions: ['notifications'] }) };
const shortcuts: ShortcutsApi = {
  list: async () =>
    (await browser.commands.getAll()).map((c) => ({
      name: c.name ?? '',
      description: c.description ?? '',
      shortcut: c.shortcut ?? '',
    })),
  // Extension pages may open Chrome's shortcut page; Firefox has none (the page says where instead).
  openSettings: import.meta.env.FIREFOX
    ? undefined
    : () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' }),
};

async function start() {
  const root = document.getElementById('app');
  if (!root) return;
  const i18n = await startPage({ i18n: browser.i18n, getURL: (p) => browser.runtime.getURL(p as '/'), indexedDB });
  document.title = i18n.t('optionsTitle');
  if (showStorageUnavailable(i18n, root)) return;
  render(
    <I18nContext.Provider value={i18n}>
      <ApiContext.Provider value={send}>
        <OptionsApp
          source={source}
          permissions={permissions}
          shortcuts={shortcuts}
          notifications={notifications}
          timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone}
        />
      </ApiContext.Provider>
    </I18nContext.Provider>,
    root,
  );
}

void start();
