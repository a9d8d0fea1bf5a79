// The working day as the timer should know it: when a forgotten timer stops
// itself, how long a procedure may run before stopping asks when it really
// ended, how long away from the screen counts as away, and the opt-in
// reminder (a notification, so the browser's permission is asked first).
import { useState } from 'preact/hooks';
import type { Settings } from '../lib/settings/schema';
import { ErrorMessage } from './ErrorMessage';
import { wholeNumberIn } from './format';
import { useI18n } from './i18n';
import { NumberField } from './NumberField';
import { useAction } from './use-action';

export interface NotificationPermissionApi {
  /** Asks the browser for notifications; true once granted. */
  request(): Promise<boolean>;
}

type Field = 'endOfDay' | 'maxEntryHours' | 'idleMinutes' | 'reminderMinutes';

const END_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

export function WorkingDay({
  settings,
  notifications,
}: {
  settings: Settings;
  notifications: NotificationPermissionApi;
}) {
  const { t } = useI18n();
  const { run, error, setError, busy } = useAction();
  /** What the counsellor is typing, per field; absent shows the stored value. */
  const [typed, setTyped] = useState<Partial<Record<Field, string>>>({});
  const shown = (field: Field) => typed[field] ?? String(settings[field]);
  const type = (field: Field) => (text: string) => setTyped({ ...typed, [field]: text });
  const number = (field: Exclude<Field, 'endOfDay'>, id: string, min: number, max: number) => (
    <div class="field">
      <NumberField id={id} label={t(`${field}Label`)} min={min} max={max} value={shown(field)} onInput={type(field)} />
    </div>
  );

  async function save(e: Event) {
    e.preventDefault();
    const endOfDay = shown('endOfDay');
    const maxEntryHours = wholeNumberIn(shown('maxEntryHours'), 1, 12);
    const idleMinutes = wholeNumberIn(shown('idleMinutes'), 1, 60);
    const reminderMinutes = wholeNumberIn(shown('reminderMinutes'), 5, 240);
    if (!END_OF_DAY.test(endOfDay)) return setError(t('invalidEndOfDay'));
    if (maxEntryHours === null) return setError(t('invalidMaxEntryHours'));
    if (idleMinutes === null) return setError(t('invalidIdleMinutes'));
    if (reminderMinutes === null) return setError(t('invalidReminderMinutes'));
    const response = await run({
      type: 'settings/update',
      patch: { endOfDay, maxEntryHours, idleMinutes, reminderMinutes },
    });
    if (response?.ok) setTyped({});
  }

  async function toggleReminders(on: boolean) {
    if (on && !(await notifications.request().catch(() => false))) {
      setError(t('remindersRefused'));
      return;
    }
    await run({ type: 'settings/update', patch: { remindersEnabled: on } });
  }

  return (
    <section aria-labelledby="workday-heading">
      <h2 id="workday-heading">{t('workingDayHeading')}</h2>
      <p>{t('workingDayExplain')}</p>
      <form onSubmit={save} noValidate>
        <div class="field">
          <label for="end-of-day">{t('endOfDayLabel')}</label>
          <input
            id="end-of-day"
            type="time"
            value={shown('endOfDay')}
            onInput={(e) => type('endOfDay')(e.currentTarget.value)}
          />
        </div>
        {number('maxEntryHours', 'max-hours', 1, 12)}
        {number('idleMinutes', 'idle-minutes', 1, 60)}
        <label class="check">
          <input
            type="checkbox"
            checked={settings.remindersEnabled}
            disabled={busy}
            onChange={(e) => void toggleReminders(e.currentTarget.checked)}
          />
          {t('remindersToggle')}
        </label>
        {number('reminderMinutes', 'reminder-minutes', 5, 240)}
        <button type="submit" disabled={busy}>
          {t('saveWorkingDay')}
        </button>
      </form>
      <ErrorMessage text={error} />
    </section>
  );
}
