// The dashboard: a week (or the 4 or 12 weeks up to it) in headline figures,
// charts and the table of its procedures, each correctable. It reads twelve
// weeks up to the week chosen (the trend needs them) and computes every
// figure from them with lib/stats; nothing is stored but what the counsellor
// corrects through the background.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { EntryTable } from '../../components/dashboard/EntryTable';
import { Headline } from '../../components/dashboard/Headline';
import { PeriodCharts } from '../../components/dashboard/PeriodCharts';
import { PeriodNav, type Span } from '../../components/dashboard/PeriodNav';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../components/i18n';
import { localDay } from '../../lib/core/day-range';
import type { PeriodData, PeriodRead } from '../../lib/db/period';
import { summarise, weeklySummaries } from '../../lib/stats/summary';
import { shiftWeek, type Week, weekFromId, weekOf } from '../../lib/stats/week';

export interface PeriodSource {
  watch(period: PeriodRead, onChange: (data: PeriodData) => void, onError: (error: unknown) => void): () => void;
}

interface Props {
  source: PeriodSource;
  timeZone: string;
  now: () => number;
  /** The week asked for by the address (`2026-W48`), if any. */
  initialWeek: string | null;
  onWeek: (id: string) => void;
  openOptions: () => void;
  print: () => void;
}

/** Weeks read for the trend, the chosen week last. */
const TREND_WEEKS = 12;

export function DashboardApp({ source, timeZone, now, initialWeek, onWeek, openOptions, print }: Props) {
  const { t } = useI18n();
  const current = weekOf(now(), timeZone);
  const [week, setWeek] = useState<Week>(() => {
    const asked = initialWeek === null ? null : weekFromId(initialWeek, timeZone);
    return asked && asked.from <= current.from ? asked : current;
  });
  const [span, setSpan] = useState<Span>(1);
  const [data, setData] = useState<PeriodData | null>(null);
  const [failed, setFailed] = useState(false);
  const first = shiftWeek(week, 1 - TREND_WEEKS, timeZone);

  useEffect(() => {
    setData(null);
    const read = { from: first.from, to: week.to, fromDay: localDay(first.from), toDay: localDay(week.to) };
    return source.watch(read, setData, () => setFailed(true));
  }, [source, first.from, week.to]);

  const trend = useMemo(
    () => (data ? weeklySummaries(data, first, TREND_WEEKS, timeZone) : null),
    [data, first.id, timeZone],
  );
  const periodFrom = shiftWeek(week, 1 - span, timeZone).from;
  const summary = useMemo(
    () => (data ? summarise(data, periodFrom, week.to, timeZone) : null),
    [data, periodFrom, week.to, timeZone],
  );

  function choose(next: Week) {
    setWeek(next);
    onWeek(next.id);
  }

  const nothingAtAll = data !== null && data.entries.length === 0 && data.frictions.length === 0;
  return (
    <main class="dashboard">
      <header class="dash-head">
        <h1>{t('dashboardTitle')}</h1>
        <PeriodNav
          week={week}
          current={current}
          span={span}
          timeZone={timeZone}
          onWeek={choose}
          onSpan={setSpan}
          print={print}
        />
      </header>
      <ErrorMessage text={failed ? t('dashboardReadFailed') : null} />
      {!summary || !trend || !data ? (
        <p class="loading">{t('loading')}</p>
      ) : (
        <>
          {nothingAtAll && (
            <p class="empty-hint">
              {t('dashboardEmpty')}{' '}
              <button type="button" class="link" onClick={openOptions}>
                {t('dashboardEmptyAction')}
              </button>
            </p>
          )}
          <Headline summary={summary} />
          <PeriodCharts summary={summary} trend={trend} />
          <EntryTable
            entries={data.entries.filter((e) => e.start >= periodFrom && e.start < week.to)}
            frictions={data.frictions}
          />
          <p class="print-note">{t('dashboardPrintNote')}</p>
        </>
      )}
    </main>
  );
}
