// What the opt-in site time recorded today, per organisation: the counsellor
// sees exactly what is kept (a total per site and day, nothing else).
import { labelFor } from '../lib/catalogue';
import type { SiteTimeRow } from '../lib/model/site-time';
import { durationText } from './format';
import { useI18n } from './i18n';

export function SiteTimeToday({ rows }: { rows: SiteTimeRow[] }) {
  const { t, lang } = useI18n();
  if (rows.length === 0) return <p class="hint">{t('siteTimeNoneToday')}</p>;
  return (
    <p class="hint" data-testid="site-time-today">
      {t('siteTimeToday')}{' '}
      {rows.map((r) => `${labelFor('organisations', r.organisationId, lang)} ${durationText(r.ms)}`).join(' · ')}
    </p>
  );
}
