// Adapter over the alarms API: a named repeating alarm that can be switched on
// and off. Nothing else in the extension schedules wake-ups.
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
