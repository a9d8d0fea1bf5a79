// Which site a counsellor may add as one of their own. One rule, run twice: by
// the options page before it asks the browser for anything, and by the
// background before it stores the site, so that the browser is never asked for
// (and never made to give back) a site the background would refuse.
import { defaultEnabledOrganisations } from '../catalogue';
import { HOSTNAME } from '../catalogue/hostname';
import { createHostMatcher } from '../catalogue/match-host';
import type { ErrorCode } from '../core/error-codes';
import { suffixVerdict } from './public-suffix';

export type DomainError = Extract<ErrorCode, 'domain_invalid' | 'domain_ip' | 'domain_too_broad' | 'domain_listed'>;

export type DomainCheck = { ok: true; domain: string } | { ok: false; error: DomainError };

const listed = createHostMatcher(defaultEnabledOrganisations());

/** The host of what a counsellor types or pastes: `https://www.LaPoste.net/x` → `www.laposte.net`. */
function hostOf(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (text === '') return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `https://${text}`;
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.hostname.replace(/\.$/, '');
  } catch {
    return null;
  }
}

export function checkCustomDomain(input: string): DomainCheck {
  const host = hostOf(input);
  if (host === null || host === '') return { ok: false, error: 'domain_invalid' };
  // Private-registry suffixes count: `netlify.app` or `avocat.fr` are open to
  // anyone; `monsite.netlify.app` is one site.
  const verdict = suffixVerdict(host);
  if (verdict.isIp) return { ok: false, error: 'domain_ip' };
  if (!HOSTNAME.test(host)) return { ok: false, error: 'domain_invalid' };
  if (verdict.isSuffix) return { ok: false, error: 'domain_too_broad' };
  if (listed(host) !== null) return { ok: false, error: 'domain_listed' };
  return { ok: true, domain: host };
}

/** Every domain the extension has access to from its manifest (listed sites, old addresses included). */
export function listedDomains(): string[] {
  return defaultEnabledOrganisations().flatMap((o) => [...o.domains, ...o.legacyDomains]);
}
