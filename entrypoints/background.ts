// Background wiring: subscribes browser events to the services of lib/. No
// logic here. Listeners are registered synchronously so that an event that
// wakes the service worker is delivered. The app's event functions log their
// own failures, so none is waited for here.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundApp } from '../lib/background/app';

export default defineBackground({
  type: 'module',
  main() {
    const app = createBackgroundApp(browser);
    browser.runtime.onMessage.addListener((message, sender) => app.onMessage(message, sender));
    browser.alarms.onAlarm.addListener((alarm) => void app.onAlarm(alarm));
    browser.commands.onCommand.addListener((command) => void app.onCommand(command));
    browser.runtime.onInstalled.addListener(() => {
      void app.syncProbe();
      void app.installMenu();
    });
    browser.contextMenus.onClicked.addListener((info) => void app.onMenuClick(info.menuItemId));
    browser.runtime.onStartup.addListener(() => void app.onStartup());
    browser.idle.onStateChanged.addListener((state) => void app.onIdleState(state));
    // The notifications API exists only once the counsellor granted it (optional
    // permission): listened to at start if granted, or as soon as it is.
    let remindersHeard = false;
    const hearReminders = () => {
      if (remindersHeard || !browser.notifications) return;
      browser.notifications.onButtonClicked.addListener((id, index) => void app.onNotificationButton(id, index));
      remindersHeard = true;
    };
    hearReminders();
    browser.permissions.onAdded.addListener(() => {
      hearReminders();
      // The reminder's alarm follows the new permission, and the probe a site's access given again.
      void app.refreshBadge();
      void app.syncProbe();
    });
    void app.refreshBadge();
    void app.syncProbe();
    void app.syncIdle();
    void app.syncRetention();
  },
});
