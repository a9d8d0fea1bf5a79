// Whether the options page may give back the browser's access to a custom site.
// Chromium withdraws every granted origin a removed pattern covers: removing
// `https://*.gouv.fr/*` also withdraws the listed `https://*.impots.gouv.fr/*`
// until the browser restarts. So access to a site is given back only when no
// site that must keep access (a listed site, another custom site) is the same
// site, lies under it, or contains it.

/** `a` and `b` are the same site, or one is a subdomain of the other. */
function overlaps(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/**
 * True when withdrawing the access pattern of `domain` costs no other site its
 * access. `kept`: the domains that must keep theirs (listed sites and the other
 * custom sites).
 */
export function mayRevoke(domain: string, kept: readonly string[]): boolean {
  return !kept.some((other) => overlaps(domain, other));
}
