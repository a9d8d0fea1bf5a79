// The catalogue's URL patterns (`host/path?query`, `*` for any run of
// characters) matched against a page address. Used in memory by the
// background to recognise login and account-creation pages; addresses are
// never stored.
const cache = new Map<string, RegExp>();

function compile(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    const body = pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    re = new RegExp(`^(?:[a-z0-9-]+\\.)*${body}$`, 'i');
    cache.set(pattern, re);
  }
  return re;
}

export function matchesUrlPattern(url: string, pattern: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // A pattern matches the addresses that start with it.
  return compile(`${pattern}*`).test(`${parsed.hostname}${parsed.pathname}${parsed.search}${parsed.hash}`);
}

export function matchesAny(url: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => matchesUrlPattern(url, p));
}
