// The timer: start when idle; when running, the live clock, pause or resume,
// stop, chain to another procedure, or discard. Stopping and chaining ask the
// outcome then, in one more click (not a field to fill before starting), and
// first « Arrêter à quelle heure ? » when the timer ran past the end of the
// working day, across midnight or too long. Time away awaiting a decision is
// asked about below the clock.
// Details edited while running are saved at once, so closing the popup loses
// nothing. After each action, focus goes to the control that comes next.
import { useState } from 'preact/hooks';
import { catalogue, labelOf } from '../lib/catalogue';
import type { WorkingDay } from '../lib/core/working-day';
import { emptyDetails } from '../lib/db/details';
import type { EntryDetails } from '../lib/model/records';
import { elapsedMs, type TimerState } from '../lib/model/timer-state';
import { type StopQuestion, stopQuestion } from '../lib/timer/stop-question';
import { AwayQuestion } from './AwayQuestion';
import { DetailsForm } from './DetailsForm';
import { ErrorMessage } from './ErrorMessage';
import { clockText, timeOfDay } from './format';
import { useI18n } from './i18n';
import { StartTime } from './StartTime';
import { StopTime } from './StopTime';
import { useAction } from './use-action';
import { useFocusNext } from './use-focus-next';

interface Props {
  state: TimerState;
  now: number;
  draft: EntryDetails;
  onDraftChange: (draft: EntryDetails) => void;
  /** The counsellor's working day: when stopping asks « Arrêter à quelle heure ? ». */
  workingDay: WorkingDay;
  /** The time at the click (`now` may be the time of the last render). */
  clock: () => number;
}

/** Controls focused after an action are marked with what they do (`data-focus`). */
type Marked =
  | 'start'
  | 'stop'
  | 'pause'
  | 'resume'
  | 'stopTime'
  | 'outcome'
  | 'discard'
  | 'discardConfirm'
  | 'startTime'
  | 'startTimeInput';
const marked = (name: Marked) => `[data-focus="${name}"]`;

/** What the outcome question ends with: a stop, or a stop and a new start. */
type Ending = 'stop' | 'switch';

/** A stop being asked: how it ends, whether its time is asked, and the time chosen. */
interface Asking {
  how: Ending;
  question: StopQuestion | null;
  at?: number;
}

export function TimerPanel({ state, now, draft, onDraftChange, workingDay, clock }: Props) {
  const { t, lang } = useI18n();
  const { run, error, busy } = useAction();
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [asking, setAsking] = useState<Asking | null>(null);
  const [editingStart, setEditingStart] = useState(false);
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

  async function end(how: Ending, outcomeId: string | null, at: number | undefined) {
    const outcome = outcomeId === null ? {} : { outcomeId };
    if (how === 'stop') {
      const response = await run({ type: 'timer/stop', details: outcome, at });
      if (response?.ok) setFocusOn('start');
    } else {
      // One request: the outcome and the end belong to the procedure that ends, the next starts now.
      const response = await run({
        type: 'timer/switch',
        details: { ...emptyDetails, organisationId },
        ended: outcome,
        at,
      });
      if (response?.ok) focusNext('#running-procedure');
    }
    setAsking(null);
  }

  function ask(how: Ending) {
    setConfirmDiscard(false);
    setEditingStart(false);
    const question = stopQuestion(state, clock(), workingDay);
    setAsking({ how, question });
    setFocusOn(question ? 'stopTime' : 'outcome');
  }

  function back() {
    setAsking(null);
    setFocusOn('stop');
  }

  const stopTimeAsked = asking !== null && asking.question !== null && asking.at === undefined;
  const awayAsked = asking === null && (state.awayPeriods?.length ?? 0) > 0;
  const startEdited = editingStart && asking === null && !awayAsked;
  const askLabel = asking?.how === 'switch' ? 'switchWithOutcome' : 'stopWithOutcome';
  return (
    <section class="timer active" aria-labelledby="timer-heading" ref={section}>
      <h2 id="timer-heading">{running ? t('timerRunning') : t('timerPaused')}</h2>
      <div class="row clock-row">
        <p class="clock" role="timer" aria-label={t('elapsed')} data-testid="elapsed">
          {clockText(elapsedMs(state, now))}
        </p>
        {asking === null && (
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
      {asking === null ? (
        <p class="hint" id="switch-hint">
          {t('switchExplain')}
        </p>
      ) : asking.question && stopTimeAsked ? (
        <StopTime
          question={asking.question}
          switching={asking.how === 'switch'}
          disabled={busy}
          onChoose={(at) => {
            setAsking({ ...asking, at });
            setFocusOn('outcome');
          }}
          onBack={back}
        />
      ) : (
        <fieldset class="outcome">
          <legend>
            {asking.at === undefined
              ? t(asking.how === 'switch' ? 'askOutcomeSwitch' : 'askOutcomeStop')
              : t(asking.how === 'switch' ? 'askOutcomeSwitchAt' : 'askOutcomeStopAt', timeOfDay(asking.at, lang))}
          </legend>
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
                  onClick={() => void end(asking.how, o.id, asking.at)}
                >
                  {text}
                </button>
              );
            })}
            <button
              type="button"
              aria-label={t(askLabel, t('outcomeUnsaid'))}
              disabled={busy}
              onClick={() => void end(asking.how, null, asking.at)}
            >
              {t('outcomeUnsaid')}
            </button>
            <button type="button" class="link" aria-label={t('backToTimerLabel')} onClick={back}>
              {t('backToTimer')}
            </button>
          </div>
        </fieldset>
      )}
      {/* One question at a time: the time away waits while a stop is asked. */}
      {awayAsked && <AwayQuestion periods={state.awayPeriods ?? []} onAllAnswered={() => setFocusOn('stop')} />}
      {/* A question about time takes the form's place, so the popup still fits in 600 px; it is back once answered. */}
      {startEdited && (
        <StartTime
          startedAt={state.startedAt}
          clock={clock}
          disabled={busy}
          onSave={async (at) => {
            const response = await run({ type: 'timer/set-start', at });
            if (!response?.ok) return;
            setEditingStart(false);
            setFocusOn('startTime');
          }}
          onClose={() => {
            setEditingStart(false);
            setFocusOn('startTime');
          }}
        />
      )}
      {!awayAsked && !stopTimeAsked && !startEdited && (
        <DetailsForm
          idPrefix="running"
          value={state.details}
          onChange={(patch) => {
            setConfirmDiscard(false);
            void run({ type: 'timer/update', details: patch });
          }}
        />
      )}
      {/* Not offered while the outcome is asked: one way out at a time. */}
      {asking === null && (
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
            <>
              <button
                type="button"
                class="link"
                data-focus="startTime"
                aria-label={t('startedAtCorrectLabel', timeOfDay(state.startedAt, lang))}
                aria-expanded={startEdited}
                disabled={awayAsked}
                onClick={() => {
                  setEditingStart(!editingStart);
                  if (!editingStart) setFocusOn('startTimeInput');
                }}
              >
                {t('startedAtCorrect', timeOfDay(state.startedAt, lang))}
              </button>
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
            </>
          )}
        </div>
      )}
      <ErrorMessage text={error} />
    </section>
  );
}
