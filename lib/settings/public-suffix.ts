// The Public Suffix List (ICANN and private sections, through tldts): which
// names are suffixes under which anyone may open a site (`gouv.fr`,
// `netlify.app`), and which are IP addresses.
//
// Imported from tldts's own minified ES module rather than its package entry:
// from the entry, the bundler (rolldown) copies the list's 68 KB label string
// into each of the three functions that read it, which tripled the cost in the
// options page and the background (115 KB gzip instead of 49 KB).
import { parse } from 'tldts/dist/index.esm.min.js';

export interface SuffixVerdict {
  isIp: boolean;
  /** The name is itself a public suffix: no one site owns it. */
  isSuffix: boolean;
}

export function suffixVerdict(host: string): SuffixVerdict {
  const parsed = parse(host, { allowPrivateDomains: true });
  return { isIp: parsed.isIp === true, isSuffix: parsed.domain === null };
}
