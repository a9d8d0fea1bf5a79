// Hostnames and the host-permission pattern of a site, Zod-free (the options
// page and the catalogue's schema share them).

/** A hostname such as `www.caf.fr`: labels of letters, digits and hyphens, a top-level domain of letters. */
export const HOSTNAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The match pattern that covers a site and its subdomains: `https://*.caf.fr/*`. */
export function domainPattern(domain: string): string {
  return `https://*.${domain}/*`;
}
