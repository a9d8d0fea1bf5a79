// The period's charts: where the time goes (organisations, ways of doing it,
// reasons), which frictions, site time when the counsellor measures it, and
// the twelve-week trend up to the week chosen. Categories are sorted by size;
// « non précisé » is shown like any other (it says what is missing).
import type { Kind } from '../../lib/catalogue';
import { type Breakdown, NONE, type PeriodSummary } from '../../lib/stats/summary';
import type { Week } from '../../lib/stats/week';
import { BarChart } from '../charts/BarChart';
import { WeekTrend } from '../charts/WeekTrend';
import { durationText } from '../format';
import { labelIn, useI18n } from '../i18n';
import { weekNumber } from './period-text';

interface Props {
  summary: PeriodSummary;
  /** The twelve weeks up to the period's last; null while they are read (the period shows first). */
  trend: (PeriodSummary & { week: Week })[] | null;
  /** The period ends this week (the trend's last column is « cette semaine »), not a past week. */
  current: boolean;
}

const count = (v: number) => String(v);

/** Largest first; equal values in the order of their labels, so the charts do not reorder from one read to the next. */
function largestFirst(a: { label: string; value: number }, b: { label: string; value: number }): number {
  return b.value - a.value || a.label.localeCompare(b.label);
}

export function PeriodCharts({ summary, trend, current }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const label = (kind: Kind, key: string) => (key === NONE ? t('notSaid') : labelIn(i18n, kind, key) || key);
  const timeRows = (kind: Kind, breakdown: Breakdown) =>
    Object.entries(breakdown)
      .filter(([, tally]) => tally.ms > 0)
      .map(([key, tally]) => ({ key, label: label(kind, key), value: tally.ms }))
      .sort(largestFirst);
  const valueRows = (kind: Kind, counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([key, n]) => ({ key, label: label(kind, key), value: n }))
      .sort(largestFirst);
  const weeks = (trend: (PeriodSummary & { week: Week })[], value: (s: PeriodSummary) => number) =>
    trend.map((s) => ({ label: t('weekShort', weekNumber(s.week)), value: value(s) }));

  return (
    <section class="charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading" class="visually-hidden">
        {t('chartsHeading')}
      </h2>
      <BarChart
        id="by-organisation"
        title={t('chartByOrganisation')}
        rows={timeRows('organisations', summary.byOrganisation)}
        format={durationText}
      />
      <BarChart id="by-mode" title={t('chartByMode')} rows={timeRows('modes', summary.byMode)} format={durationText} />
      <BarChart
        id="frictions-by-kind"
        title={t('chartFrictionsByKind')}
        rows={valueRows('frictions', summary.frictions.byKind)}
        format={count}
      />
      <BarChart
        id="by-reason"
        title={t('chartByReason')}
        description={t('chartByReasonNote')}
        rows={timeRows('reasons', summary.byReason)}
        format={durationText}
      />
      {trend === null ? (
        <>
          <TrendPending title={t('chartTrendTime')} />
          <TrendPending title={t('chartTrendFrictions')} />
        </>
      ) : (
        <>
          <WeekTrend
            id="trend-time"
            title={t('chartTrendTime')}
            scale="duration"
            current={current}
            weeks={weeks(trend, (s) => s.procedures.ms)}
            format={durationText}
          />
          <WeekTrend
            id="trend-frictions"
            title={t('chartTrendFrictions')}
            current={current}
            weeks={weeks(trend, (s) => s.frictions.total)}
            format={count}
          />
        </>
      )}
      {(summary.siteTime.totalMs > 0 || summary.siteTime.imiloMs > 0) && (
        <BarChart
          id="site-time"
          title={t('chartSiteTime')}
          rows={valueRows('organisations', summary.siteTime.byOrganisation)}
          format={durationText}
        />
      )}
    </section>
  );
}

/** A trend's place while its twelve weeks are read: its title, and a word. */
function TrendPending({ title }: { title: string }) {
  const { t } = useI18n();
  return (
    <div class="chart pending">
      <p class="chart-title">{title}</p>
      <p class="loading">{t('loading')}</p>
    </div>
  );
}
