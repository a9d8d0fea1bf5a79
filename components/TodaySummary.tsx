// Today's totals in one line.
import type { DaySummary } from '../lib/stats/day';
import { useI18n } from './i18n';
import { todayFigures } from './today-text';

export function TodaySummary({ summary }: { summary: DaySummary }) {
  const { t, lang } = useI18n();
  return (
    <p class="today" data-testid="today">
      <strong>{t('today')}</strong>
      {` ${todayFigures(t, lang, summary)}`}
    </p>
  );
}
