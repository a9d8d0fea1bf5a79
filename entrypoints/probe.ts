// The friction probe, injected on the listed sites only: wxt.config.ts declares
// it as a content script whose matches are the enabled organisations' domains.
// It is an unlisted script rather than a WXT content script, and it calls the
// extension API directly rather than through the polyfill, to stay tiny:
// runtime.sendMessage returns a promise natively in Chrome and Firefox (MV3).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { type ProbeMessage, startProbe } from '../lib/probe/run';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export default defineUnlistedScript(() => {
  const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
  startProbe(document, (message: ProbeMessage) => api.runtime.sendMessage(message));
});
