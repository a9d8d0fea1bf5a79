// The probe's keywords in the content script: the build swaps ./words for this
// module (lib/build/probe-script.ts), so the script carries no keyword. They
// come from the extension's locale file (`probe_words`, written from ./words),
// read with i18n.getMessage: synchronous, local, asked once, when the page is
// first read (never at load). Missing (a build without them), no word matches.
import type { Words } from './words';

declare const chrome: { i18n: { getMessage(name: string): string } };

let cache: Words | undefined;

export function words(): Words {
  cache ??= JSON.parse(chrome.i18n.getMessage('probe_words') || '{}') as Words;
  return cache;
}
