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

/**
 * Organisation of a page URL. Only https pages belong to one: the listed sites
 * serve nothing else, and a plain http page (which anyone on the network can
 * forge) must not pre-select an organisation or speak for one.
 */
export function organisationOfUrl(url: string | undefined, match: HostMatcher): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  return match(parsed.hostname);
}
