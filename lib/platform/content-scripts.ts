// Adapter over dynamic content-script registration: the probe on the sites the
// counsellor added (the listed sites have it in the manifest). Only https
// pages: a page served over plain http can be altered on the way, and its
// signals would not be the site's. Registering the same patterns again changes
// nothing, so the background may call it at each start to mend a failed try.
// The listed sites are excluded: a counsellor's site may contain one
// (`laposte.fr` holds `lidentitenumerique.laposte.fr`), whose pages already
// have the manifest's probe, and two probes on one page would count it twice.
import type { Browser } from './browser';

const ID = 'probe-custom-domains';

/** The patterns the probe may run on: https ones only. */
export function probeMatches(patterns: readonly string[]): string[] {
  return patterns.filter((p) => p.startsWith('https://'));
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

/** `listed`: the manifest's patterns, where the probe already runs. */
export function createProbeRegistration(browser: Browser, listed: readonly string[]) {
  const excludeMatches = [...listed];
  return async function register(patterns: string[]): Promise<void> {
    const matches = probeMatches(patterns);
    const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [ID] });
    if (matches.length === 0) {
      if (existing) await browser.scripting.unregisterContentScripts({ ids: [ID] });
      return;
    }
    if (existing && same(existing.matches ?? [], matches) && same(existing.excludeMatches ?? [], excludeMatches)) {
      return;
    }
    const script = {
      id: ID,
      matches,
      excludeMatches,
      js: ['probe.js'],
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    };
    if (existing) await browser.scripting.updateContentScripts([script]);
    else await browser.scripting.registerContentScripts([script]);
  };
}
