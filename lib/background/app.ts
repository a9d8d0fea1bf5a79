// Builds the background's services from the browser object and exposes one
// function per browser event. entrypoints/background.ts only subscribes them.

import { defaultEnabledOrganisations } from '../catalogue';
import { createHostMatcher, organisationOfUrl } from '../catalogue/match-host';
import { type ContretempsDB, getDb } from '../db/database';
import { emptyDetails } from '../db/details';
import { createHandlers } from '../messages/handlers';
import { createRouter, type Sender } from '../messages/router';
import { activeTabUrl } from '../platform/active-tab';
import { createRepeatingAlarm } from '../platform/alarms';
import { createBadge } from '../platform/badge';
import type { Browser } from '../platform/browser';
import { randomId, systemClock } from '../platform/clock';
import { createBadgeSync } from '../timer/badge-sync';
import { type Clock, createTimerService } from '../timer/service';

export const BADGE_ALARM = 'badge-refresh';
export const TOGGLE_COMMAND = 'toggle-timer';

export interface BackgroundOptions {
  db?: ContretempsDB;
  clock?: Clock;
  newId?: () => string;
  log?: (line: string) => void;
}

export function createBackgroundApp(browser: Browser, options: BackgroundOptions = {}) {
  const db = options.db ?? getDb();
  const clock = options.clock ?? systemClock;
  const newId = options.newId ?? randomId;
  const log = options.log ?? ((line: string) => console.warn(line));
  const matchHost = createHostMatcher(defaultEnabledOrganisations());
  const timer = createTimerService({ db, clock, newId });
  const syncBadge = createBadgeSync({
    badge: createBadge(browser),
    alarm: createRepeatingAlarm(browser, BADGE_ALARM),
    clock,
  });
  const activeOrganisation = async () => organisationOfUrl(await activeTabUrl(browser), matchHost);
  const pagesOrigin = browser.runtime.getURL('/');
  const route = createRouter({
    handlers: createHandlers({ db, clock, newId, timer, activeOrganisation, onTimerChange: syncBadge }),
    isTrusted: (sender: Sender) =>
      sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(pagesOrigin),
    log,
  });

  return {
    onMessage: (message: unknown, sender: Sender) => route(message, sender),
    /** Service worker (re)started: the badge is rebuilt from the stored timer. */
    refreshBadge: async () => syncBadge(await timer.current()),
    onAlarm: async (alarm: { name: string }) => {
      if (alarm.name === BADGE_ALARM) await syncBadge(await timer.current());
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
      await syncBadge(result.state);
    },
  };
}
