// « Couper en deux »: the counsellor moved on to another procedure without
// telling the timer. The entry is cut at a time of its day; the background
// shares its active time between the two parts (lib/db/corrections.ts).
import { useState } from 'preact/hooks';
import type { Entry } from '../lib/model/records';
import { EditForm } from './EditForm';
import { dateInputValue, localInstant, timeOfDay } from './format';
import { useI18n } from './i18n';
import { useAction } from './use-action';

export function SplitEntry({ entry, onClose }: { entry: Entry; onClose: () => void }) {
  const { t } = useI18n();
  const { run, error, setError, busy } = useAction();
  // French formatting gives the `HH:MM` a time input takes, whatever the page's language.
  const [time, setTime] = useState(() => timeOfDay(Math.round((entry.start + entry.end) / 2), 'fr'));
  const id = `split-${entry.id}`;

  async function split() {
    const at = localInstant(dateInputValue(entry.start), time);
    if (at === null) {
      setError(t('error_split_outside'));
      return;
    }
    if ((await run({ type: 'entry/split', id: entry.id, at }))?.ok) onClose();
  }

  return (
    <EditForm submitLabel={t('splitConfirm')} busy={busy} error={error} onSubmit={() => void split()} onClose={onClose}>
      <div class="field">
        <label for={id}>{t('fieldSplitAt')}</label>
        <input id={id} type="time" value={time} onInput={(e) => setTime(e.currentTarget.value)} />
      </div>
    </EditForm>
  );
}
