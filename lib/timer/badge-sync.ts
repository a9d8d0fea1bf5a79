// Keeps the badge in step with the stored timer. While a timer runs, a
// repeating alarm refreshes it; when none runs, the alarm is cleared so nothing
// wakes the service worker at rest.

import type { Clock } from '../core/clock';
import { elapsedMs, type TimerState } from '../model/timer-state';
import type { RepeatingAlarm } from '../platform/alarms';
import type { Badge } from '../platform/badge';
import { badgeText } from './badge-text';

/** Chrome will not fire alarms more often than every 30 seconds. */
export const BADGE_REFRESH_MINUTES = 0.5;

export function createBadgeSync(deps: { badge: Badge; alarm: RepeatingAlarm; clock: Clock }) {
  const { badge, alarm, clock } = deps;
  return async function sync(state: TimerState): Promise<void> {
    if (state.status === 'idle') {
      await alarm.stop();
      await badge.clear();
      return;
    }
    await badge.show(badgeText(elapsedMs(state, clock.now())), state.status);
    if (state.status === 'running') await alarm.start(BADGE_REFRESH_MINUTES);
    else await alarm.stop();
  };
}
