// The timer: start when idle; when running, the live clock, pause or resume,
// stop, chain to another procedure, or discard. Stopping and chaining ask the
// outcome then, in one more click (not a field to fill before starting).
// Details edited while running are saved at once, so closing the popup loses
// nothing. After each action, focus goes to the control that comes next.
import { useState } from 'preact/hooks';
import { catalogue, labelOf } from '../lib/catalogue';
import { emptyDetails } from '../lib/db/details';
import type { EntryDetails } from '../lib/model/records';
import { elapsedMs, type TimerState } from '../lib/model/timer-state';
import { DetailsForm } from './DetailsForm';
import { ErrorMessage } from './ErrorMessage';
import { clockText } from './format';
import { useI18n } from './i18n';
import { useAction } from './use-action';
import { useFocusNext } from './use-focus-next';

interface Props {
  state: TimerState;
  now: number;
  draft: EntryDetails;
  onDraftChange: (draft: EntryDetails) => void;
}

/** Controls focused after an action are marked with what they do (`data-focus`). */
type Marked = 'start' | 'stop' | 'pause' | 'resume' | 'outcome' | 'discard' | 'discardConfirm';
const marked = (name: Marked) => `[data-focus="${name}"]`;

/** What the outcome question ends with: a stop, or a stop and a new start. */
type Ending = 'stop' | 'switch';

export function TimerPanel({ state, now, draft, onDraftChange }: Props) {
  const { t, lang } = useI18n();
  const { run, error, busy } = useAction();
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [ending, setEnding] = useState<Ending | null>(null);
  const { root: section, focusNext } = useFocusNext<HTMLElement>();
  const setFocusOn = (name: Marked) => focusNext(marked(name));

  if (state.status === 'idle') {
    return (
      <section class="timer" aria-labelledby="timer-heading" ref={section}>
        <h2 id="timer-heading">{t('newProcedure')}</h2>
        <DetailsForm idPrefix="draft" value={draft} onChange={(patch) => onDraftChange({ ...draft, ...patch })} />
        <button
          type="button"
          class="primary big"
          data-focus="start"
          disabled={busy}
          onClick={async () => {
            const response = await run({ type: 'timer/start', details: draft });
            if (!response?.ok) return;
            onDraftChange({ ...emptyDetails, organisationId: draft.organisationId });
            setFocusOn('stop');
          }}
        >
          {t('start')}
        </button>
        <ErrorMessage text={error} />
      </section>
    );
  }

  const running = state.status === 'running';
  const { organisationId } = state.details;

  async function end(how: Ending, outcomeId: string | null) {
    const outcome = outcomeId === null ? {} : { outcomeId };
    if (how === 'stop') {
      const response = await run({ type: 'timer/stop', details: outcome });
      if (response?.ok) setFocusOn('start');
    } else {
      // The outcome belongs to the procedure that ends: saved on it before the switch.
      if (outcomeId !== null && !(await run({ type: 'timer/update', details: outcome }))?.ok) return;
      const response = await run({
        type: 'timer/switch',
        details: { ...emptyDetails, organisationId },
      });
      if (response?.ok) focusNext('#running-procedure');
    }
    setEnding(null);
  }

  function ask(how: Ending) {
    setConfirmDiscard(false);
    setEnding(how);
    setFocusOn('outcome');
  }

  const askLabel = ending === 'switch' ? 'switchWithOutcome' : 'stopWithOutcome';
  return (
    <section class="timer active" aria-labelledby="timer-heading" ref={section}>
      <h2 id="timer-heading">{running ? t('timerRunning') : t('timerPaused')}</h2>
      <div class="row clock-row">
        <p class="clock" role="timer" aria-label={t('elapsed')} data-testid="elapsed">
          {clockText(elapsedMs(state, now))}
        </p>
        {ending === null && (
          <>
            <button type="button" class="primary" data-focus="stop" disabled={busy} onClick={() => ask('stop')}>
              {t('stop')}
            </button>
            <button
              type="button"
              data-focus={running ? 'pause' : 'resume'}
              disabled={busy}
              onClick={async () => {
                setConfirmDiscard(false);
                const response = await run({ type: running ? 'timer/pause' : 'timer/resume' });
                if (response?.ok) setFocusOn(running ? 'resume' : 'pause');
              }}
            >
              {running ? t('pause') : t('resume')}
            </button>
            <button type="button" aria-describedby="switch-hint" disabled={busy} onClick={() => ask('switch')}>
              {t('switch')}
            </button>
          </>
        )}
      </div>
      {ending === null ? (
        <p class="hint" id="switch-hint">
          {t('switchExplain')}
        </p>
      ) : (
        <fieldset class="outcome">
          <legend>{t(ending === 'switch' ? 'askOutcomeSwitch' : 'askOutcomeStop')}</legend>
          <div class="row">
            {catalogue.outcomes.map((o, i) => {
              const text = labelOf(o.label, lang);
              return (
                <button
                  type="button"
                  key={o.id}
                  data-focus={i === 0 ? 'outcome' : undefined}
                  aria-label={t(askLabel, text)}
                  disabled={busy}
                  onClick={() => void end(ending, o.id)}
                >
                  {text}
                </button>
              );
            })}
            <button
              type="button"
              aria-label={t(askLabel, t('outcomeUnsaid'))}
              disabled={busy}
              onClick={() => void end(ending, null)}
            >
              {t('outcomeUnsaid')}
            </button>
            <button
              type="button"
              class="link"
              aria-label={t('backToTimerLabel')}
              onClick={() => {
                setEnding(null);
                setFocusOn('stop');
              }}
            >
              {t('backToTimer')}
            </button>
          </div>
        </fieldset>
      )}
      <DetailsForm
        idPrefix="running"
        value={state.details}
        onChange={(patch) => {
          setConfirmDiscard(false);
          void run({ type: 'timer/update', details: patch });
        }}
      />
      {/* Not offered while the outcome is asked: one way out at a time. */}
      {ending === null && (
        <div class="row discard">
          {confirmDiscard ? (
            <>
              <span>{t('discardConfirmQuestion')}</span>
              <button
                type="button"
                class="danger"
                data-focus="discardConfirm"
                onClick={async () => {
                  setConfirmDiscard(false);
                  const response = await run({ type: 'timer/discard' });
                  if (response?.ok) setFocusOn('start');
                }}
              >
                {t('discardConfirm')}
              </button>
              <button
                type="button"
                onClick={() => {
                  setConfirmDiscard(false);
                  setFocusOn('discard');
                }}
              >
                {t('keepTimer')}
              </button>
            </>
          ) : (
            <button
              type="button"
              class="link"
              data-focus="discard"
              onClick={() => {
                setConfirmDiscard(true);
                setFocusOn('discardConfirm');
              }}
            >
              {t('discard')}
            </button>
          )}
        </div>
      )}
      <ErrorMessage text={error} />
    </section>
  );
}
