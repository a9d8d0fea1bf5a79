// The correction of one finished entry: its details, its start (date and
// time: the whole entry moves with it) and its active minutes. One form for
// the day's list and the list of entries to review. The view only catches what
// is not a date, a time or a number; the background checks the rest (not after
// now, within the working day) and its refusal shows here, in French.
import { useState } from 'preact/hooks';
import { MAX_ENTRY_MS } from '../lib/db/details';
import type { RequestOf } from '../lib/messages/contract';
import type { Entry, EntryDetails } from '../lib/model/records';
import { DetailsForm } from './DetailsForm';
import { EditForm } from './EditForm';
import { dateInputValue, localInstant, wholeNumberIn } from './format';
import { useI18n } from './i18n';
import { timeInputValue } from './StartTime';
import { StartFields } from './TimeField';
import { useAction } from './use-action';

interface Props {
  entry: Entry;
  /** Unique in the page: the same entry may be open in two lists at once. */
  idPrefix: string;
  /** `saved`: the correction was stored (not merely closed). */
  onClose: (saved: boolean) => void;
}

/** The active time as the minutes field shows it. */
const shownMinutes = (entry: Entry) => Math.round(entry.activeMs / 60_000);

export function EntryEditForm({ entry, idPrefix, onClose }: Props) {
  const { t } = useI18n();
  const { run, error, setError, busy } = useAction();
  const [draft, setDraft] = useState<EntryDetails>(entry);
  const [minutes, setMinutes] = useState(String(shownMinutes(entry)));
  const [date, setDate] = useState(() => dateInputValue(entry.start));
  const [time, setTime] = useState(() => timeInputValue(entry.start));

  async function save() {
    const value = wholeNumberIn(minutes, 0, MAX_ENTRY_MS / 60_000);
    if (value === null) {
      setError(t('invalidMinutes'));
      return;
    }
    const start = localInstant(date, time);
    if (start === null) {
      setError(t('editNeedsStart'));
      return;
    }
    const { organisationId, procedureId, modeId, reasonIds, outcomeId } = draft;
    const patch: RequestOf<'entry/update'>['patch'] = { organisationId, procedureId, modeId, reasonIds, outcomeId };
    // The start and the active time are sent only when typed otherwise: stored,
    // they have seconds the inputs do not show, which a save must not round off.
    if (value !== shownMinutes(entry)) patch.activeMs = value * 60_000;
    if (date !== dateInputValue(entry.start) || time !== timeInputValue(entry.start)) patch.start = start;
    const response = await run({ type: 'entry/update', id: entry.id, patch });
    if (response?.ok) onClose(true);
  }

  return (
    <EditForm
      submitLabel={t('save')}
      busy={busy}
      error={error}
      onSubmit={() => void save()}
      onClose={() => {
        setError(null);
        onClose(false);
      }}
    >
      <DetailsForm idPrefix={idPrefix} withOutcome value={draft} onChange={(p) => setDraft({ ...draft, ...p })} />
      <StartFields idPrefix={idPrefix} date={date} time={time} onDate={setDate} onTime={setTime} />
      <div class="field">
        <label for={`${idPrefix}-minutes`}>{t('fieldMinutes')}</label>
        <input
          id={`${idPrefix}-minutes`}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_ENTRY_MS / 60_000}
          step={1}
          value={minutes}
          onInput={(e) => setMinutes(e.currentTarget.value)}
        />
      </div>
    </EditForm>
  );
}
