// Adapter over the idle API: after how long without keyboard or mouse the
// browser reports the counsellor idle. It reports states only (active, idle,
// locked), never what was done.
import type { Browser } from './browser';

export type IdleState = 'active' | 'idle' | 'locked';

/** The API accepts 15 seconds at least. */
export function setIdleThreshold(browser: Browser, minutes: number): void {
  browser.idle.setDetectionInterval(Math.max(15, Math.round(minutes * 60)));
}
