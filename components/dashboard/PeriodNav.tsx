// The dashboard's period: the week chosen (this week by default, ← and → move
// by one; never past this week), how many weeks up to it (1, 4 or 12), and
// « Imprimer ». The period's name is a heading so it also titles the print.

import { shiftWeek, type Week } from '../../lib/stats/week';
import { useI18n } from '../i18n';
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
  return (
    <nav class="period-nav" aria-label={t('periodNavLabel')}>
      <h2 class="period-name" aria-live="polite">
        {periodText(first, week, lang, t)}
      </h2>
      <div class="row no-print">
        <button type="button" onClick={() => onWeek(shiftWeek(week, -1, timeZone))}>
          {t('previousWeek')}
        </button>
        <button type="button" disabled={isCurrent} onClick={() => onWeek(shiftWeek(week, 1, timeZone))}>
          {t('nextWeek')}
        </button>
        {!isCurrent && (
          <button type="button" onClick={() => onWeek(current)}>
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
