// @vitest-environment happy-dom
// The team lead's view: each individual file checked on its own and refused
// with its French reason (nothing merged from it), the summary refused as a
// whole below the minimum of contributors, the report of a summary (totals,
// `<5`, « non ventilé », digest and inputs), and the guard against a second
// summary of the same weeks one file apart, through the record the background
// keeps.
import { cleanup, createEvent, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiContext, sendOver } from '../../components/api';
import TeamView from '../../components/evidence/TeamView';
import { I18nContext } from '../../components/i18n';
import type { ContretempsDB } from '../../lib/db/database';
import { previousSummaries } from '../../lib/db/summaries';
import type { IndividualFile } from '../../lib/evidence/schema';
import { createTranslator } from '../../lib/i18n/translator';
import type { Request } from '../../lib/messages/schema';
import fr from '../../public/_locales/fr/messages.json';
import { backgroundRoute } from '../helpers/background';
import { fakeClock, freshDb } from '../helpers/db';
import { individual } from '../unit/evidence/team-files';

afterEach(cleanup);

const NOW = Date.UTC(2026, 10, 28, 12);
const t = createTranslator(fr);

function renderTeam(db: ContretempsDB = freshDb()) {
  const route = backgroundRoute(db, fakeClock(NOW));
  const sent: Request[] = [];
  const send = sendOver(async (request) => {
    sent.push(request);
    return route(request, {});
  });
  render(
    <I18nContext.Provider value={{ t, lang: 'fr' }}>
      <ApiContext.Provider value={send}>
        <TeamView now={() => NOW} previous={(weeks) => previousSummaries(db, weeks)} print={() => {}} />
      </ApiContext.Provider>
    </I18nContext.Provider>,
  );
  return { db, sent };
}

const asFile = (name: string, content: IndividualFile | string) =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' });

async function pick(files: File[]) {
  const input = document.getElementById('team-files') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
  await screen.findByText(new RegExp(`sur ${files.length}`));
}

/**
 * A counsellor's week: France Travail for all (2, 3, 1, 4, 0, 5… procedures: each content differs, as
 * each person's does); a little CAF time for one; two of them logged a friction.
 */
async function team(n: number): Promise<IndividualFile[]> {
  const files: IndividualFile[] = [];
  for (let i = 0; i < n; i++) {
    const cells = [{ count: 2 + (i % 2 ? 1 : -1) * Math.ceil(i / 2), minutes: 60 }];
    if (i === 0) cells.push({ organisation: 'caf', procedure: 'prime_activite', count: 1, minutes: 45 } as never);
    files.push(
      await individual({
        cells,
        frictions:
          i < 2
            ? [{ week: '2026-W47', organisation: 'francetravail', kind: 'mdp_oublie', count: 1, loginMinutes: 10 }]
            : [],
      }),
    );
  }
  return files;
}

const listed = (name: string) => screen.getByText(name).closest('li') as HTMLElement;

describe('team view', () => {
  it('refuses a modified file, one of another week, an unknown format and a duplicate, each with its reason, and merges none of them', async () => {
    renderTeam();
    const good = await team(5);
    const modified = {
      ...(good[1] as IndividualFile),
      cells: [{ ...(good[1]?.cells[0] as IndividualFile['cells'][number]), minutes: 600 }],
    };
    const otherWeek = await individual({ weeks: ['2026-W46'], cells: [{ week: '2026-W46', minutes: 30 }] });
    await pick([
      ...good.map((f, i) => asFile(`c${i}.json`, f)),
      asFile('modifie.json', modified),
      asFile('autre-semaine.json', otherWeek),
      asFile('tableur.json', 'tableau;minutes\n'),
      asFile('inconnu.json', '{"format":"autre","version":1}'),
      asFile('doublon.json', good[0] as IndividualFile),
    ]);
    expect(screen.getByRole('heading', { name: 'Fichiers : 5 acceptés sur 10' })).toBeTruthy();
    expect(listed('modifie.json').textContent).toContain('modifié après son export');
    expect(listed('autre-semaine.json').textContent).toContain('Semaine différente');
    expect(listed('tableur.json').textContent).toContain('refusé');
    expect(listed('inconnu.json').textContent).toContain('Format inconnu');
    expect(listed('doublon.json').textContent).toContain('déjà été ajouté');
    fireEvent.click(screen.getByRole('button', { name: 'Faire la synthèse' }));
    await screen.findByRole('heading', { name: 'Synthèse d’équipe — 2026-W47' });
    // Five contributors: none of the refused files counted.
    expect(screen.getByText('5 contributeurs', { exact: false })).toBeTruthy();
    expect(document.querySelectorAll('.team-inputs li')).toHaveLength(5);
  });

  it('refuses an export given twice (another salt, the same content) and an empty file, each with its reason', async () => {
    renderTeam();
    const good = await team(5);
    const again = await individual({ cells: [{ count: 1, minutes: 60 }] });
    await pick([
      ...good.map((f, i) => asFile(`c${i}.json`, f)),
      asFile('copie.json', again),
      asFile('vide.json', await individual()),
    ]);
    expect(screen.getByRole('heading', { name: 'Fichiers : 5 acceptés sur 7' })).toBeTruthy();
    expect(listed('copie.json').textContent).toContain('exactement le même contenu qu’un fichier déjà ajouté');
    expect(listed('vide.json').textContent).toContain('ne contient aucune démarche');
    fireEvent.click(screen.getByRole('button', { name: 'Faire la synthèse' }));
    await screen.findByRole('heading', { name: 'Synthèse d’équipe — 2026-W47' });
    expect(document.querySelectorAll('.team-inputs li')).toHaveLength(5);
  });

  it('refuses the summary as a whole below five valid files, saying why, and records nothing', async () => {
    const { db } = renderTeam();
    await pick((await team(4)).map((f, i) => asFile(`c${i}.json`, f)));
    expect(screen.getByText('Il faut au moins 5 fichiers valables', { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Faire la synthèse' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('4 fichier(s) valable(s), il en faut au moins 5');
    expect(await db.summaries.count()).toBe(0);
  });

  it('shows the report: period, totals, `<5`, « secret », « non ventilé », the method’s parameters, digest and sorted inputs', async () => {
    const { sent } = renderTeam();
    const files = await team(5);
    await pick(files.map((f, i) => asFile(`c${i}.json`, f)));
    fireEvent.click(screen.getByRole('button', { name: 'Faire la synthèse' }));
    await screen.findByRole('heading', { name: 'Synthèse d’équipe — 2026-W47' });
    const figure = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(figure('Contributeurs')).toBe('5');
    expect(figure('Démarches')).toBe('10');
    // 5 × 60 + 45 = 345 minutes, rounded to 30.
    expect(figure('Temps des démarches')).toBe('6 h 00');
    // Two frictions and their login time, from two files only: secret, and why.
    expect(figure('Difficultés de connexion')).toBe('secret');
    expect(figure('Temps de connexion')).toBe('secret');
    expect(screen.getByText(/« secret » : moins de 3 fichiers y contribuent/)).toBeTruthy();
    // The CAF line comes from one file: not shown as its own figure, named « non ventilé ».
    expect(
      screen.getAllByText(/Non ventilé .*Caisse d’allocations familiales|Non ventilé .*CAF/).length,
    ).toBeGreaterThan(0);
    expect(document.body.textContent).toContain('autres / non ventilé');
    expect(screen.getByText(/au moins 3 fichiers y contribuent et qu’aucun n’en apporte plus de 85 %/)).toBeTruthy();
    expect(screen.getByText('Les nombres de 1 à 4 sont publiés « <5 » ; les autres sont arrondis à 5.')).toBeTruthy();
    // The weekly trend's last week is the period's last, labelled like the others: nothing was « chosen ».
    const trend = screen.getByTestId('team-weekly');
    expect(trend.textContent).not.toContain('semaine choisie');
    expect([...trend.querySelectorAll('.chart-week text')].map((t) => t.textContent)).toContain('S47');
    expect(trend.textContent).toContain('Dernière semaine de la période (S47)');
    const record = sent.find((r) => r.type === 'summary/record') as Extract<Request, { type: 'summary/record' }>;
    const inputs = files.map((f) => f.digest).sort();
    expect(record.summary).toEqual({ weeks: ['2026-W47'], inputs });
    expect([...document.querySelectorAll('.team-inputs code')].map((c) => c.textContent)).toEqual(inputs);
    expect(document.querySelector('.team-digest')?.textContent).toMatch(/^sha256:[0-9a-f]{64}$/);
    const json = screen.getByRole('link', { name: 'Enregistrer la synthèse (JSON)' });
    expect(json.getAttribute('download')).toBe('contretemps-equipe-2026-W47.json');
    expect(screen.getByRole('link', { name: 'Enregistrer la synthèse (CSV)' }).getAttribute('download')).toBe(
      'contretemps-equipe-2026-W47.csv',
    );
  });

  it('refuses a second summary of the same weeks one file apart, from the record of the first', async () => {
    const db = freshDb();
    const files = await team(6);
    renderTeam(db);
    await pick(files.slice(0, 5).map((f, i) => asFile(`c${i}.json`, f)));
    fireEvent.click(screen.getByRole('button', { name: 'Faire la synthèse' }));
    await screen.findByRole('heading', { name: 'Synthèse d’équipe — 2026-W47' });
    cleanup();
    // Another day, the same weeks with one more file: comparing the two would reveal it.
    renderTeam(db);
    await pick(files.map((f, i) => asFile(`c${i}.json`, f)));
    fireEvent.click(screen.getByRole('button', { name: 'Faire la synthèse' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('ne diffèrent de ceux-ci que par 1 fichier(s)');
    expect(screen.queryByRole('heading', { name: 'Synthèse d’équipe — 2026-W47' })).toBeNull();
    await waitFor(async () => expect(await db.summaries.count()).toBe(1));
  });

  it('takes files dropped on the zone, and marks a demonstration summary as such', async () => {
    renderTeam();
    const files = await Promise.all(
      [20, 25, 30, 35, 40].map((minutes) => individual({ demonstration: true, cells: [{ count: 1, minutes }] })),
    );
    const zone = screen.getByText('Déposez les fichiers ici, ou :').parentElement as HTMLElement;
    const drop = createEvent.drop(zone);
    Object.defineProperty(drop, 'dataTransfer', { value: { files: files.map((f, i) => asFile(`d${i}.json`, f)) } });
    fireEvent(zone, drop);
    await screen.findByRole('heading', { name: 'Fichiers : 5 acceptés sur 5' });
    fireEvent.click(screen.getByRole('button', { name: 'Faire la synthèse' }));
    await screen.findByRole('heading', { name: 'Synthèse d’équipe — 2026-W47' });
    expect(screen.getByText(/^Synthèse de démonstration : données fictives/)).toBeTruthy();
  });
});
