// The probe's keywords in the content script: the build swaps ./words for this
// module (lib/build/probe-script.ts), so the script carries no keyword. At the
// first gesture the probe asks the background for them (`probe/words`, one
// runtime message: asynchronous, next to nothing on the page's main thread).
// Needed before they came (the page left at once), they are read from the
// extension's locale file (`probe_words`, written from ./words) with
// i18n.getMessage: synchronous, but its first call makes the renderer read the
// whole messages bundle (milliseconds). Never at load. Missing both ways, no word matches.
import type { Words } from './words';

declare const chrome: {
  i18n: { getMessage(name: string): string };
  runtime: { sendMessage(message: unknown): Promise<{ words?: string } | undefined> };
};

let cache: Words | undefined;
let asked: Promise<void> | undefined;

export function words(): Words {
  cache ??= JSON.parse(chrome.i18n.getMessage('probe_words') || '{}') as Words;
  return cache;
}

/** Asks the background for the keywords, once; undefined when they are already here. */
export function ask(): Promise<void> | undefined {
  if (cache) return;
  asked ??= ((globalThis as { browser?: typeof chrome }).browser ?? chrome).runtime
    .sendMessage({ type: 'probe/words' })
    .then(
      (reply) => {
        if (reply?.words) cache ??= JSON.parse(reply.words) as Words;
      },
      () => {},
    );
  return asked;
}
