// The dashboard page: the week (or a few weeks) at a glance, read live from
// IndexedDB in the machine's time zone; corrections are asked of the
// background like everywhere else. The week shown is kept in the address
// (`#2026-W48`), so a reload or a printed page stays on it; so is the team or
// verification view (`#equipe`, `#verifier`).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ApiContext, sendOver } from '../../components/api';
import { I18nContext } from '../../components/i18n';
import { startPage } from '../../components/page-start';
import { showStorageUnavailable } from '../../components/StorageUnavailable';
import { DB_NAME } from '../../lib/db/name';
import { readPeriodRaw } from '../../lib/db/raw-period';
import { DashboardApp, type PeriodSource } from './App';
import { weekIdOfHash } from './address';
import { Shell, VIEW_HASH, viewOfHash } from './Shell';
import '../../components/styles.css';
import '../../components/charts/charts.css';
import '../../components/dashboard/dashboard.css';

const send = sendOver((request) => browser.runtime.sendMessage(request));
/**
 * A period is read first with the bare IndexedDB API (the figures come before
 * Dexie is even loaded), then followed live by Dexie; once Dexie has answered,
 * the first read, older, is not shown.
 */
const source: PeriodSource = {
  watch(period, onChange, onError) {
    let stop: (() => void) | undefined;
    let cancelled = false;
    let live = false;
    void readPeriodRaw(indexedDB, DB_NAME, period).then(
      (first) => {
        if (first && !cancelled && !live) onChange(first);
      },
      () => {},
    );
    void Promise.all([import('../../lib/db/database'), import('../../lib/db/period')]).then(
      ([{ getDb }, { watchPeriod }]) => {
        if (cancelled) return;
        stop = watchPeriod(
          getDb(),
          period,
          (data) => {
            live = true;
            onChange(data);
          },
          onError,
        );
      },
      onError,
    );
    return () => {
      cancelled = true;
      stop?.();
    };
  },
};
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

async function start() {
  const root = document.getElementById('app');
  if (!root) return;
  const i18n = await startPage({ i18n: browser.i18n, getURL: (p) => browser.runtime.getURL(p as '/'), indexedDB });
  document.title = i18n.t('dashboardTitle');
  if (showStorageUnavailable(i18n, root)) return;
  render(
    <I18nContext.Provider value={i18n}>
      <ApiContext.Provider value={send}>
        <Shell
          initial={viewOfHash(location.hash)}
          onView={(view) =>
            history.replaceState(null, '', view === 'weeks' ? location.pathname : `#${VIEW_HASH[view]}`)
          }
          weeks={
            <DashboardApp
              source={source}
              timeZone={timeZone}
              now={Date.now}
              initialWeek={weekIdOfHash(location.hash)}
              onWeek={(id) => history.replaceState(null, '', `#${id}`)}
              openOptions={() => void browser.runtime.openOptionsPage()}
              print={() => window.print()}
            />
          }
        />
      </ApiContext.Provider>
    </I18nContext.Provider>,
    root,
  );
}

void start();
