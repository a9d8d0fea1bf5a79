// Adapter over the permissions API: which of the listed origins the browser
// actually grants (Firefox lets the user revoke MV3 host permissions), and
// giving back access the extension no longer needs (no user gesture needed).
import type { Browser } from './browser';

export function createPermissions(browser: Browser) {
  return {
    contains: (origins: string[]) => browser.permissions.contains({ origins }),
    remove: (origins: string[]) => browser.permissions.remove({ origins }),
  };
}
