// The dashboard page: the week (or a few weeks) at a glance, read live from
// IndexedDB in the machine's time zone; corrections are asked of the
// background like everywhere else. The week shown is kept in the address
// (`#2026-W48`), so a reload or a printed page stays on it.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ApiContext, sendOver } from '../../components/api';
import { I18nContext } from '../../components/i18n';
import { getDb } from '../../lib/db/database';
import { watchPeriod } from '../../lib/db/period';
import { browserTranslator, langOf } from '../../lib/i18n/translator';
import { DashboardApp, type PeriodSource } from './App';
import { weekIdOfHash } from './address';
import '../../components/styles.css';
import '../../components/charts/charts.css';
import '../../components/dashboard/dashboard.css';

const t = browserTranslator(browser.i18n);
const send = sendOver((request) => browser.runtime.sendMessage(request));
const source: PeriodSource = { watch: (period, onChange, onError) => watchPeriod(getDb(), period, onChange, onError) };
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

document.documentElement.lang = langOf(t);
document.title = t('dashboardTitle');
const root = document.getElementById('app');
if (root) {
  render(
    <I18nContext.Provider value={{ t, lang: langOf(t) }}>
      <ApiContext.Provider value={send}>
        <DashboardApp
          source={source}
          timeZone={timeZone}
          now={Date.now}
          initialWeek={weekIdOfHash(location.hash)}
          onWeek={(id) => history.replaceState(null, '', `#${id}`)}
          openOptions={() => void browser.runtime.openOptionsPage()}
          print={() => window.print()}
        />
      </ApiContext.Provider>
    </I18nContext.Provider>,
    root,
  );
}
