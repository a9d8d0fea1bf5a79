// Adapter over the alarms API: named alarms, repeating or at one instant, that
// can be switched on and off. Nothing else in the extension schedules wake-ups.
import type { Browser } from './browser';

export interface RepeatingAlarm {
  start(periodMinutes: number): Promise<void>;
  stop(): Promise<void>;
}

export function createRepeatingAlarm(browser: Browser, name: string): RepeatingAlarm {
  return {
    async start(periodMinutes) {
      const existing = await browser.alarms.get(name);
      if (existing?.periodInMinutes === periodMinutes) return;
      await browser.alarms.create(name, { delayInMinutes: periodMinutes, periodInMinutes: periodMinutes });
    },
    async stop() {
      await browser.alarms.clear(name);
    },
  };
}

export interface OneShotAlarm {
  /** Fires once at `when` (epoch ms); setting the same instant again changes nothing. */
  at(when: number): Promise<void>;
  stop(): Promise<void>;
}

export function createOneShotAlarm(browser: Browser, name: string): OneShotAlarm {
  return {
    async at(when) {
      const existing = await browser.alarms.get(name);
      if (existing?.scheduledTime === when && existing.periodInMinutes === undefined) return;
      await browser.alarms.create(name, { when });
    },
    async stop() {
      await browser.alarms.clear(name);
    },
  };
}
