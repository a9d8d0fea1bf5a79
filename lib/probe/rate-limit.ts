// How many messages a tab's probe may send: a bucket of BURST messages per tab,
// refilled at RATE_PER_SECOND. A real page sends far less: one announcement per
// page or view (a gesture or the leaving of the page makes it), each of the
// thirteen signals at most once per page (three or four in practice), and site
// time every two minutes. Twenty covers a burst such as a FranceConnect
// redirection chain, several pages within seconds, each announced as it is
// left; one a second, sustained, is more than a counsellor's pace through
// pages. Beyond, messages are dropped before they are read: a page cannot
// flood the database or the log. Drops are counted per tab and logged at most
// once per tab per minute, not once per message.
import type { Clock } from '../core/clock';

export const BURST = 20;
export const RATE_PER_SECOND = 1;
const LOG_EVERY_MS = 60_000;
/** Tabs tracked before the idle ones (full buckets) are forgotten. */
const MAX_TABS = 200;

interface Bucket {
  tokens: number;
  at: number;
  /** Messages dropped since the tab was first heard (or forgotten as idle), said in the log. */
  dropped: number;
  loggedAt: number;
}

export function createRateLimit({ clock, log }: { clock: Clock; log: (line: string) => void }) {
  const tabs = new Map<number, Bucket>();

  function refill(bucket: Bucket, now: number) {
    // A clock set back gives nothing: elapsed time is never negative.
    bucket.tokens = Math.min(BURST, bucket.tokens + (Math.max(0, now - bucket.at) * RATE_PER_SECOND) / 1000);
    bucket.at = now;
  }

  function forgetIdle(now: number) {
    for (const [tabId, bucket] of tabs) {
      refill(bucket, now);
      if (bucket.tokens >= BURST) tabs.delete(tabId);
    }
  }

  return {
    /** Whether this tab may send one more message now; counts the drop and logs it if not. */
    allow(tabId: number): boolean {
      const now = clock.now();
      if (!tabs.has(tabId) && tabs.size >= MAX_TABS) forgetIdle(now);
      const bucket = tabs.get(tabId) ?? { tokens: BURST, at: now, dropped: 0, loggedAt: -Infinity };
      tabs.set(tabId, bucket);
      refill(bucket, now);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return true;
      }
      bucket.dropped += 1;
      if (now - bucket.loggedAt >= LOG_EVERY_MS) {
        bucket.loggedAt = now;
        log(`Contretemps: probe messages over the rate limit dropped (tab ${tabId}, ${bucket.dropped} so far)`);
      }
      return false;
    },
  };
}
