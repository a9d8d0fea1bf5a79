// Adapter over the toolbar badge (action API, MV3 in Chrome and Firefox).
import type { Browser } from './browser';

export interface Badge {
  show(text: string, tone: 'running' | 'paused'): Promise<void>;
  clear(): Promise<void>;
}

const colours = { running: '#1f5fbf', paused: '#6b6b6b' } as const;

export function createBadge(browser: Browser): Badge {
  return {
    async show(text, tone) {
      await browser.action.setBadgeBackgroundColor({ color: colours[tone] });
      await browser.action.setBadgeText({ text });
    },
    async clear() {
      await browser.action.setBadgeText({ text: '' });
    },
  };
}
