// Today's totals in one line.
import type { DaySummary } from '../lib/stats/day';
import { durationText } from './format';
import { useI18n } from './i18n';

export function TodaySummary({ summary }: { summary: DaySummary }) {
  const { t } = useI18n();
  return (
    <p class="today" data-testid="today">
      <strong>{t('today')}</strong> {durationText(summary.totalMs)} ·{' '}
      {t(summary.procedures === 1 ? 'proceduresOne' : 'proceduresMany', summary.procedures)} ·{' '}
      {t(summary.frictions === 1 ? 'frictionsOne' : 'frictionsMany', summary.frictions)}
    </p>
  );
}
