// Builds the background's services from the browser object and exposes one
// function per browser event. entrypoints/background.ts only subscribes them,
// without waiting: so every event function here logs its own failure (once, by
// name only) instead of leaving it to an unheard rejection.
import { defaultEnabledOrganisations, labelFor } from '../catalogue';
import { hostPatterns } from '../catalogue/host-permissions';
import { domainPattern } from '../catalogue/hostname';
import { createHostMatcher, type HostMatcher, organisationOfUrl } from '../catalogue/match-host';
import { afterCommit, errorName } from '../core/after-commit';
import type { Clock } from '../core/clock';
import { retentionCutoff } from '../core/retention-cutoff';
import { type ContretempsDB, getDb } from '../db/database';
import { emptyDetails } from '../db/details';
import { purgeOlderThan } from '../db/retention';
import { logManualFriction } from '../frictions/log-friction';
import { browserTranslator, langOf } from '../i18n/translator';
import { createHandlers } from '../messages/handlers';
import { createRouter, type Sender } from '../messages/router';
import { elapsedMs, type TimerState } from '../model/timer-state';
import { activeTabUrl } from '../platform/active-tab';
import { createOneShotAlarm, createRepeatingAlarm } from '../platform/alarms';
import { createBadge } from '../platform/badge';
import type { Browser } from '../platform/browser';
import { randomId, systemClock } from '../platform/clock';
import { createProbeRegistration } from '../platform/content-scripts';
import { type IdleState, setIdleThreshold } from '../platform/idle';
import { createNotifier } from '../platform/notifications';
import { createPages, DASHBOARD_MENU_ID } from '../platform/pages';
import { createPermissions } from '../platform/permissions';
import { deriveSignals } from '../probe/derive';
import { createProbeRouter, type ProbeReply, type ProbeSender } from '../probe/router';
import { createProbeService } from '../probe/service';
import { listedDomains } from '../settings/domain-rule';
import { mayRevoke } from '../settings/revocable';
import { type Settings, workingDayOf } from '../settings/schema';
import { createSettingsService, customPatterns } from '../settings/service';
import { readSettings } from '../settings/store';
import { createAlarmSync } from '../timer/alarm-sync';
import { createBadgeSync } from '../timer/badge-sync';
import { badgeText } from '../timer/badge-text';
import { createTimerService } from '../timer/service';

export const BADGE_ALARM = 'badge-refresh';
export const REMINDER_ALARM = 'timer-reminder';
export const END_OF_DAY_ALARM = 'end-of-day';
/** Once a day, the records older than the retention period are deleted (lib/db/retention). */
export const RETENTION_ALARM = 'retention-purge';
export const RETENTION_PERIOD_MINUTES = 24 * 60;
export const REMINDER_NOTIFICATION = 'timer-reminder';
export const TOGGLE_COMMAND = 'toggle-timer';
/**
 * The badge alarm fires every 30 seconds while a timer runs: a longer silence
 * means the computer slept (or the browser was closed), and that time awaits
 * the counsellor's decision. Chrome may delay an alarm by a minute.
 */
export const SLEEP_GAP_MS = 3 * 60_000;
export const PAUSE_COMMAND = 'pause-timer';
export const FRICTION_COMMAND = 'log-friction';
/**
 * What the friction shortcut logs: a shortcut cannot ask which difficulty it
 * was, so it claims nothing more precise than « autre » (the counsellor keeps
 * the conversation going; the popup lists it, to correct or remove).
 */
export const SHORTCUT_FRICTION_KIND = 'autre';

export interface BackgroundOptions {
  db?: ContretempsDB;
  clock?: Clock;
  newId?: () => string;
  log?: (line: string) => void;
}

/**
 * The organisations the counsellor left on, plus the sites they added under an
 * organisation (not under one switched off). A switched-off organisation's
 * pages match nothing: the manifest's probe still runs there, but the probe
 * router ignores its messages and answers `ok: false`, so nothing is timed or
 * recorded.
 */
export function matcherOf(settings: Settings): HostMatcher {
  const off = new Set(settings.organisationsOff);
  const custom = settings.customDomains.map((d) => ({ id: d.organisationId, domains: [d.domain], legacyDomains: [] }));
  return createHostMatcher([...defaultEnabledOrganisations(), ...custom].filter((o) => !off.has(o.id)));
}

/** matcherOf, rebuilt only when those settings change, not on every message. */
function cachedMatcher(): (settings: Settings) => HostMatcher {
  let key: string | undefined;
  let matcher: HostMatcher | undefined;
  return (settings) => {
    const next = JSON.stringify([settings.customDomains, settings.organisationsOff]);
    if (matcher === undefined || next !== key) {
      matcher = matcherOf(settings);
      key = next;
    }
    return matcher;
  };
}

export function createBackgroundApp(browser: Browser, options: BackgroundOptions = {}) {
  const db = options.db ?? getDb();
  const clock = options.clock ?? systemClock;
  const newId = options.newId ?? randomId;
  const log = options.log ?? ((line: string) => console.warn(line));
  const badge = createBadge(browser);
  const timer = createTimerService({
    db,
    clock,
    newId,
    workingDay: async () => workingDayOf(await readSettings(db)),
  });
  const syncTimerBadge = createBadgeSync({ badge, alarm: createRepeatingAlarm(browser, BADGE_ALARM), clock });
  const syncTimerAlarms = createAlarmSync({
    reminder: createRepeatingAlarm(browser, REMINDER_ALARM),
    endOfDay: createOneShotAlarm(browser, END_OF_DAY_ALARM),
  });
  const notifier = createNotifier(browser);
  const pages = createPages(browser);
  /** Reminders are shown only if the counsellor turned them on and granted notifications. */
  const remindersOn = async (s: Settings) => s.remindersEnabled && (await notifier.permitted());
  const matcherFor = cachedMatcher();
  const matcher = async () => matcherFor(await readSettings(db));
  const activeOrganisation = async () => organisationOfUrl(await activeTabUrl(browser), await matcher());
  const registerProbe = createProbeRegistration(browser, hostPatterns(defaultEnabledOrganisations()));
  const permissions = createPermissions(browser);
  const settings = createSettingsService({
    db,
    permitted: permissions.contains,
    onDomainsChange: () => syncProbe(),
    log,
    newId,
  });
  /**
   * The probe goes to the sites added whose access the browser grants (a restored backup may name
   * others). One registration at a time, each reading the settings when its turn comes: a site added
   * while access is being granted is never dropped by a registration that read the settings before.
   */
  let probeQueue: Promise<void> = Promise.resolve();
  const syncProbe = (): Promise<void> => {
    const turn = probeQueue.then(async () => {
      const granted: string[] = [];
      for (const pattern of customPatterns(await readSettings(db))) {
        if (await permissions.contains([pattern])) granted.push(pattern);
      }
      await registerProbe(granted);
    });
    probeQueue = turn.catch(() => undefined);
    return turn;
  };

  /** Runs an event's work; a failure is logged once, by name only (the event may carry an address). */
  async function logged(what: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      log(`Contretemps: ${what} failed: ${errorName(error)}`);
    }
  }

  async function syncAlarms(state: TimerState) {
    const s = await readSettings(db);
    await syncTimerAlarms(state, {
      workingDay: workingDayOf(s),
      reminderMinutes: (await remindersOn(s)) ? s.reminderMinutes : null,
    });
  }

  async function onTimerChange(state: TimerState) {
    await syncTimerBadge(state);
    await syncAlarms(state);
    if (state.status !== 'running') await notifier.clear(REMINDER_NOTIFICATION).catch(() => undefined);
    if (state.status === 'idle') return;
    // A running timer owns the badge: remove the per-tab hints.
    const hinted = db.probeTabs.filter((t) => t.hinted);
    // A hinted tab may have been closed since: nothing left to give back there.
    for (const tab of await hinted.toArray()) await badge.unhint(tab.tabId).catch(() => undefined);
    await hinted.modify({ hinted: false });
  }

  /** The idle threshold, the timer's alarms and the probe's sites (a restore brings them) follow the settings. */
  async function onSettingsChange(s: Settings) {
    setIdleThreshold(browser, s.idleMinutes);
    await syncAlarms(await timer.current());
    await syncProbe();
  }

  /**
   * « Tout effacer »: the probe leaves the sites the counsellor had added, and the browser's access to
   * them goes back (least privilege: the extension is as new), unless giving it back would also
   * withdraw a listed site's access (lib/settings/revocable).
   */
  async function onErased(erased: Settings) {
    await afterCommit('probe registration', syncProbe, log);
    await afterCommit(
      'added sites access',
      async () => {
        // Sites that keep their access: the listed ones, and any added again since the erase.
        const kept = [...listedDomains(), ...(await readSettings(db)).customDomains.map((d) => d.domain)];
        const origins = erased.customDomains.map((d) => d.domain).filter((d) => mayRevoke(d, kept));
        if (origins.length > 0) await permissions.remove(origins.map(domainPattern));
      },
      log,
    );
  }

  /** Applies a timer event from the background itself, then lets the badge and alarms follow. */
  async function applyAndFollow(event: Parameters<typeof timer.apply>[0]) {
    const result = await timer.apply(event);
    if (result.ok) await afterCommit('badge and alarm', () => onTimerChange(result.state), log);
    return result;
  }

  async function remind() {
    const state = await timer.current();
    if (state.status !== 'running' || !(await remindersOn(await readSettings(db)))) return;
    const t = browserTranslator(browser.i18n);
    await notifier.show(REMINDER_NOTIFICATION, {
      title: t('reminderTitle'),
      message: t('reminderMessage', badgeText(elapsedMs(state, clock.now()))),
      buttons: [t('reminderStop'), t('reminderContinue')],
    });
  }

  /** The timer event a shortcut stands for in this state; null when it has nothing to do. */
  async function shortcutEvent(command: string, state: TimerState): Promise<Parameters<typeof timer.apply>[0] | null> {
    if (command === TOGGLE_COMMAND) {
      if (state.status !== 'idle') return { type: 'stop' };
      return { type: 'start', details: { ...emptyDetails, organisationId: await activeOrganisation() } };
    }
    if (command === PAUSE_COMMAND && state.status !== 'idle') {
      return { type: state.status === 'running' ? 'pause' : 'resume' };
    }
    return null;
  }

  const lang = langOf(browserTranslator(browser.i18n));
  const pagesOrigin = browser.runtime.getURL('/');
  const routePage = createRouter({
    handlers: createHandlers({
      db,
      clock,
      newId,
      timer,
      activeOrganisation,
      onTimerChange,
      settings,
      onSettingsChange,
      onErased,
      log,
    }),
    isTrusted: (sender: Sender) =>
      sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(pagesOrigin),
    log,
  });
  const routeProbe = createProbeRouter({
    extensionId: browser.runtime.id,
    clock,
    service: createProbeService({ db, clock, newId }),
    matcher,
    derive: deriveSignals,
    log,
    async onOutcome(tabId, organisationId, outcome) {
      if (!outcome.hint) return;
      const title = browser.i18n.getMessage('hintTitle', [labelFor('organisations', organisationId, lang)]);
      await afterCommit('tab hint', () => badge.hint(tabId, title), log);
    },
  });

  return {
    onMessage(message: unknown, sender: Sender & ProbeSender) {
      const fromPage = typeof sender.url === 'string' && sender.url.startsWith(pagesOrigin);
      if (fromPage) return routePage(message, sender);
      return routeProbe(message, sender).catch((error: unknown): ProbeReply => {
        log(`Contretemps: probe message failed: ${errorName(error)}`);
        return { ok: false };
      });
    },
    /**
     * Service worker (re)started: a timer past its working day is stopped at
     * its end (an alarm missed while the browser was closed); a silence longer
     * than a late alarm awaits the counsellor's decision (the browser may start
     * without telling onStartup, as it does for an extension loaded unpacked);
     * the badge and the alarms are rebuilt from the stored timer.
     */
    refreshBadge: () =>
      logged('badge refresh', async () => {
        await timer.apply({ type: 'end-of-day' });
        const { state } = await timer.apply({ type: 'seen', gapMs: SLEEP_GAP_MS });
        await onTimerChange(state);
      }),
    /**
     * Installed, updated or (re)started: the probe is registered again on the
     * counsellor's own sites, which also mends a registration that failed
     * after a site was added or removed.
     */
    syncProbe: () => logged('probe registration', syncProbe),
    /** Installed or updated: the toolbar button's menu gets its « Tableau de bord » item. */
    installMenu: () =>
      logged('toolbar menu', () => pages.installMenu(browserTranslator(browser.i18n)('openDashboard'))),
    onMenuClick: (menuItemId: string | number) =>
      logged('toolbar menu click', async () => {
        if (menuItemId === DASHBOARD_MENU_ID) await pages.openDashboard();
      }),
    onAlarm: (alarm: { name: string }) =>
      logged(`alarm ${alarm.name}`, async () => {
        if (alarm.name === BADGE_ALARM) {
          // Each refresh also tells the timer the background is alive: a long silence was a sleep.
          const seen = await timer.apply({ type: 'seen', gapMs: SLEEP_GAP_MS });
          await syncTimerBadge(seen.state);
        } else if (alarm.name === END_OF_DAY_ALARM) {
          await applyAndFollow({ type: 'end-of-day' });
        } else if (alarm.name === REMINDER_ALARM) {
          await remind();
        } else if (alarm.name === RETENTION_ALARM) {
          await purgeOlderThan(db, retentionCutoff(clock.now(), (await readSettings(db)).retentionMonths));
        }
      }),
    /**
     * The browser started again: a timer past its working day is stopped at
     * its end; one still within it asks how much of the time closed counts.
     */
    onStartup: () =>
      logged('browser start', async () => {
        await applyAndFollow({ type: 'end-of-day' });
        await applyAndFollow({ type: 'restarted', gapMs: SLEEP_GAP_MS });
      }),
    /**
     * Worker start: the daily retention alarm exists (an alarm, not a timer in
     * the worker, which would keep it awake; an alarm missed while the browser
     * was closed fires at its next start). The cutoff is computed in local
     * calendar days when it fires, so a daylight-saving change moves nothing.
     */
    syncRetention: () =>
      logged('retention alarm', () => createRepeatingAlarm(browser, RETENTION_ALARM).start(RETENTION_PERIOD_MINUTES)),
    /** Sets the idle threshold from the settings (worker start). */
    syncIdle: () =>
      logged('idle threshold', async () => setIdleThreshold(browser, (await readSettings(db)).idleMinutes)),
    /** Idle or locked while a timer runs: recorded; back: the time away awaits the counsellor's decision. */
    onIdleState: (idle: IdleState) =>
      logged('idle state', async () => {
        if (idle === 'active') {
          await timer.apply({ type: 'back' });
          return;
        }
        const since = idle === 'idle' ? clock.now() - (await readSettings(db)).idleMinutes * 60_000 : clock.now();
        await timer.apply({ type: 'away', kind: idle, since });
      }),
    /** « Arrêter » stops the timer now (flagged if it ran too long); « Continuer » only closes the reminder. */
    onNotificationButton: (notificationId: string, buttonIndex: number) =>
      logged('reminder answer', async () => {
        if (notificationId !== REMINDER_NOTIFICATION) return;
        await notifier.clear(REMINDER_NOTIFICATION);
        if (buttonIndex === 0) await applyAndFollow({ type: 'stop' });
      }),
    onCommand: (command: string) =>
      logged('keyboard shortcut', async () => {
        const state = await timer.current();
        if (command === FRICTION_COMMAND) {
          // Like the popup's buttons: a running timer gives its organisation, otherwise the tab in front does.
          const organisationId = state.status === 'idle' ? await activeOrganisation() : null;
          await logManualFriction({ db, clock, newId }, { kind: SHORTCUT_FRICTION_KIND, organisationId });
          return;
        }
        const event = await shortcutEvent(command, state);
        if (event === null) return;
        await applyAndFollow(event);
      }),
  };
}
