// Receives the content scripts' messages. Whatever a page or a script claims,
// the organisation comes from the hostname of the sender's URL, and the
// message must be one of the probe's strict shapes; anything else is rejected,
// logged once without its content, and changes nothing. A tab sending more
// than a page ever does is cut off for a while (./rate-limit).
import type { HostMatcher } from '../catalogue/match-host';
import { organisationOfUrl } from '../catalogue/match-host';
import type { Clock } from '../core/clock';
import { systemClock } from '../platform/clock';
import type { DerivedSignal } from './classify';
import { ProbeMessageSchema, type ProbeReply, type ProbeWordsReply } from './messages';
import { WORDS } from './page/words';

export type { ProbeReply, ProbeWordsReply };

/** Serialised once: every page of every listed site asks for the same keywords. */
const WORDS_JSON = JSON.stringify(WORDS);

import { createRateLimit } from './rate-limit';
import type { ProbeOutcome, ProbeService } from './service';

export interface ProbeSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface ProbeRouterDeps {
  extensionId: string;
  service: ProbeService;
  /** Host matcher of the enabled organisations and the counsellor's own domains. */
  matcher: () => Promise<HostMatcher>;
  /** Signals the catalogue's URL patterns give for an address (login page, account creation). */
  derive: (organisationId: string, url: string) => DerivedSignal[];
  onOutcome?: (tabId: number, organisationId: string, outcome: ProbeOutcome) => Promise<void>;
  log: (line: string) => void;
  /** For the rate limit; the system clock unless a test gives its own. */
  clock?: Clock;
}

/** Cheap refusal of oversized messages, before any parsing. */
function tooBig(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const keys = Object.keys(raw);
  if (keys.length > 4) return true;
  const signals = (raw as { signals?: unknown }).signals;
  return Array.isArray(signals) && signals.length > 32;
}

export function createProbeRouter(deps: ProbeRouterDeps) {
  const limit = createRateLimit({ clock: deps.clock ?? systemClock, log: deps.log });
  return async function route(raw: unknown, sender: ProbeSender): Promise<ProbeReply | ProbeWordsReply> {
    const tabId = sender.tab?.id;
    if (sender.id !== deps.extensionId || tabId === undefined || !sender.url) {
      deps.log('Contretemps: probe message from an unknown sender ignored');
      return { ok: false };
    }
    if (!limit.allow(tabId)) return { ok: false };
    const organisationId = organisationOfUrl(sender.url, await deps.matcher());
    if (organisationId === null) {
      deps.log('Contretemps: probe message from an unlisted site ignored');
      return { ok: false };
    }
    const parsed = tooBig(raw) ? null : ProbeMessageSchema.safeParse(raw);
    if (!parsed?.success) {
      deps.log('Contretemps: malformed probe message rejected');
      return { ok: false };
    }
    const message = parsed.data;
    // Asked by the page, not a signal: nothing recorded.
    if (message.type === 'probe/words') return { ok: true, words: WORDS_JSON };
    const derived = message.type === 'probe/page' ? deps.derive(organisationId, sender.url) : [];
    const outcome = await deps.service({ tabId, organisationId, derived, message });
    await deps.onOutcome?.(tabId, organisationId, outcome);
    return { ok: true, siteTime: outcome.siteTime };
  };
}
