// « Ajouter une démarche passée »: a procedure recorded once it is over (the
// timer was not started). Behind a button, so the popup's timer part stays
// within 600 px. The background checks it (not in the future, within the
// working day) and words what is wrong.
import { useState } from 'preact/hooks';
import { emptyDetails, MAX_ENTRY_MS } from '../lib/db/details';
import type { EntryDetails } from '../lib/model/records';
import { DetailsForm } from './DetailsForm';
import { EditForm } from './EditForm';
import { dateInputValue, localInstant, wholeNumberIn } from './format';
import { useI18n } from './i18n';
import { NumberField } from './NumberField';
import { StartFields, TimeField } from './TimeField';
import { useAction } from './use-action';

/** The start and active time the counsellor typed, or the key of what is wrong. */
type Period = { start: number; activeMs: number; error?: undefined } | { error: string };

function period(date: string, time: string, minutes: string, endTime: string): Period {
  const start = localInstant(date, time);
  if (start === null) return { error: 'addEntryNeedsStart' };
  if (endTime !== '') {
    const end = localInstant(date, endTime);
    if (end === null || end <= start) return { error: 'error_entry_empty' };
    return { start, activeMs: end - start };
  }
  const value = wholeNumberIn(minutes, 1, MAX_ENTRY_MS / 60_000);
  if (value === null) return { error: 'addEntryNeedsDuration' };
  return { start, activeMs: value * 60_000 };
}

export function AddEntry({ clock }: { clock: () => number }) {
  const { t } = useI18n();
  const { run, error, setError, busy } = useAction();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const [date, setDate] = useState(() => dateInputValue(clock()));
  const [time, setTime] = useState('');
  const [minutes, setMinutes] = useState('');
  const [endTime, setEndTime] = useState('');
  const [details, setDetails] = useState<EntryDetails>(emptyDetails);

  async function add() {
    const typed = period(date, time, minutes, endTime);
    if (typed.error !== undefined) {
      setError(t(typed.error));
      return;
    }
    const response = await run({ type: 'entry/add', details, start: typed.start, activeMs: typed.activeMs });
    if (!response?.ok) return;
    setTime('');
    setMinutes('');
    setEndTime('');
    setDetails(emptyDetails);
    setOpen(false);
    setDone(true);
  }

  if (!open) {
    return (
      <div class="add-entry">
        <button
          type="button"
          class="link"
          aria-expanded="false"
          onClick={() => {
            setDone(false);
            setOpen(true);
          }}
        >
          {t('addEntryOpen')}
        </button>
        {done && <span role="status"> {t('addEntryDone')}</span>}
      </div>
    );
  }
  return (
    <EditForm
      extraClass="add-entry"
      labelledBy="add-entry-heading"
      submitLabel={t('addEntrySubmit')}
      busy={busy}
      error={error}
      onSubmit={() => void add()}
      onClose={() => {
        setError(null);
        setOpen(false);
      }}
    >
      <h2 id="add-entry-heading">{t('addEntryOpen')}</h2>
      <StartFields idPrefix="add" date={date} time={time} onDate={setDate} onTime={setTime} />
      <div class="field">
        <NumberField
          id="add-minutes"
          label={t('fieldMinutes')}
          min={1}
          max={MAX_ENTRY_MS / 60_000}
          value={minutes}
          onInput={setMinutes}
        />
      </div>
      <TimeField id="add-end" type="time" label={t('fieldEndTime')} value={endTime} onInput={setEndTime} />
      <DetailsForm idPrefix="add" withOutcome value={details} onChange={(p) => setDetails({ ...details, ...p })} />
    </EditForm>
  );
}
