// Adapter over the permissions API: which of the listed origins the browser
// actually grants (Firefox lets the user revoke MV3 host permissions).
import type { Browser } from './browser';

export function createPermissions(browser: Browser) {
  return {
    contains: (origins: string[]) => browser.permissions.contains({ origins }),
  };
}
