// The friction probe, injected on the listed sites only: wxt.config.ts declares
// probe.js as a content script whose matches are the enabled organisations'
// domains, and lib/platform/content-scripts registers it on the counsellor's
// own. It is bundled by lib/build/probe-script.ts, not by WXT, and calls the
// extension API directly rather than through the polyfill, to stay within its
// 3 KB (gzip) budget: runtime.sendMessage returns a promise natively in Chrome
// and Firefox (MV3). It may import lib/probe/page/ only: nothing else ships in
// the page. The API is looked up when a message is sent, not at load (see
// lib/probe/page/run).
import { type ProbeMessage, type ProbeReply, startProbe } from '../lib/probe/page/run';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

// The background answers each probe message as lib/probe/messages.ts says.
startProbe(
  window,
  (message: ProbeMessage) =>
    ((globalThis as { browser?: typeof chrome }).browser ?? chrome).runtime.sendMessage(message) as Promise<
      ProbeReply | undefined
    >,
);
