// @vitest-environment happy-dom
// The dashboard's charts: what they draw, what they say to a screen reader, and
// what they show when there is nothing to draw.
import { cleanup, render, screen } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from '../../components/charts/BarChart';
import { WeekTrend } from '../../components/charts/WeekTrend';
import { durationText } from '../../components/format';
import { I18nContext } from '../../components/i18n';
import { createTranslator } from '../../lib/i18n/translator';
import fr from '../../public/_locales/fr/messages.json';

afterEach(cleanup);

const MIN = 60_000;
const plain = (v: number) => String(v);

function inFrench(children: ComponentChildren) {
  return render(
    <I18nContext.Provider value={{ t: createTranslator(fr), lang: 'fr' }}>{children}</I18nContext.Provider>,
  );
}

const byOrganisation = [
  { key: 'caf', label: 'CAF', value: 200 * MIN },
  { key: 'france_travail', label: 'France Travail', value: 125 * MIN },
  { key: 'mdph', label: 'Maison départementale des personnes handicapées du Val-de-Marne', value: 50 * MIN },
  { key: 'ants', label: 'ANTS', value: 20 * MIN },
  { key: 'none', label: 'Non précisé', value: 0 },
];

/** The drawn rows of a bar chart, top to bottom. */
function bars(figure: HTMLElement) {
  return [...figure.querySelectorAll('.chart-row')].map((row) => ({
    key: row.getAttribute('data-key'),
    width: Number(row.querySelector('rect')?.getAttribute('width')),
    value: row.querySelector('.chart-value')?.textContent,
  }));
}

function described(svg: Element): string {
  return (svg.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('BarChart', () => {
  it('draws one bar per row in the given order, lengths proportional to the values, each with its value written', () => {
    inFrench(<BarChart id="by-org" title="Temps par organisme" rows={byOrganisation} format={durationText} />);
    const drawn = bars(screen.getByTestId('by-org'));
    expect(drawn.map((b) => b.key)).toEqual(['caf', 'france_travail', 'mdph', 'ants', 'none']);
    expect(drawn.map((b) => b.value)).toEqual(['3 h 20', '2 h 05', '50 min', '20 min', '0 min']);
    const longest = drawn[0]?.width ?? 0;
    expect(longest).toBeGreaterThan(100);
    expect(drawn.map((b) => b.width / longest)).toEqual([
      1,
      expect.closeTo(125 / 200, 2),
      expect.closeTo(50 / 200, 2),
      expect.closeTo(20 / 200, 2),
      0,
    ]);
  });

  it('draws rows in the order given even when it is not the largest first', () => {
    const rows = [
      { key: 'a', label: 'Peu', value: 1 },
      { key: 'b', label: 'Beaucoup', value: 4 },
    ];
    inFrench(<BarChart id="kinds" title="Frictions par type" rows={rows} format={plain} />);
    const drawn = bars(screen.getByTestId('kinds'));
    expect(drawn.map((b) => b.key)).toEqual(['a', 'b']);
    expect(drawn[0]?.width).toBeCloseTo((drawn[1]?.width ?? 0) / 4, 1);
  });

  it('is one image named by its caption and described by its top rows with their values', () => {
    inFrench(<BarChart id="by-org" title="Temps par organisme" rows={byOrganisation} format={durationText} />);
    const image = screen.getByRole('img', { name: 'Temps par organisme' });
    expect(screen.getByTestId('by-org').querySelector('figcaption')?.textContent).toBe('Temps par organisme');
    expect(described(image)).toBe(
      'Le plus : CAF, 3 h 20 ; puis France Travail, 2 h 05 ; puis Maison départementale des personnes handicapées du Val-de-Marne, 50 min ; et 1 autre.',
    );
  });

  it('names the largest rows first in its text alternative whatever the drawing order', () => {
    const rows = [
      { key: 'a', label: 'Peu', value: 1 },
      { key: 'b', label: 'Beaucoup', value: 4 },
    ];
    inFrench(<BarChart id="kinds" title="Frictions par type" rows={rows} format={plain} />);
    expect(described(screen.getByRole('img'))).toBe('Le plus : Beaucoup, 4 ; puis Peu, 1.');
  });

  it('reads its optional description with the drawing and shows it under it', () => {
    inFrench(
      <BarChart
        id="by-reason"
        title="Temps par motif"
        description="Une démarche à plusieurs motifs compte dans chacun."
        rows={byOrganisation}
        format={durationText}
      />,
    );
    expect(described(screen.getByRole('img'))).toContain('Une démarche à plusieurs motifs compte dans chacun.');
    expect(screen.getByText('Une démarche à plusieurs motifs compte dans chacun.')).toBeTruthy();
  });

  it('holds every row, zeros included, in a table for screen readers, hidden on screen', () => {
    inFrench(
      <BarChart
        id="by-org"
        title="Temps par organisme"
        rows={byOrganisation}
        format={durationText}
        unitLabel="Temps"
      />,
    );
    const table = screen.getByRole('table', { name: 'Temps par organisme' });
    expect(table.classList.contains('visually-hidden')).toBe(true);
    expect([...table.querySelectorAll('th')].map((th) => th.textContent)).toEqual([
      'Libellé',
      'Temps',
      ...byOrganisation.map((r) => r.label),
    ]);
    expect([...table.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '3 h 20',
      '2 h 05',
      '50 min',
      '20 min',
      '0 min',
    ]);
  });

  it('cuts a long label to fit and keeps its full text in a <title>', () => {
    inFrench(<BarChart id="by-org" title="Temps par organisme" rows={byOrganisation} format={durationText} />);
    const label = screen.getByTestId('by-org').querySelector('[data-key="mdph"] .chart-label');
    const lines = [...(label?.querySelectorAll('tspan') ?? [])].map((line) => line.textContent ?? '');
    expect(lines.length).toBe(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(24);
    expect(label?.querySelector('title')?.textContent).toBe(
      'Maison départementale des personnes handicapées du Val-de-Marne',
    );
    expect(screen.getByTestId('by-org').querySelector('[data-key="caf"] title')).toBeNull();
  });

  it.each([
    ['no row', []],
    ['only zeros', [{ key: 'caf', label: 'CAF', value: 0 }]],
  ])('with %s says there is no data instead of drawing an empty box', (_, rows) => {
    inFrench(<BarChart id="by-org" title="Temps par organisme" rows={rows} format={durationText} />);
    const figure = screen.getByTestId('by-org');
    expect(figure.textContent).toContain('Aucune donnée pour cette période.');
    expect(figure.querySelector('svg')).toBeNull();
    expect(figure.querySelector('figcaption')?.textContent).toBe('Temps par organisme');
  });
});

const twelveWeeks = [30, 45, 60, 20, 90, 120, 75, 40, 0, 100, 130, 80].map((minutes, i) => ({
  label: `S${37 + i}`,
  value: minutes * MIN,
}));

/** The drawn columns of a trend, oldest first. */
function columns(figure: HTMLElement) {
  return [...figure.querySelectorAll('.chart-week')].map((week) => ({
    label: week.getAttribute('data-week'),
    height: Number(week.querySelector('rect')?.getAttribute('height')),
    fill: week.querySelector('rect')?.getAttribute('fill') ?? null,
    text: week.textContent,
  }));
}

/** The twelve weeks' time trend, the last week this week unless told otherwise. */
function renderTrend(current = true) {
  inFrench(
    <WeekTrend
      id="trend"
      title="Temps sur 12 semaines"
      weeks={twelveWeeks}
      current={current}
      format={durationText}
      scale="duration"
    />,
  );
}

describe('WeekTrend', () => {
  it('draws twelve columns oldest first, heights proportional to the values', () => {
    renderTrend();
    const drawn = columns(screen.getByTestId('trend'));
    expect(drawn.map((c) => c.label)).toEqual(twelveWeeks.map((w) => w.label));
    const tallest = drawn[10]?.height ?? 0; // S47, 130 min
    expect(drawn.map((c) => c.height / tallest)).toEqual(
      twelveWeeks.map((w) => expect.closeTo(w.value / (130 * MIN), 2)),
    );
  });

  it('marks the current (last) week by a hatch pattern and the words « cette semaine », with its value', () => {
    renderTrend();
    const drawn = columns(screen.getByTestId('trend'));
    const hatched = drawn.filter((c) => c.fill === 'url(#trend-hatch)');
    expect(hatched.map((c) => c.label)).toEqual(['S48']);
    expect(screen.getByTestId('trend').querySelector('pattern#trend-hatch')).not.toBeNull();
    expect(drawn.filter((c) => c.text?.includes('cette semaine')).map((c) => c.label)).toEqual(['S48']);
    expect(drawn[11]?.text).toContain('1 h 20');
  });

  it('with a past week chosen, says « semaine choisie (S48) » and hatches nothing: it is not this week', () => {
    renderTrend(false);
    const drawn = columns(screen.getByTestId('trend'));
    expect(drawn.filter((c) => c.fill !== null)).toEqual([]);
    expect(screen.getByTestId('trend').textContent).not.toContain('cette semaine');
    expect(drawn[11]?.text).toContain('semaine choisie (S48)');
    expect(drawn[11]?.text).toContain('1 h 20');
    expect(described(screen.getByRole('img', { name: 'Temps sur 12 semaines' }))).toMatch(
      /^Semaine choisie \(S48\) : 1 h 20 ;/,
    );
  });

  it('draws two or three gridlines at round values, each with its value written', () => {
    renderTrend();
    const ticks = [...screen.getByTestId('trend').querySelectorAll('.chart-grid text')].map((t) => t.textContent);
    expect(ticks).toEqual(['1 h 00', '2 h 00', '3 h 00']);
  });

  it('puts count gridlines on whole numbers', () => {
    const weeks = [3, 7, 5].map((value, i) => ({ label: `S${i + 1}`, value }));
    inFrench(<WeekTrend id="frictions" title="Frictions" weeks={weeks} current format={plain} />);
    const ticks = [...screen.getByTestId('frictions').querySelectorAll('.chart-grid text')].map((t) => t.textContent);
    expect(ticks).toEqual(['5', '10']);
  });

  it('is one image named by its caption and described by this week, the week before and the highest', () => {
    renderTrend();
    const image = screen.getByRole('img', { name: 'Temps sur 12 semaines' });
    expect(described(image)).toBe(
      'Cette semaine (S48) : 1 h 20 ; la semaine d’avant (S47) : 2 h 10 ; le plus haut : S47, 2 h 10.',
    );
  });

  it('holds every week in a table for screen readers', () => {
    renderTrend();
    const table = screen.getByRole('table', { name: 'Temps sur 12 semaines' });
    expect([...table.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(
      twelveWeeks.map((w) => w.label),
    );
    expect([...table.querySelectorAll('td')].map((td) => td.textContent)).toEqual(
      twelveWeeks.map((w) => durationText(w.value)),
    );
  });

  it('with only empty weeks says there is no data', () => {
    const weeks = twelveWeeks.map((w) => ({ ...w, value: 0 }));
    inFrench(<WeekTrend id="trend" title="Temps sur 12 semaines" weeks={weeks} current format={durationText} />);
    expect(screen.getByTestId('trend').textContent).toContain('Aucune donnée pour cette période.');
    expect(screen.getByTestId('trend').querySelector('svg')).toBeNull();
  });
});
