// The time away the timer noticed (idle, screen locked, computer asleep,
// browser closed), asked about one period at a time, oldest first: keep it
// (the young person was there, the normal case in an interview), discard it,
// or keep its first minutes. Nothing is decided without the counsellor.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AwayPeriod } from '../lib/model/timer-state-schema';
import { ErrorMessage } from './ErrorMessage';
import { durationText, timeOfDay, wholeNumberIn } from './format';
import { useI18n } from './i18n';
import { useAction } from './use-action';

interface Props {
  periods: readonly AwayPeriod[];
  /** The last period is answered: focus goes on to the timer. */
  onAllAnswered: () => void;
}

export function AwayQuestion({ periods, onAllAnswered }: Props) {
  const { t, lang } = useI18n();
  const { run, error, setError, busy } = useAction();
  const [part, setPart] = useState(false);
  const [minutes, setMinutes] = useState('');
  const minutesField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (part) minutesField.current?.focus();
  }, [part]);
  const period = [...periods].sort((a, b) => a.from - b.from)[0];
  if (!period) return null;
  const { from } = period;
  const total = Math.floor((period.to - period.from) / 60_000);
  const resolve = async (decision: 'keep' | 'discard' | 'part', keptMinutes?: number) => {
    const response = await run({ type: 'timer/resolve-away', from, decision, keptMinutes });
    if (response?.ok) {
      setPart(false);
      setMinutes('');
      if (periods.length === 1) onAllAnswered();
    }
  };
  // Focus comes to the question as it appears (and to the next one after an answer).
  const focusOnAppear = (legend: HTMLElement | null) => {
    if (legend && legend.dataset.from !== String(from)) {
      legend.dataset.from = String(from);
      legend.focus();
    }
  };

  return (
    <fieldset class="outcome away">
      <legend tabIndex={-1} ref={focusOnAppear}>
        {t(
          `away_${period.kind}`,
          timeOfDay(period.from, lang),
          timeOfDay(period.to, lang),
          durationText(period.to - period.from),
        )}
      </legend>
      {part ? (
        <form
          class="row"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const kept = wholeNumberIn(minutes, 0, total);
            if (kept === null) setError(t('awayPartOutOfBounds', total));
            else void resolve('part', kept);
          }}
        >
          <label for="away-minutes">{t('awayPartMinutes')}</label>
          <input
            id="away-minutes"
            ref={minutesField}
            type="number"
            min={0}
            max={total}
            value={minutes}
            onInput={(e) => setMinutes(e.currentTarget.value)}
          />
          <button type="submit" disabled={busy} aria-label={t('awayPartSaveLabel')}>
            {t('awayPartSave')}
          </button>
          <button
            type="button"
            class="link"
            aria-label={t('awayPartBackLabel')}
            onClick={() => {
              setPart(false);
              setError(null);
            }}
          >
            {t('backToTimer')}
          </button>
        </form>
      ) : (
        <div class="row">
          <button type="button" disabled={busy} aria-label={t('awayKeepLabel')} onClick={() => void resolve('keep')}>
            {t('awayKeep')}
          </button>
          <button
            type="button"
            disabled={busy}
            aria-label={t('awayDiscardLabel')}
            onClick={() => void resolve('discard')}
          >
            {t('awayDiscard')}
          </button>
          <button type="button" disabled={busy} aria-label={t('awayPartLabel')} onClick={() => setPart(true)}>
            {t('awayPart')}
          </button>
        </div>
      )}
      <ErrorMessage text={error} />
    </fieldset>
  );
}
