// Horizontal bars, one per category (time by organisation, frictions by kind…),
// drawn in the order given and scaled to the largest value. Each bar has its
// value written beside it, so the chart reads without colour and in print.
import { useI18n } from '../i18n';
import { ChartFigure, type FigureProps } from './ChartFigure';
import { barSummary, type ChartRow, wrapLabel } from './chart-text';

export interface BarChartProps extends FigureProps {
  rows: ChartRow[];
  format: (value: number) => string;
}

const WIDTH = 600;
const LABEL_RIGHT = 200; // labels end here, right-aligned against the bars
const BAR_X = 210;
const BAR_MAX = 310; // leaves room after the longest bar for its value
const ROW = 36;
const BAR = 20;
const LABEL_CHARS = 24; // about what fits in the label column at 13 px
const LINE = 14;

/** A bar's length: proportional to the largest value, never invisible when not zero. */
export function barLength(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.max(1, Math.round((value / max) * BAR_MAX * 10) / 10);
}

export function BarChart({ rows, format, ...figure }: BarChartProps) {
  const { t, lang } = useI18n();
  const max = Math.max(0, ...rows.map((r) => r.value));
  return (
    <ChartFigure
      {...figure}
      rows={rows}
      format={format}
      summary={barSummary(t, lang, rows, format)}
      labelHeader={t('chartLabel')}
      width={WIDTH}
      height={rows.length * ROW + 8}
    >
      {rows.map((row, i) => {
        const middle = 4 + i * ROW + ROW / 2;
        const label = wrapLabel(row.label, LABEL_CHARS);
        const length = barLength(row.value, max);
        const first = middle + 4.5 - ((label.lines.length - 1) * LINE) / 2;
        return (
          <g key={row.key} class="chart-row" data-key={row.key}>
            <text class="chart-label" x={LABEL_RIGHT} y={first} text-anchor="end">
              {label.cut && <title>{row.label}</title>}
              {label.lines.map((line, n) => (
                <tspan key={line} x={LABEL_RIGHT} y={first + n * LINE}>
                  {line}
                </tspan>
              ))}
            </text>
            <rect class="chart-bar" x={BAR_X} y={middle - BAR / 2} width={length} height={BAR} />
            <text class="chart-value" x={BAR_X + length + 6} y={middle + 4.5}>
              {format(row.value)}
            </text>
          </g>
        );
      })}
      <line class="chart-axis" x1={BAR_X} y1={2} x2={BAR_X} y2={rows.length * ROW + 6} />
    </ChartFigure>
  );
}
