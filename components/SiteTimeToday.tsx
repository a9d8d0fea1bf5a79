// What the opt-in site time recorded today, per organisation: the counsellor
// sees exactly what is kept (a total per site and day, nothing else).
import type { SiteTimeRow } from '../lib/model/site-time';
import { durationText } from './format';
import { labelIn, useI18n } from './i18n';

export function SiteTimeToday({ rows }: { rows: SiteTimeRow[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (rows.length === 0) return <p class="hint">{t('siteTimeNoneToday')}</p>;
  return (
    <p class="hint" data-testid="site-time-today">
      {t('siteTimeToday')}{' '}
      {rows.map((r) => `${labelIn(i18n, 'organisations', r.organisationId)} ${durationText(r.ms)}`).join(' · ')}
    </p>
  );
}
