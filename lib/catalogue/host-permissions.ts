// Match patterns for the manifest: the fewest patterns that cover every domain
// of the given organisations (a pattern `https://*.caf.fr/*` also covers
// `www.caf.fr` and `caf.fr` itself). Used by wxt.config.ts at build time and by
// the options page when a counsellor enables an organisation.
import { domainPattern } from './hostname';
import type { Organisation } from './schema';

export function hostPatterns(orgs: readonly Organisation[]): string[] {
  const domains = new Set<string>();
  for (const org of orgs) for (const d of [...org.domains, ...org.legacyDomains]) domains.add(d);
  const roots = [...domains].filter((d) => ![...domains].some((other) => other !== d && d.endsWith(`.${other}`)));
  return roots.sort().map(domainPattern);
}
