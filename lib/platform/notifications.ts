// Adapter over notifications, an optional permission the counsellor grants
// from the options page (reminders are opt-in). Without it Chrome does not
// even expose the API: nothing is shown, nothing fails.
import type { Browser } from './browser';

export interface Notice {
  title: string;
  message: string;
  /** Chrome shows at most two; Firefox shows none (the notification itself still tells). */
  buttons: string[];
}

export interface Notifier {
  /** Whether the counsellor granted the notifications permission. */
  permitted(): Promise<boolean>;
  show(id: string, notice: Notice): Promise<void>;
  clear(id: string): Promise<void>;
}

export function createNotifier(browser: Browser): Notifier {
  return {
    async permitted() {
      try {
        return await browser.permissions.contains({ permissions: ['notifications'] });
      } catch {
        return false;
      }
    },
    async show(id, { title, message, buttons }) {
      if (!browser.notifications) return;
      await browser.notifications.create(id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title,
        message,
        buttons: buttons.map((b) => ({ title: b })),
      });
    },
    async clear(id) {
      await browser.notifications?.clear(id);
    },
  };
}
