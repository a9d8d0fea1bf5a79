// Adapter over the toolbar badge (action API, MV3 in Chrome and Firefox).
import type { Browser } from './browser';

export interface Badge {
  show(text: string, tone: 'running' | 'paused'): Promise<void>;
  clear(): Promise<void>;
  /** A hint on one tab only: a procedure may be under way on this listed site. */
  hint(tabId: number, title: string): Promise<void>;
  /** Back to the global badge on that tab. */
  unhint(tabId: number): Promise<void>;
}

const colours = { running: '#1f5fbf', paused: '#6b6b6b', hint: '#b35c00' } as const;
export const HINT = '?';

export function createBadge(browser: Browser): Badge {
  return {
    async show(text, tone) {
      await browser.action.setBadgeBackgroundColor({ color: colours[tone] });
      await browser.action.setBadgeText({ text });
    },
    async clear() {
      await browser.action.setBadgeText({ text: '' });
    },
    async hint(tabId, title) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: colours.hint });
      await browser.action.setBadgeText({ tabId, text: HINT });
      await browser.action.setTitle({ tabId, title });
    },
    async unhint(tabId) {
      // null, not '': the tab falls back to the global badge (the running timer).
      await browser.action.setBadgeText({ tabId, text: null as unknown as string });
      await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitle') });
    },
  };
}
