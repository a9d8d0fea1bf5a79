// The frame every chart shares: a <figure> titled by its <figcaption>, the
// drawing (an SVG named by the caption and described by a sentence), and the
// same figures as a table for screen readers (hidden on screen and in print,
// where the SVG speaks). No data at all: a sentence instead of an empty box.
import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n';
import { type ChartRow, isEmpty } from './chart-text';

export interface FigureProps {
  id: string;
  title: string;
  /** An optional note shown under the chart (how to read it), also read with the drawing. */
  description?: string;
  /** The value column's header in the table (« Temps », « Frictions »). */
  unitLabel?: string;
}

interface Props extends FigureProps {
  /** The figures drawn, in the table as given; all zero or none: the « no data » sentence. */
  rows: ChartRow[];
  format: (value: number) => string;
  /** The text alternative: the figures that matter, in one sentence. */
  summary: string;
  labelHeader: string;
  /** The drawing's size in SVG units (it scales down to the page's width). */
  width: number;
  height: number;
  /** The drawing: what goes inside the <svg>. */
  children: ComponentChildren;
}

export function ChartFigure({
  id,
  title,
  description,
  unitLabel,
  rows,
  format,
  summary,
  labelHeader,
  width,
  height,
  children,
}: Props) {
  const { t } = useI18n();
  return (
    <figure class="chart" id={id} data-testid={id}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {isEmpty(rows.map((r) => r.value)) ? (
        <p class="chart-empty">{t('chartEmpty')}</p>
      ) : (
        <>
          <svg
            class="chart-svg"
            viewBox={`0 0 ${width} ${height}`}
            width={width}
            height={height}
            role="img"
            aria-labelledby={`${id}-title`}
            aria-describedby={description ? `${id}-desc ${id}-note` : `${id}-desc`}
          >
            <title>{title}</title>
            {children}
          </svg>
          <p id={`${id}-desc`} class="visually-hidden">
            {summary}
          </p>
          {description && (
            <p id={`${id}-note`} class="chart-note">
              {description}
            </p>
          )}
          <table class="visually-hidden chart-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{labelHeader}</th>
                <th scope="col">{unitLabel ?? t('chartValue')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>{format(row.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
