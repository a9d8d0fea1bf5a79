// « Début 10:05 · corriger »: the counsellor started the timer late (or
// early) and says when the procedure really began. Shown in place of the
// details form while open, so the popup still fits; the timer checks the time
// (today, past, within a working day not yet over) and says why if it refuses.
import { useState } from 'preact/hooks';
import { useI18n } from './i18n';
import { typedTime } from './StopTime';

interface Props {
  startedAt: number;
  /** The time at the click: a typed `HH:MM` is on this day. */
  clock: () => number;
  disabled: boolean;
  onSave: (at: number) => void;
  onClose: () => void;
}

/** `09:05`, the value of an `<input type="time">` for a local instant. */
export function timeInputValue(timestamp: number): string {
  const d = new Date(timestamp);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function StartTime({ startedAt, clock, disabled, onSave, onClose }: Props) {
  const { t } = useI18n();
  const [typed, setTyped] = useState(timeInputValue(startedAt));
  const [invalid, setInvalid] = useState(false);

  function submit(event: Event) {
    event.preventDefault();
    const at = typedTime(typed, clock());
    setInvalid(at === null);
    if (at !== null) onSave(at);
  }

  return (
    <form class="outcome start-time" onSubmit={submit} noValidate>
      <div class="row">
        <label for="start-at">{t('startTimeLabel')}</label>
        <input
          id="start-at"
          type="time"
          data-focus="startTimeInput"
          value={typed}
          aria-invalid={invalid}
          aria-describedby="start-at-error"
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <button type="submit" disabled={disabled} aria-label={t('startTimeSaveLabel')}>
          {t('startTimeSave')}
        </button>
        <button type="button" class="link" onClick={onClose}>
          {t('startTimeClose')}
        </button>
      </div>
      <p class="error" id="start-at-error" role="alert" hidden={!invalid}>
        {invalid ? t('startTimeInvalid') : null}
      </p>
    </form>
  );
}
