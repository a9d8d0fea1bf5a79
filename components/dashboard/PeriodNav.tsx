// The dashboard's period: the week chosen (this week by default, ← and → move
// by one; never past this week), how many weeks up to it (1, 4 or 12), and
// « Imprimer ». The period's name is a heading so it also titles the print.
// Reaching this week disables « Semaine suivante → » and removes « Cette
// semaine »: focus then goes to the period's name, which says where one is.

import { shiftWeek, type Week } from '../../lib/stats/week';
import { useI18n } from '../i18n';
import { useFocusNext } from '../use-focus-next';
import { periodText } from './period-text';

export type Span = 1 | 4 | 12;
const spans: Span[] = [1, 4, 12];

interface Props {
  week: Week;
  current: Week;
  span: Span;
  timeZone: string;
  onWeek: (week: Week) => void;
  onSpan: (span: Span) => void;
  print: () => void;
}

export function PeriodNav({ week, current, span, timeZone, onWeek, onSpan, print }: Props) {
  const { t, lang } = useI18n();
  const first = shiftWeek(week, 1 - span, timeZone);
  const isCurrent = week.id === current.id;
  const { root, focusNext } = useFocusNext<HTMLElement>();
  /** Goes to `next`; when that is this week, the control used goes away: focus to the period's name. */
  const go = (next: Week) => {
    onWeek(next);
    if (next.id === current.id) focusNext('.period-name');
  };
  return (
    <nav class="period-nav" aria-label={t('periodNavLabel')} ref={root}>
      <h2 class="period-name" aria-live="polite" tabIndex={-1}>
        {periodText(first, week, timeZone, lang, t)}
      </h2>
      <div class="row no-print">
        <button type="button" onClick={() => go(shiftWeek(week, -1, timeZone))}>
          {t('previousWeek')}
        </button>
        <button type="button" disabled={isCurrent} onClick={() => go(shiftWeek(week, 1, timeZone))}>
          {t('nextWeek')}
        </button>
        {!isCurrent && (
          <button type="button" onClick={() => go(current)}>
            {t('thisWeek')}
          </button>
        )}
        <label class="inline">
          {t('spanLabel')}{' '}
          <select value={span} onChange={(e) => onSpan(Number(e.currentTarget.value) as Span)}>
            {spans.map((s) => (
              <option key={s} value={s}>
                {t(`span_${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="primary" onClick={print}>
          {t('print')}
        </button>
      </div>
    </nav>
  );
}
