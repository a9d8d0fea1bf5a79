// Today's totals in one line.
import { pluralKey } from '../lib/i18n/translator';
import type { DaySummary } from '../lib/stats/day';
import { durationText } from './format';
import { useI18n } from './i18n';

export function TodaySummary({ summary }: { summary: DaySummary }) {
  const { t, lang } = useI18n();
  const { procedures, frictions } = summary;
  return (
    <p class="today" data-testid="today">
      <strong>{t('today')}</strong> {durationText(summary.totalMs)} ·{' '}
      {t(pluralKey(lang, procedures, 'proceduresOne', 'proceduresMany'), procedures)} ·{' '}
      {t(pluralKey(lang, frictions, 'frictionsOne', 'frictionsMany'), frictions)}
    </p>
  );
}
