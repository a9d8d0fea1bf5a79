// The timer: start when idle; when running, the live clock, pause or resume,
// stop, chain to another procedure, or discard. Details edited while running
// are saved at once, so closing the popup loses nothing.
import { useState } from 'preact/hooks';
import { emptyDetails } from '../lib/db/details';
import type { Request } from '../lib/messages/schema';
import type { EntryDetails } from '../lib/model/records';
import { elapsedMs, type TimerState } from '../lib/model/timer-state';
import { DetailsForm } from './DetailsForm';
import { ErrorMessage } from './ErrorMessage';
import { clockText } from './format';
import { useI18n } from './i18n';
import { useAction } from './use-action';

interface Props {
  state: TimerState;
  now: number;
  draft: EntryDetails;
  onDraftChange: (draft: EntryDetails) => void;
}

export function TimerPanel({ state, now, draft, onDraftChange }: Props) {
  const { t } = useI18n();
  const { run, error, busy } = useAction();
  const [confirmDiscard, setConfirmDiscard] = useState(false);

  if (state.status === 'idle') {
    return (
      <section class="timer" aria-labelledby="timer-heading">
        <h2 id="timer-heading">{t('newProcedure')}</h2>
        <DetailsForm idPrefix="draft" value={draft} onChange={(patch) => onDraftChange({ ...draft, ...patch })} />
        <button
          type="button"
          class="primary big"
          disabled={busy}
          onClick={async () => {
            const response = await run({ type: 'timer/start', details: draft });
            if (response?.ok) onDraftChange({ ...emptyDetails, organisationId: draft.organisationId });
          }}
        >
          {t('start')}
        </button>
        <ErrorMessage text={error} />
      </section>
    );
  }

  const act = (request: Request) => {
    setConfirmDiscard(false);
    void run(request);
  };
  const running = state.status === 'running';
  return (
    <section class="timer active" aria-labelledby="timer-heading">
      <h2 id="timer-heading">{running ? t('timerRunning') : t('timerPaused')}</h2>
      <p class="clock" role="timer" aria-label={t('elapsed')} data-testid="elapsed">
        {clockText(elapsedMs(state, now))}
      </p>
      <div class="row">
        <button type="button" class="primary" disabled={busy} onClick={() => act({ type: 'timer/stop' })}>
          {t('stop')}
        </button>
        <button type="button" disabled={busy} onClick={() => act({ type: running ? 'timer/pause' : 'timer/resume' })}>
          {running ? t('pause') : t('resume')}
        </button>
        <button
          type="button"
          disabled={busy}
          title={t('switchHint')}
          onClick={() =>
            act({
              type: 'timer/switch',
              details: { ...emptyDetails, organisationId: state.details.organisationId },
            })
          }
        >
          {t('switch')}
        </button>
      </div>
      <DetailsForm
        idPrefix="running"
        value={state.details}
        onChange={(patch) => act({ type: 'timer/update', details: patch })}
      />
      <div class="row discard">
        {confirmDiscard ? (
          <>
            <span>{t('discardConfirmQuestion')}</span>
            <button type="button" class="danger" onClick={() => act({ type: 'timer/discard' })}>
              {t('discardConfirm')}
            </button>
            <button type="button" onClick={() => setConfirmDiscard(false)}>
              {t('cancel')}
            </button>
          </>
        ) : (
          <button type="button" class="link" onClick={() => setConfirmDiscard(true)}>
            {t('discard')}
          </button>
        )}
      </div>
      <ErrorMessage text={error} />
    </section>
  );
}
