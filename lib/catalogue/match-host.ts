// Hostname → organisation. Walks the labels of the hostname from the most
// specific to the least, so `fc.assure.ameli.fr` and `ameli.fr` both give Ameli,
// `candidat.pole-emploi.fr` gives France Travail, and `caf.fr.evil.example` gives
// nothing. A lookup costs one map probe per label.
import type { Organisation } from './schema';

export type HostMatcher = (hostname: string) => string | null;

export function createHostMatcher(
  orgs: ReadonlyArray<Pick<Organisation, 'id' | 'domains' | 'legacyDomains'>>,
): HostMatcher {
  const byDomain = new Map<string, string>();
  for (const org of orgs) {
    for (const domain of [...org.domains, ...org.legacyDomains]) byDomain.set(domain, org.id);
  }
  return (hostname) => {
    let host = hostname.trim().toLowerCase();
    if (host.endsWith('.')) host = host.slice(0, -1);
    if (host === '' || host.includes('/') || host.includes(':')) return null;
    const labels = host.split('.');
    // A public suffix alone (`fr`, `gouv.fr`) is never a domain of the catalogue.
    for (let i = 0; i < labels.length - 1; i++) {
      const found = byDomain.get(labels.slice(i).join('.'));
      if (found) return found;
    }
    return null;
  };
}

/** Organisation of a page URL; only web pages (http, https) can belong to one. */
export function organisationOfUrl(url: string | undefined, match: HostMatcher): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return match(parsed.hostname);
}
