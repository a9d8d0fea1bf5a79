// The friction probe, injected on the listed sites only: wxt.config.ts declares
// it as a content script whose matches are the enabled organisations' domains.
// It is an unlisted script rather than a WXT content script, and it calls the
// extension API directly rather than through the polyfill, to stay tiny:
// runtime.sendMessage returns a promise natively in Chrome and Firefox (MV3).
// The API is looked up when a message is sent, not at load (see lib/probe/run).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { type ProbeMessage, startProbe } from '../lib/probe/run';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export default defineUnlistedScript(() => {
  startProbe(window, (message: ProbeMessage) =>
    ((globalThis as { browser?: typeof chrome }).browser ?? chrome).runtime.sendMessage(message),
  );
});
