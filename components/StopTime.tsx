// « Arrêter à quelle heure ? »: asked before the outcome when the timer ran
// past the end of the working day, across midnight or longer than the
// configured limit (lib/timer/stop-question). The counsellor picks now, the end
// of the day, the last activity, or types a time; the timer then ends there.
import { useState } from 'preact/hooks';
import type { StopQuestion } from '../lib/timer/stop-question';
import { timeOfDay } from './format';
import { useI18n } from './i18n';

interface Props {
  question: StopQuestion;
  /** Whether the stop ends with a new procedure (« Enchaîner »). */
  switching: boolean;
  disabled: boolean;
  onChoose: (at: number) => void;
  onBack: () => void;
}

/** The instant of `HH:MM` on the day the procedure started (every allowed end is on that day). */
export function typedTime(text: string, startedAt: number): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const at = new Date(startedAt);
  at.setHours(Number(match[1]), Number(match[2]), 0, 0);
  return at.getTime();
}

export function StopTime({ question, switching, disabled, onChoose, onBack }: Props) {
  const { t, lang } = useI18n();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const time = (at: number) => timeOfDay(at, lang);
  const choices: Array<{ at: number; key: string }> = [];
  if (question.now !== null) choices.push({ at: question.now, key: 'stopAtNow' });
  choices.push({ at: question.endOfDay, key: 'stopAtEndOfDay' });
  if (question.lastActivity !== null) choices.push({ at: question.lastActivity, key: 'stopAtLastActivity' });

  function submitTyped(event: Event) {
    event.preventDefault();
    const at = typedTime(typed, question.earliest);
    // Typed to the minute: the earliest minute itself is allowed.
    const earliestMinute = question.earliest - (question.earliest % 60_000);
    if (at === null || at < earliestMinute || at > question.latest) {
      setError(t('stopAtOutOfBounds', time(question.earliest), time(question.latest)));
      return;
    }
    setError(null);
    onChoose(Math.max(at, question.earliest));
  }

  return (
    <fieldset class="outcome stop-time">
      <legend>{t('askStopTime')}</legend>
      <p class="hint">{t(`stopReason_${question.reason}`)}</p>
      <div class="row">
        {choices.map((c, i) => (
          <button
            type="button"
            key={c.key}
            data-focus={i === 0 ? 'stopTime' : undefined}
            aria-label={t(switching ? 'switchAtLabel' : 'stopAtLabel', t(c.key, time(c.at)))}
            disabled={disabled}
            onClick={() => onChoose(c.at)}
          >
            {t(c.key, time(c.at))}
          </button>
        ))}
      </div>
      <form class="row" onSubmit={submitTyped} noValidate>
        <label for="stop-at">{t('stopAtTyped')}</label>
        <input
          id="stop-at"
          type="time"
          value={typed}
          aria-invalid={error !== null}
          aria-describedby="stop-at-error"
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <button type="submit" disabled={disabled} aria-label={t(switching ? 'switchAtTypedLabel' : 'stopAtTypedLabel')}>
          {t('stopAtTypedButton')}
        </button>
        <button type="button" class="link" aria-label={t('backToTimerLabel')} onClick={onBack}>
          {t('backToTimer')}
        </button>
      </form>
      <p class="error" id="stop-at-error" role="alert" hidden={error === null}>
        {error}
      </p>
    </fieldset>
  );
}
