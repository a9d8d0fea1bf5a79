// Adapter over dynamic content-script registration: the probe on the sites the
// counsellor added (the listed sites have it in the manifest).
import type { Browser } from './browser';

const ID = 'probe-custom-domains';

export function createProbeRegistration(browser: Browser) {
  return async function register(patterns: string[]): Promise<void> {
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ID] });
    if (patterns.length === 0) {
      if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [ID] });
      return;
    }
    const script = {
      id: ID,
      matches: patterns,
      js: ['probe.js'],
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    };
    if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
    else await browser.scripting.registerContentScripts([script]);
  };
}
