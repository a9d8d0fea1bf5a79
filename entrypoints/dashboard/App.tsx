// The dashboard: a week (or the 4 or 12 weeks up to it) in headline figures,
// charts and the table of its procedures, each correctable. Every figure is
// computed by lib/stats from what is read; nothing is stored but what the
// counsellor corrects through the background. Two reads, so that the period
// shows without waiting for the trend: the period first, then (once it is on
// screen) the twelve weeks of the trend, unless the period is those twelve weeks.
// Each read is kept with the range it is of, so a change of week never shows
// the previous week's figures under the new heading. The table is keyed by the
// period: its filters start afresh with each period's own organisations.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { EntryTable } from '../../components/dashboard/EntryTable';
import { Headline } from '../../components/dashboard/Headline';
import { PeriodCharts } from '../../components/dashboard/PeriodCharts';
import { PeriodNav, type Span } from '../../components/dashboard/PeriodNav';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { ExportPanelProps } from '../../components/evidence/ExportPanel';
import { useLazy } from '../../components/evidence/lazy';
import { useI18n } from '../../components/i18n';
import type { PeriodData, PeriodRead } from '../../lib/db/period-data';
import { isDemo } from '../../lib/demo/ids';
import { periodRead as readFor } from '../../lib/stats/period-read';
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

/** What a read brought, and of which range (`${from}-${to}`). */
interface KeyedRead {
  key: string;
  data: PeriodData;
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
  const [periodRead, setPeriodRead] = useState<KeyedRead | null>(null);
  const [trendRead, setTrendRead] = useState<KeyedRead | null>(null);
  const [failed, setFailed] = useState(false);
  const first = shiftWeek(week, 1 - TREND_WEEKS, timeZone);
  const periodFrom = shiftWeek(week, 1 - span, timeZone).from;
  const trendIsPeriod = span === TREND_WEEKS;
  const periodKey = `${periodFrom}-${week.to}`;
  const trendKey = `${first.from}-${week.to}`;

  useEffect(
    () =>
      source.watch(
        readFor(periodFrom, week.to, timeZone),
        (read) => setPeriodRead({ key: periodKey, data: read }),
        () => setFailed(true),
      ),
    [source, periodKey],
  );
  // A read of another period (the one before a change of week, still in state
  // for one render) is no read at all: « Chargement… », never its figures.
  const data = periodRead?.key === periodKey ? periodRead.data : null;
  const periodShown = data !== null;
  useEffect(() => {
    if (!periodShown || trendIsPeriod) return;
    return source.watch(
      readFor(first.from, week.to, timeZone),
      (read) => setTrendRead({ key: trendKey, data: read }),
      () => setFailed(true),
    );
  }, [source, trendKey, periodShown, trendIsPeriod]);

  const trendSource = trendIsPeriod ? data : trendRead?.key === trendKey ? trendRead.data : null;
  const trend = useMemo(
    () => (trendSource ? weeklySummaries(trendSource, first, TREND_WEEKS, timeZone) : null),
    [trendSource, first.id, timeZone],
  );
  const summary = useMemo(
    () => (data ? summarise(data, periodFrom, week.to, timeZone) : null),
    [data, periodFrom, week.to, timeZone],
  );
  const entries = useMemo(
    () => (data ? data.entries.filter((e) => e.start >= periodFrom && e.start < week.to) : []),
    [data, periodFrom, week.to],
  );
  const holdsDemo = entries.some(isDemo) || (data?.frictions.some(isDemo) ?? false);

  /**
   * « Imprimer » asked: the whole table is rendered, and the browser prints
   * once the trend is there too (not « Chargement… » on paper).
   */
  const [printing, setPrinting] = useState(false);
  const ready = summary !== null && trend !== null;
  useEffect(() => {
    if (!printing || !ready) return;
    print();
    setPrinting(false);
  }, [printing, ready, print]);

  function choose(next: Week) {
    setWeek(next);
    onWeek(next.id);
  }

  const nothingAtAll = trendSource !== null && trendSource.entries.length === 0 && trendSource.frictions.length === 0;
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
          print={() => setPrinting(true)}
        />
      </header>
      <ErrorMessage text={failed ? t('dashboardReadFailed') : null} />
      {!summary || !data ? (
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
          {holdsDemo && <p class="demo-note">{t('dashboardDemoNote')}</p>}
          <Headline summary={summary} />
          <PeriodCharts summary={summary} trend={trend} current={week.id === current.id} />
          <EntryTable key={periodKey} showAll={printing} entries={entries} frictions={data.frictions} />
          <ExportSection
            key={periodKey}
            input={data}
            weeks={Array.from({ length: span }, (_, i) => shiftWeek(week, i + 1 - span, timeZone))}
            timeZone={timeZone}
          />
          <p class="print-note">{t('dashboardPrintNote')}</p>
        </>
      )}
    </main>
  );
}

const loadExport = () => import('../../components/evidence/ExportPanel').then((m) => m.default);

function ExportLoaded(props: ExportPanelProps) {
  const { t } = useI18n();
  const Panel = useLazy(loadExport);
  return Panel ? <Panel {...props} /> : <p class="loading">{t('loading')}</p>;
}

/** « Exporter pour l’équipe »: the individual file of the weeks shown, prepared on demand (its code loads then). */
function ExportSection(props: ExportPanelProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <section class="export no-print" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('exportHeading')}</h2>
      {open ? (
        <ExportLoaded {...props} />
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          {t('exportOpen')}
        </button>
      )}
    </section>
  );
}
