// Adapter over the extension's own pages and the toolbar button's context
// menu (right click on the icon): « Tableau de bord » opens the dashboard in a
// tab. The menu needs the `contextMenus` permission, which shows no warning at
// install and reads nothing of the pages.
import type { Browser } from './browser';

export const DASHBOARD_MENU_ID = 'open-dashboard';
export const DASHBOARD_PATH = '/dashboard.html';

export interface Pages {
  /** (Re)creates the toolbar button's menu; called at install and update. */
  installMenu(title: string): Promise<void>;
  openDashboard(): Promise<void>;
}

export function createPages(browser: Browser): Pages {
  return {
    async installMenu(title) {
      await browser.contextMenus.removeAll();
      browser.contextMenus.create({ id: DASHBOARD_MENU_ID, title, contexts: ['action'] });
    },
    async openDashboard() {
      await browser.tabs.create({ url: browser.runtime.getURL(DASHBOARD_PATH) });
    },
  };
}
