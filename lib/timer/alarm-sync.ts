// Keeps the timer's two wake-ups in step with the stored timer: the reminder
// (opt-in, while a timer runs) and the end of the working day (while a timer
// runs or is paused). With no timer, both are cleared: nothing wakes the
// service worker at rest. Rebuilt whole from what is stored at each change, so
// a failed attempt is mended by the next one.
import { dayCap, type WorkingDay } from '../core/working-day';
import type { TimerState } from '../model/timer-state';
import type { OneShotAlarm, RepeatingAlarm } from '../platform/alarms';

export interface TimerSchedule {
  workingDay: WorkingDay;
  /** Minutes between reminders, or null when reminders are off or cannot be shown. */
  reminderMinutes: number | null;
}

export function createAlarmSync(deps: { reminder: RepeatingAlarm; endOfDay: OneShotAlarm }) {
  const { reminder, endOfDay } = deps;
  return async function sync(state: TimerState, schedule: TimerSchedule): Promise<void> {
    if (state.status === 'idle') {
      await reminder.stop();
      await endOfDay.stop();
      return;
    }
    await endOfDay.at(dayCap(state.startedAt, schedule.workingDay));
    if (state.status === 'running' && schedule.reminderMinutes !== null) await reminder.start(schedule.reminderMinutes);
    else await reminder.stop();
  };
}
