// @vitest-environment happy-dom
// The dashboard page: headline figures and charts from a period's summary,
// the period chosen (← →, 1/4/12 weeks), the two reads (the period first, then
// the trend's twelve weeks), and the table of procedures (filters, sort, rows).
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EntryTable } from '../../components/dashboard/EntryTable';
import { Headline } from '../../components/dashboard/Headline';
import { PeriodCharts } from '../../components/dashboard/PeriodCharts';
import { I18nContext } from '../../components/i18n';
import { DashboardApp, type PeriodSource } from '../../entrypoints/dashboard/App';
import { weekIdOfHash } from '../../entrypoints/dashboard/address';
import type { PeriodData, PeriodRead } from '../../lib/db/period-data';
import { createTranslator } from '../../lib/i18n/translator';
import type { Entry } from '../../lib/model/records';
import { summarise, weeklySummaries } from '../../lib/stats/summary';
import { weekOf } from '../../lib/stats/week';
import fr from '../../public/_locales/fr/messages.json';
import { entryAt, frictionAt } from '../helpers/records';

afterEach(cleanup);

const MIN = 60_000;
const TZ = 'Europe/Paris';
/** Wednesday 25 November 2026, 15:00 in Paris: week 48 (23–29 November). */
const NOW = new Date('2026-11-25T15:00:00+01:00').getTime();
const at = (day: string, time: string) => new Date(`${day}T${time}:00+01:00`).getTime();

function inFrench(children: ComponentChildren) {
  return render(
    <I18nContext.Provider value={{ t: createTranslator(fr), lang: 'fr' }}>{children}</I18nContext.Provider>,
  );
}

function entry(id: string, start: number, minutes: number, details: Partial<Entry> = {}): Entry {
  return { ...entryAt(start, minutes * MIN, id), ...details };
}

/** This week: CAF 60 min done together, Ameli 30 min on their behalf; last week: France Travail 45 min. */
const data: PeriodData = {
  entries: [
    entry('entry-caf-0001', at('2026-11-23', '10:00'), 60, { modeId: 'faire_ensemble', reasonIds: ['langue'] }),
    entry('entry-ameli-001', at('2026-11-24', '14:00'), 30, {
      organisationId: 'ameli',
      modeId: 'faire_pour_en_presence',
      outcomeId: 'abouti',
    }),
    entry('entry-ft-00001', at('2026-11-17', '09:00'), 45, { organisationId: 'francetravail' }),
  ],
  frictions: [
    frictionAt(1, at('2026-11-23', '10:10'), 'entry-caf-0001'),
    {
      ...frictionAt(2, at('2026-11-24', '14:05'), 'entry-ameli-001'),
      kind: 'compte_bloque',
      detection: 'auto',
      loginMs: 6 * MIN,
    },
    { ...frictionAt(3, at('2026-11-24', '14:06'), null), status: 'dismissed' },
  ],
  siteTime: [],
};

function summaryOfThisWeek() {
  const week = weekOf(NOW, TZ);
  return { week, summary: summarise(data, week.from, week.to, TZ) };
}

describe('Headline', () => {
  it('shows the period’s figures: time, procedures, frictions and how recorded, login time and shares', () => {
    inFrench(<Headline summary={summaryOfThisWeek().summary} />);
    const figure = (label: string) =>
      screen.getByText(label, { selector: 'dt' }).parentElement?.querySelector('dd')?.textContent;
    expect(figure('Temps de démarches avec ou pour les jeunes')).toBe('1 h 30');
    expect(figure('Démarches')).toBe('2');
    // 2 frictions: 1 logged, 1 detected (singular in French: « 1 notée », not « 1 notées »).
    expect(figure('Difficultés de connexion')).toBe('21 notée, 1 repérée et confirmée');
    expect(figure('Temps sur les pages de connexion')).toBe('6 min');
    // 6 min of login time during 90 min of procedures; 30 min of 90 done on their behalf.
    expect(figure('Part du temps de démarche perdue en connexion')).toMatch(/^7\s?%/);
    expect(figure('Fait « à la place du jeune »')).toMatch(/^33\s?%30 min$/);
  });
});

describe('PeriodCharts', () => {
  it('draws each chart from the summary, largest first, each with a text alternative', () => {
    const { week, summary } = summaryOfThisWeek();
    const first = { ...week, from: week.from - 11 * 7 * 24 * 60 * MIN };
    const trend = weeklySummaries(data, weekOf(first.from + 60 * MIN, TZ), 12, TZ);
    inFrench(<PeriodCharts summary={summary} trend={trend} current />);
    const values = (id: string) =>
      [...(document.getElementById(id)?.querySelectorAll('.chart-row') ?? [])].map((row) => [
        row.getAttribute('data-key'),
        row.querySelector('.chart-value')?.textContent,
      ]);
    expect(values('by-organisation')).toEqual([
      ['caf', '1 h 00'],
      ['ameli', '30 min'],
    ]);
    expect(values('by-mode')).toEqual([
      ['faire_ensemble', '1 h 00'],
      ['faire_pour_en_presence', '30 min'],
    ]);
    expect(values('frictions-by-kind')).toEqual([
      ['compte_bloque', '1'],
      ['mdp_oublie', '1'],
    ]);
    expect(values('by-reason')).toEqual([
      ['langue', '1 h 00'],
      ['none', '30 min'],
    ]);
    const organisations = screen.getByRole('img', { name: 'Temps par organisme' });
    const description = document.getElementById(organisations.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toContain('CAF, 1 h 00');
    // The trend: twelve weeks, the last this one (1 h 30), the one before 45 min.
    const trendTime = document.getElementById('trend-time');
    expect(within(trendTime as HTMLElement).getAllByRole('row')).toHaveLength(13);
    expect(screen.getByRole('img', { name: 'Temps de démarches, 12 semaines' })).toBeTruthy();
    expect(trendTime?.textContent).toContain('1 h 30');
    expect(trendTime?.textContent).toContain('45 min');
  });

  it('shows the trend’s place while its weeks are read', () => {
    inFrench(<PeriodCharts summary={summaryOfThisWeek().summary} trend={null} current />);
    expect(screen.getByText('Temps de démarches, 12 semaines')).toBeTruthy();
    expect(document.getElementById('trend-time')).toBeNull();
  });
});

/** What `stored` holds in a read's range. */
function inRangeOf(stored: PeriodData, read: PeriodRead): PeriodData {
  return {
    entries: stored.entries.filter((e) => e.start >= read.from && e.start < read.to),
    frictions: stored.frictions.filter((f) => f.at >= read.from && f.at < read.to),
    siteTime: [],
  };
}

/** A source that serves `stored` for any read, and remembers the reads asked. */
function fakeSource(stored: PeriodData = data) {
  const reads: PeriodRead[] = [];
  const source: PeriodSource = {
    watch(read, onChange) {
      reads.push(read);
      const timer = setTimeout(() => onChange(inRangeOf(stored, read)), 0);
      return () => clearTimeout(timer);
    },
  };
  return { source, reads };
}

/** A source that answers each read only when the test says so (a slow database). */
function slowSource(stored: PeriodData = data) {
  const reads: { read: PeriodRead; figuresShown: boolean; reply: () => void }[] = [];
  const source: PeriodSource = {
    watch(read, onChange) {
      let open = true;
      reads.push({
        read,
        // Whether the page showed figures when it asked (the render that changed the week).
        figuresShown: document.querySelector('.headline') !== null,
        reply: () =>
          act(() => {
            if (open) onChange(inRangeOf(stored, read));
          }),
      });
      return () => {
        open = false;
      };
    },
  };
  return { source, reads };
}

function renderApp(
  initialWeek: string | null = null,
  source: PeriodSource = fakeSource().source,
  print: () => void = () => {},
) {
  const weeks: string[] = [];
  inFrench(
    <DashboardApp
      source={source}
      timeZone={TZ}
      now={() => NOW}
      initialWeek={initialWeek}
      onWeek={(id) => weeks.push(id)}
      openOptions={() => {}}
      print={print}
    />,
  );
  return { weeks };
}

const procedures = () =>
  screen.getByText('Démarches', { selector: 'dt' }).parentElement?.querySelector('.value')?.textContent;

describe('the week of the address', () => {
  it('reads `#2026-W48`, and takes a malformed address (`#%E0`) or none for no week, without throwing', () => {
    expect(weekIdOfHash('#2026-W48')).toBe('2026-W48');
    expect(weekIdOfHash('#%E0')).toBeNull();
    expect(weekIdOfHash('')).toBeNull();
  });
});

describe('DashboardApp', () => {
  it('opens on this week, reads it first and the twelve weeks of the trend after', async () => {
    const { source, reads } = fakeSource();
    renderApp(null, source);
    expect(await screen.findByText('Semaine 48 · du 23 novembre 2026 au 29 novembre 2026')).toBeTruthy();
    await waitFor(() => expect(procedures()).toBe('2'));
    await screen.findByRole('img', { name: 'Temps de démarches, 12 semaines' });
    const week = weekOf(NOW, TZ);
    expect(reads[0]).toMatchObject({ from: week.from, to: week.to, fromDay: '2026-11-23', toDay: '2026-11-30' });
    // Eleven weeks earlier, in summer time: Monday 7 September 2026, 00:00 in Paris.
    expect(reads[1]).toMatchObject({ from: at('2026-09-07', '00:00') - 60 * MIN, to: week.to, fromDay: '2026-09-07' });
    expect(screen.getByRole('button', { name: 'Semaine suivante →' }).hasAttribute('disabled')).toBe(true);
  });

  it('moves by week with ← and →, tells the address, and goes back to this week', async () => {
    const { weeks } = renderApp();
    await waitFor(() => expect(procedures()).toBe('2'));
    fireEvent.click(screen.getByRole('button', { name: '← Semaine précédente' }));
    await screen.findByText('Semaine 47 · du 16 novembre 2026 au 22 novembre 2026');
    await waitFor(() => expect(procedures()).toBe('1'));
    expect(weeks).toEqual(['2026-W47']);
    fireEvent.click(screen.getByRole('button', { name: 'Cette semaine' }));
    await waitFor(() => expect(procedures()).toBe('2'));
    expect(weeks).toEqual(['2026-W47', '2026-W48']);
  });

  it('opens on the week of the address, never on a week to come', async () => {
    renderApp('2026-W47');
    await waitFor(() => expect(procedures()).toBe('1'));
    cleanup();
    renderApp('2027-W10');
    expect(await screen.findByText(/^Semaine 48 ·/)).toBeTruthy();
  });

  it('sums four weeks when asked, and reads the twelve weeks once when the period is the trend’s', async () => {
    const { source, reads } = fakeSource();
    renderApp(null, source);
    await waitFor(() => expect(procedures()).toBe('2'));
    fireEvent.change(screen.getByLabelText('Voir'), { target: { value: '4' } });
    await screen.findByText('Semaines 45 à 48 · du 2 novembre 2026 au 29 novembre 2026');
    await waitFor(() => expect(procedures()).toBe('3'));
    await screen.findByRole('img', { name: 'Temps de démarches, 12 semaines' });
    const before = reads.length;
    fireEvent.change(screen.getByLabelText('Voir'), { target: { value: '12' } });
    await screen.findByRole('img', { name: 'Temps de démarches, 12 semaines' });
    expect(reads.length - before).toBe(1);
  });
});

describe('DashboardApp, reads slower than the counsellor', () => {
  it('after a change of week shows « Chargement… », never the previous week’s figures, and reads the trend after', async () => {
    const { source, reads } = slowSource();
    renderApp(null, source);
    reads[0]?.reply();
    reads[1]?.reply();
    await waitFor(() => expect(procedures()).toBe('2'));
    fireEvent.click(screen.getByRole('button', { name: '← Semaine précédente' }));
    expect(screen.getByText(/^Semaine 47 ·/)).toBeTruthy();
    expect(screen.queryByText('Démarches', { selector: 'dt' })).toBeNull();
    expect(reads[2]?.figuresShown).toBe(false);
    expect(screen.getAllByText('Chargement…').length).toBeGreaterThan(0);
    // Week 47 is being read; its trend waits for it.
    expect(reads.map((r) => r.read.to)).toEqual([weekOf(NOW, TZ).to, weekOf(NOW, TZ).to, at('2026-11-23', '00:00')]);
    reads[2]?.reply();
    await waitFor(() => expect(procedures()).toBe('1'));
    expect(reads).toHaveLength(4);
  });

  it('prints from « Imprimer » only once the trend is there, with every row of the table', async () => {
    const busy: PeriodData = {
      entries: Array.from({ length: 60 }, (_, i) =>
        entry(`entry-busy-${String(i).padStart(3, '0')}`, at('2026-11-23', '08:00') + i * 20 * MIN, 10),
      ),
      frictions: [],
      siteTime: [],
    };
    const { source, reads } = slowSource(busy);
    const printed: number[] = [];
    renderApp(null, source, () => printed.push(screen.getAllByTestId('table-entry').length));
    reads[0]?.reply();
    await waitFor(() => expect(screen.getAllByTestId('table-entry')).toHaveLength(50));
    fireEvent.click(screen.getByRole('button', { name: 'Imprimer' }));
    expect(printed).toEqual([]);
    reads[1]?.reply();
    await waitFor(() => expect(printed).toEqual([60]));
    expect(screen.queryByText('Chargement…')).toBeNull();
  });
});

describe('DashboardApp, from one week to another', () => {
  it('starts the table’s filters afresh: an organisation of last week does not hide this one', async () => {
    renderApp();
    await waitFor(() => expect(procedures()).toBe('2'));
    fireEvent.change(screen.getByLabelText('Organisme'), { target: { value: 'ameli' } });
    expect(screen.getAllByTestId('table-entry')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: '← Semaine précédente' }));
    await waitFor(() => expect(procedures()).toBe('1'));
    expect(screen.getAllByTestId('table-entry')).toHaveLength(1);
    expect((screen.getByLabelText('Organisme') as HTMLSelectElement).value).toBe('');
  });

  it('says, on screen and on paper, when the period holds demonstration data', async () => {
    const NOTE = 'Cette période contient des données de démonstration, fictives.';
    const withDemo: PeriodData = {
      ...data,
      entries: [...data.entries, entry('demo-entry-0001', at('2026-11-17', '11:00'), 20)],
    };
    renderApp(null, fakeSource(withDemo).source);
    await waitFor(() => expect(procedures()).toBe('2'));
    expect(screen.queryByText(NOTE)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '← Semaine précédente' }));
    await waitFor(() => expect(procedures()).toBe('2'));
    expect(screen.getByText(NOTE).classList.contains('no-print')).toBe(false);
  });

  it('keeps focus on the page when « Semaine suivante → » or « Cette semaine » goes: on the period’s name', async () => {
    renderApp('2026-W46');
    await waitFor(() => expect(procedures()).toBe('0'));
    fireEvent.click(screen.getByRole('button', { name: 'Semaine suivante →' }));
    await screen.findByText(/^Semaine 47 ·/);
    fireEvent.click(screen.getByRole('button', { name: 'Semaine suivante →' }));
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^Semaine 48 ·/));
    fireEvent.click(screen.getByRole('button', { name: '← Semaine précédente' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cette semaine' }));
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^Semaine 48 ·/));
  });
});

describe('EntryTable', () => {
  const many = Array.from({ length: 60 }, (_, i) =>
    entry(`entry-many-${String(i).padStart(3, '0')}`, at('2026-11-23', '08:00') + i * 5 * MIN, (i % 7) + 1, {
      organisationId: i % 2 === 0 ? 'caf' : 'ameli',
    }),
  );

  it('shows the first fifty rows, then all on demand, with each row’s frictions', () => {
    inFrench(<EntryTable entries={many} frictions={[frictionAt(1, many[0]?.start ?? 0, 'entry-many-000')]} />);
    expect(screen.getAllByTestId('table-entry')).toHaveLength(50);
    const first = screen.getAllByTestId('table-entry')[0];
    expect(first?.children[2]?.textContent).toBe('CAF');
    expect(first?.children[6]?.textContent).toBe('1');
    fireEvent.click(screen.getByRole('button', { name: 'Afficher les 10 autres' }));
    expect(screen.getAllByTestId('table-entry')).toHaveLength(60);
  });

  it('filters by organisation and sorts by duration, longest first', () => {
    inFrench(<EntryTable entries={many.slice(0, 8)} frictions={[]} />);
    fireEvent.change(screen.getByLabelText('Organisme'), { target: { value: 'ameli' } });
    expect(screen.getAllByTestId('table-entry')).toHaveLength(4);
    fireEvent.click(screen.getByRole('button', { name: 'Durée' }));
    const durations = screen.getAllByTestId('table-entry').map((row) => row.children[1]?.textContent);
    expect(durations).toEqual(['6 min', '4 min', '2 min', '1 min']);
    expect(screen.getByRole('columnheader', { name: /Durée/ }).getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('heading', { name: 'Démarches de la période (4 sur 8)' })).toBeTruthy();
  });

  it('opens the correction form of a row in place, focus in its first field, and back on « Modifier » once closed', async () => {
    inFrench(<EntryTable entries={many.slice(0, 2)} frictions={[]} />);
    const edit = screen.getAllByRole('button', { name: /^Modifier/ })[1] as HTMLElement;
    fireEvent.click(edit);
    expect(screen.getByLabelText('Durée (minutes)')).toBeTruthy();
    const form = document.querySelector('form.edit') as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(form.querySelector('select, input')));
    fireEvent.click(screen.getByRole('button', { name: 'Fermer sans enregistrer' }));
    await waitFor(() => expect(document.activeElement).toBe(edit));
  });

  it('gives focus to the table’s heading when the row being corrected leaves the table', async () => {
    const table = (entries: Entry[]) => (
      <I18nContext.Provider value={{ t: createTranslator(fr), lang: 'fr' }}>
        <EntryTable entries={entries} frictions={[]} />
      </I18nContext.Provider>
    );
    const { rerender } = render(table(many.slice(0, 2)));
    fireEvent.click(screen.getAllByRole('button', { name: /^Modifier/ })[0] as HTMLElement);
    await waitFor(() => expect(document.activeElement?.closest('form')).not.toBeNull());
    // Saved with a start in another week: the row goes (and its form with it).
    rerender(table(many.slice(1, 2)));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: /^Démarches de la période/ })),
    );
  });

  it('tags rows as the popup does: « à compléter » for missing details, « à vérifier » for a flagged time', () => {
    const complete = { procedureId: 'caf_rsa', modeId: 'faire_ensemble', outcomeId: 'abouti' };
    inFrench(
      <EntryTable
        entries={[
          entry('entry-missing-1', at('2026-11-23', '09:00'), 10),
          entry('entry-flagged-1', at('2026-11-23', '10:00'), 10, { ...complete, review: 'forgotten' }),
        ]}
        frictions={[]}
      />,
    );
    const tags = screen
      .getAllByTestId('table-entry')
      .map((row) => [...row.querySelectorAll('.tag')].map((t) => t.textContent));
    expect(tags).toEqual([['à compléter'], ['à vérifier']]);
  });

  it('renders every row when the browser is about to print (Ctrl+P)', () => {
    inFrench(<EntryTable entries={many} frictions={[]} />);
    expect(screen.getAllByTestId('table-entry')).toHaveLength(50);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getAllByTestId('table-entry')).toHaveLength(60);
  });
});
