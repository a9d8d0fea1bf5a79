// Builds the background's services from the browser object and exposes one
// function per browser event. entrypoints/background.ts only subscribes them.
import { catalogue, defaultEnabledOrganisations } from '../catalogue';
import { createHostMatcher, type HostMatcher, organisationOfUrl } from '../catalogue/match-host';
import { matchesAny } from '../catalogue/url-patterns';
import { type ContretempsDB, getDb } from '../db/database';
import { emptyDetails } from '../db/details';
import { createHandlers } from '../messages/handlers';
import { createRouter, type Sender } from '../messages/router';
import { activeTabUrl } from '../platform/active-tab';
import { createRepeatingAlarm } from '../platform/alarms';
import { createBadge } from '../platform/badge';
import type { Browser } from '../platform/browser';
import { randomId, systemClock } from '../platform/clock';
import { createProbeRegistration } from '../platform/content-scripts';
import { createPermissions } from '../platform/permissions';
import type { DerivedSignal } from '../probe/classify';
import { createProbeRouter, type ProbeSender } from '../probe/router';
import { createProbeService } from '../probe/service';
import type { Settings } from '../settings/schema';
import { createSettingsService, customPatterns } from '../settings/service';
import { readSettings } from '../settings/store';
import { createBadgeSync } from '../timer/badge-sync';
import { type Clock, createTimerService } from '../timer/service';
import type { TimerState } from '../timer/state';

export const BADGE_ALARM = 'badge-refresh';
export const TOGGLE_COMMAND = 'toggle-timer';

export interface BackgroundOptions {
  db?: ContretempsDB;
  clock?: Clock;
  newId?: () => string;
  log?: (line: string) => void;
}

/** The enabled organisations, plus the sites the counsellor added under an organisation. */
function matcherFor(settings: Settings): HostMatcher {
  const custom = settings.customDomains.map((d) => ({ id: d.organisationId, domains: [d.domain], legacyDomains: [] }));
  return createHostMatcher([...defaultEnabledOrganisations(), ...custom]);
}

function derive(organisationId: string, url: string): DerivedSignal[] {
  const org = catalogue.organisations.find((o) => o.id === organisationId);
  if (!org) return [];
  const out: DerivedSignal[] = [];
  if (matchesAny(url, org.loginPatterns)) out.push('login_page');
  if (matchesAny(url, org.accountCreationPatterns)) out.push('account_creation_page');
  return out;
}

export function createBackgroundApp(browser: Browser, options: BackgroundOptions = {}) {
  const db = options.db ?? getDb();
  const clock = options.clock ?? systemClock;
  const newId = options.newId ?? randomId;
  const log = options.log ?? ((line: string) => console.warn(line));
  const badge = createBadge(browser);
  const timer = createTimerService({ db, clock, newId });
  const syncTimerBadge = createBadgeSync({ badge, alarm: createRepeatingAlarm(browser, BADGE_ALARM), clock });
  const matcher = async () => matcherFor(await readSettings(db));
  const activeOrganisation = async () => organisationOfUrl(await activeTabUrl(browser), await matcher());
  const registerProbe = createProbeRegistration(browser);
  const permissions = createPermissions(browser);
  const settings = createSettingsService({ db, permitted: permissions.contains, onDomainsChange: registerProbe });

  async function onTimerChange(state: TimerState) {
    await syncTimerBadge(state);
    if (state.status === 'idle') return;
    // A running timer owns the badge: remove the per-tab hints.
    const hinted = await db.probeTabs.filter((t) => t.hinted).toArray();
    for (const tab of hinted) {
      await badge.unhint(tab.tabId).catch(() => undefined);
      await db.probeTabs.update(tab.tabId, { hinted: false });
    }
  }

  const pagesOrigin = browser.runtime.getURL('/');
  const routePage = createRouter({
    handlers: createHandlers({ db, clock, newId, timer, activeOrganisation, onTimerChange, settings }),
    isTrusted: (sender: Sender) =>
      sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(pagesOrigin),
    log,
  });
  const routeProbe = createProbeRouter({
    extensionId: browser.runtime.id,
    service: createProbeService({ db, clock, newId }),
    matcher,
    derive,
    log,
    async onOutcome(tabId, organisationId, outcome) {
      if (outcome.timerRunning) return;
      const name = catalogue.organisations.find((o) => o.id === organisationId)?.name;
      const title = browser.i18n.getMessage('hintTitle', [name?.fr ?? organisationId]);
      await badge.hint(tabId, title).catch(() => undefined);
      await db.probeTabs.update(tabId, { hinted: true });
    },
  });

  return {
    onMessage(message: unknown, sender: Sender & ProbeSender) {
      const fromPage = typeof sender.url === 'string' && sender.url.startsWith(pagesOrigin);
      return fromPage ? routePage(message, sender) : routeProbe(message, sender);
    },
    /** Service worker (re)started: the badge is rebuilt from the stored timer. */
    refreshBadge: async () => syncTimerBadge(await timer.current()),
    /** Installed or updated: the probe is registered again on the counsellor's own sites. */
    onInstalled: async () => registerProbe(customPatterns(await readSettings(db))),
    onAlarm: async (alarm: { name: string }) => {
      if (alarm.name === BADGE_ALARM) await syncTimerBadge(await timer.current());
    },
    onCommand: async (command: string) => {
      if (command !== TOGGLE_COMMAND) return;
      const state = await timer.current();
      const result =
        state.status === 'idle'
          ? await timer.apply({
              type: 'start',
              details: { ...emptyDetails, organisationId: await activeOrganisation() },
            })
          : await timer.apply({ type: 'stop' });
      await onTimerChange(result.state);
    },
  };
}
