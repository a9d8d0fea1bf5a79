// What the background does with the probe's signals, per tab: classify them
// into friction kinds, keep one friction per kind and tab within the
// deduplication window, attach it to the running entry, time the login
// episode (from the showing of the first page with a login signal to the
// showing of the first page without one: a page is announced at the first
// gesture on it or when it is left, and says how long it had been shown),
// notice FranceConnect loops, and add opt-in site time. All in one transaction.
// A kind the counsellor switched off (settings.detectionOff) is never recorded;
// the login episode is timed all the same.

import type { Clock } from '../core/clock';
import { localDay } from '../core/day-range';
import type { ContretempsDB, ProbeTabRow } from '../db/database';
import { addFriction } from '../db/frictions';
import { readTimer } from '../db/timer-store';
import { readSettings } from '../settings/store';
import { codeChannel, type DerivedSignal, frictionKinds } from './classify';
import type { ProbeSignalMessage } from './messages';
import { LOGIN_SIGNALS, type Signal } from './page/signals';
import { signalsInScope } from './scope';

export const FRANCECONNECT = 'franceconnect';
/** Three visits to FranceConnect from one tab within five minutes: a loop. */
const LOOP_VISITS = 3;
const LOOP_WINDOW_MS = 5 * 60_000;
const TAB_STATE_TTL_MS = 2 * 60 * 60_000;

export interface ProbeInput {
  tabId: number;
  /** Derived by the background from the sender's URL hostname, never from the message. */
  organisationId: string;
  derived: DerivedSignal[];
  message: ProbeSignalMessage;
}

export interface ProbeOutcome {
  siteTime: boolean;
  /** Frictions recorded by this message. */
  detected: string[];
  /** Show the « démarche en cours ? » hint on this tab: a page of a listed site, no timer running. */
  hint: boolean;
}

function freshTab(tabId: number, now: number): ProbeTabRow {
  return {
    tabId,
    loginStartedAt: null,
    episodeFrictionIds: [],
    lastByKind: {},
    franceConnectVisits: [],
    lastCodeChannel: null,
    hinted: false,
    updatedAt: now,
  };
}

export function createProbeService({ db, clock, newId }: { db: ContretempsDB; clock: Clock; newId: () => string }) {
  return function handle({ tabId, organisationId, derived, message }: ProbeInput): Promise<ProbeOutcome> {
    return db.transaction('rw', [db.probeTabs, db.frictions, db.timer, db.settings, db.siteTime], async () => {
      const now = clock.now();
      const settings = await readSettings(db);
      const timer = await readTimer(db);
      const outcome: ProbeOutcome = { siteTime: settings.siteTime, detected: [], hint: false };

      if (message.type === 'probe/time') {
        if (settings.siteTime && message.ms > 0) {
          const key: [string, string] = [localDay(now), organisationId];
          const row = await db.siteTime.get(key);
          await db.siteTime.put({ day: key[0], organisationId, ms: (row?.ms ?? 0) + message.ms });
        }
        return outcome;
      }

      await db.probeTabs
        .where('updatedAt')
        .below(now - TAB_STATE_TTL_MS)
        .delete();
      const tab = (await db.probeTabs.get(tabId)) ?? freshTab(tabId, now);
      const signals = signalsInScope(
        organisationId,
        [...new Set([...message.signals, ...derived])],
        tab.loginStartedAt !== null,
      );
      tab.lastCodeChannel = codeChannel(signals) ?? tab.lastCodeChannel;

      const kinds = frictionKinds(signals, tab.lastCodeChannel);
      const page = message.type === 'probe/page' ? message : null;
      /** When the page was shown (a page message), or when the signal came (a click, a rescan). */
      const at = page ? now - page.shownMs : now;
      const loginish =
        signals.some((s) => LOGIN_SIGNALS.has(s as Signal) || s === 'login_page') || organisationId === FRANCECONNECT;

      if (page && organisationId === FRANCECONNECT) {
        // Visits are dated by their showing: the window is counted back from this one.
        const visits = [...tab.franceConnectVisits, at].sort((a, b) => a - b);
        tab.franceConnectVisits = visits.filter((t) => t > at - LOOP_WINDOW_MS);
        if (tab.franceConnectVisits.length >= LOOP_VISITS) kinds.push('franceconnect_boucle');
      }
      if (loginish) tab.loginStartedAt ??= at;
      else if (page && tab.loginStartedAt !== null) {
        // Left the login and reset pages: the episode's length is the login time.
        const loginMs = Math.max(0, at - tab.loginStartedAt);
        // Each friction of the episode carries its whole time; `episode` lets the statistics count it once.
        const [episode] = tab.episodeFrictionIds;
        for (const id of tab.episodeFrictionIds) await db.frictions.update(id, { loginMs, episode });
        tab.loginStartedAt = null;
        tab.episodeFrictionIds = [];
        tab.franceConnectVisits = [];
      }

      const windowMs = settings.dedupeMinutes * 60_000;
      const off = new Set<string>(settings.detectionOff);
      for (const kind of kinds) {
        if (off.has(kind)) continue;
        const last = tab.lastByKind[kind];
        if (last !== undefined && now - last < windowMs) continue;
        const friction = await addFriction(db, {
          id: newId(),
          at: now,
          organisationId,
          kind,
          detection: 'auto',
          status: 'pending',
          entryId: timer.status === 'idle' ? null : timer.entryId,
          loginMs: null,
        });
        tab.lastByKind[kind] = now;
        if (tab.loginStartedAt !== null) tab.episodeFrictionIds.push(friction.id);
        outcome.detected.push(kind);
      }
      // Not for a page announced as it was left: the hint would land on the tab's next page.
      if (page && !page.left && timer.status === 'idle') {
        tab.hinted = true;
        outcome.hint = true;
      }
      tab.updatedAt = now;
      await db.probeTabs.put(tab);
      return outcome;
    });
  };
}

export type ProbeService = ReturnType<typeof createProbeService>;
