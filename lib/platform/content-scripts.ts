// Adapter over dynamic content-script registration: the probe on the sites the
// counsellor added (the listed sites have it in the manifest). Only https
// pages: a page served over plain http can be altered on the way, and its
// signals would not be the site's. Registering the same patterns again changes
// nothing, so the background may call it at each start to mend a failed try.
import type { Browser } from './browser';

const ID = 'probe-custom-domains';

/** The patterns the probe may run on: https ones only. */
export function probeMatches(patterns: readonly string[]): string[] {
  return patterns.filter((p) => p.startsWith('https://'));
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

export function createProbeRegistration(browser: Browser) {
  return async function register(patterns: string[]): Promise<void> {
    const matches = probeMatches(patterns);
    const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [ID] });
    if (matches.length === 0) {
      if (existing) await browser.scripting.unregisterContentScripts({ ids: [ID] });
      return;
    }
    if (existing && same(existing.matches ?? [], matches)) return;
    const script = {
      id: ID,
      matches,
      js: ['probe.js'],
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    };
    if (existing) await browser.scripting.updateContentScripts([script]);
    else await browser.scripting.registerContentScripts([script]);
  };
}
