// Twelve weeks side by side as columns, one series (procedure time, or
// frictions), with two or three labelled gridlines. The last column is the
// week chosen: when it is this week, hatched and labelled « cette semaine »
// (not told by colour); a past week is labelled « semaine choisie (S40) ».
// Over a period (a team report), nothing was chosen: the last week is only
// the period's last, with its week label like the others.
import { useI18n } from '../i18n';
import { ChartFigure, type FigureProps } from './ChartFigure';
import { gridlines, type Scale, trendSummary } from './chart-text';

export interface WeekTrendProps extends FigureProps {
  /** Oldest first; the last one is the week chosen. */
  weeks: { label: string; value: number }[];
  /** The last week is this week (not a past week chosen). */
  current: boolean;
  /** The weeks are a period's (a team report): the last is not a week chosen, and is not marked. */
  period?: boolean;
  format: (value: number) => string;
  /** Where gridlines fall: round counts, or round minutes and hours. */
  scale?: Scale;
}

const WIDTH = 600;
const AXIS_X = 72; // gridline values end just left of it
const RIGHT = 592;
const TOP = 26; // room for the current week's value above its column
const PLOT = 150;
const HEIGHT = TOP + PLOT + 40; // week labels and « cette semaine » below

export function WeekTrend({ weeks, current, period = false, format, scale = 'count', ...figure }: WeekTrendProps) {
  const { t, lang } = useI18n();
  const ticks = gridlines(Math.max(0, ...weeks.map((w) => w.value)), scale);
  const top = ticks[ticks.length - 1] ?? 1;
  const base = TOP + PLOT;
  const y = (v: number) => Math.round((base - (v / top) * PLOT) * 10) / 10;
  const slot = (RIGHT - AXIS_X) / Math.max(1, weeks.length);
  const hatch = `${figure.id}-hatch`;
  return (
    <ChartFigure
      {...figure}
      rows={weeks.map((w) => ({ key: w.label, ...w }))}
      format={format}
      summary={trendSummary(t, lang, weeks, format, period ? 'period' : current ? 'now' : 'chosen')}
      labelHeader={t('chartWeek')}
      width={WIDTH}
      height={HEIGHT}
    >
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect class="chart-hatch-ground" width="6" height="6" />
          <line class="chart-hatch" x1="0" y1="0" x2="0" y2="6" />
        </pattern>
      </defs>
      {ticks.map((tick) => (
        <g key={tick} class="chart-grid">
          <line class="chart-gridline" x1={AXIS_X} y1={y(tick)} x2={RIGHT} y2={y(tick)} />
          <text class="chart-tick" x={AXIS_X - 6} y={y(tick) + 4.5} text-anchor="end">
            {format(tick)}
          </text>
        </g>
      ))}
      {weeks.map((week, i) => {
        const last = i === weeks.length - 1;
        const hatched = last && current;
        const x = AXIS_X + i * slot + slot * 0.2;
        const width = Math.round(slot * 0.6 * 10) / 10;
        return (
          <g key={week.label} class={last ? 'chart-week chart-current' : 'chart-week'} data-week={week.label}>
            <rect
              class={hatched ? 'chart-column-current' : 'chart-column'}
              x={Math.round(x * 10) / 10}
              y={y(week.value)}
              width={width}
              height={Math.round((base - y(week.value)) * 10) / 10}
              fill={hatched ? `url(#${hatch})` : undefined}
            />
            <text class="chart-tick" x={Math.round((x + width / 2) * 10) / 10} y={base + 16} text-anchor="middle">
              {week.label}
            </text>
            {last && (
              <>
                <text class="chart-value" x={RIGHT} y={y(week.value) - 6} text-anchor="end">
                  {format(week.value)}
                </text>
                {!period && (
                  <text class="chart-now" x={RIGHT} y={base + 32} text-anchor="end">
                    {current ? t('chartThisWeek') : t('chartChosenWeek', week.label)}
                  </text>
                )}
              </>
            )}
          </g>
        );
      })}
      <line class="chart-axis" x1={AXIS_X} y1={base} x2={RIGHT} y2={base} />
    </ChartFigure>
  );
}
