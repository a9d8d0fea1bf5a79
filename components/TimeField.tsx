// The date and time inputs of an entry's start, shared by a procedure recorded
// after the fact (AddEntry) and a correction of an entry (EntryEditForm): one
// way to type a start, read by `localInstant`.
import { useI18n } from './i18n';

export function TimeField(props: {
  id: string;
  type: 'date' | 'time';
  label: string;
  value: string;
  onInput: (text: string) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type={props.type}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </div>
  );
}

/** « Date » and « Heure de début », with ids `<idPrefix>-date` and `<idPrefix>-time`. */
export function StartFields(props: {
  idPrefix: string;
  date: string;
  time: string;
  onDate: (text: string) => void;
  onTime: (text: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <TimeField
        id={`${props.idPrefix}-date`}
        type="date"
        label={t('fieldDate')}
        value={props.date}
        onInput={props.onDate}
      />
      <TimeField
        id={`${props.idPrefix}-time`}
        type="time"
        label={t('fieldStartTime')}
        value={props.time}
        onInput={props.onTime}
      />
    </>
  );
}
