// The period's headline figures: what a team lead or a staff representative
// reads first. Shares are of the procedures' time; « — » when there is no time
// to divide.
import { pluralKey } from '../../lib/i18n/translator';
import type { PeriodSummary } from '../../lib/stats/summary';
import { durationText } from '../format';
import { useI18n } from '../i18n';

export function percentText(part: number, whole: number, lang: string): string {
  if (whole <= 0) return '—';
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(part / whole);
}

export function Headline({ summary }: { summary: PeriodSummary }) {
  const { t, lang } = useI18n();
  const { procedures, frictions, siteTime } = summary;
  const figures: [string, string, string?][] = [
    [t('figureProcedureTime'), durationText(procedures.ms)],
    [t('figureProcedures'), String(procedures.count)],
    [
      t('figureFrictions'),
      String(frictions.total),
      t(
        'figureFrictionsHow',
        t(pluralKey(lang, frictions.logged, 'figureFrictionsHowOne', 'figureFrictionsHowMany'), frictions.logged),
        t(
          pluralKey(lang, frictions.detected, 'figureFrictionsDetectedOne', 'figureFrictionsDetectedMany'),
          frictions.detected,
        ),
      ) + (frictions.pending > 0 ? ` ${t('figureFrictionsPending', frictions.pending)}` : ''),
    ],
    [t('figureLoginTime'), durationText(frictions.loginMs)],
    [
      t('figureFrictionShare'),
      summary.frictionShare === null ? '—' : percentText(summary.frictionShare, 1, lang),
      t('figureFrictionShareHow'),
    ],
    [t('figureOnBehalf'), percentText(summary.onBehalfMs, procedures.ms, lang), durationText(summary.onBehalfMs)],
  ];
  if (siteTime.totalMs > 0 || siteTime.imiloMs > 0) {
    figures.push([t('figureImilo'), durationText(siteTime.imiloMs)]);
    figures.push([t('figureSiteTime'), durationText(siteTime.totalMs)]);
  }
  return (
    <section class="headline" aria-labelledby="headline-heading">
      <h2 id="headline-heading" class="visually-hidden">
        {t('headlineHeading')}
      </h2>
      <dl>
        {figures.map(([label, value, note]) => (
          <div class="figure" key={label}>
            <dt>{label}</dt>
            <dd>
              <span class="value">{value}</span>
              {note && <span class="note">{note}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
