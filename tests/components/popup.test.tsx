// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nContext } from '../../components/i18n';
import { App } from '../../entrypoints/popup/App';
import { readTimer } from '../../lib/db/timer-store';
import { createTranslator } from '../../lib/i18n/translator';
import fr from '../../public/_locales/fr/messages.json';
import { renderPopup } from '../helpers/popup';
import { entryAt } from '../helpers/records';

afterEach(cleanup);

const MIN = 60_000;

async function startTimer() {
  fireEvent.click(await screen.findByRole('button', { name: 'Démarrer le chronomètre' }));
  await screen.findByRole('heading', { name: 'Démarche en cours' });
}

/** « Arrêter », then the outcome asked at stop time. */
async function stopTimer(outcome = 'Sans préciser') {
  fireEvent.click(screen.getByRole('button', { name: 'Arrêter' }));
  fireEvent.click(await screen.findByRole('button', { name: `Arrêter : ${outcome}` }));
}

describe('popup', () => {
  it('shows today’s figures, empty on a first day', async () => {
    renderPopup();
    expect(await screen.findByTestId('today')).toHaveProperty(
      'textContent',
      'Aujourd’hui : 0 min · 0 démarche · 0 difficulté de connexion',
    );
    expect(screen.getByText('Aucune démarche terminée aujourd’hui.')).toBeTruthy();
  });

  it('pre-selects the organisation of the active tab and filters procedures by it', async () => {
    renderPopup({ activeOrganisation: 'caf' });
    const organisation = (await screen.findByLabelText('Organisme ou site')) as HTMLSelectElement;
    await waitFor(() => expect(organisation.value).toBe('caf'));
    const procedure = screen.getByLabelText('Démarche');
    const options = within(procedure)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toContain('Demande d’aide au logement');
    expect(options).not.toContain('Déclaration de revenus');
  });

  it('starts with one click, shows the live clock, and stops into an entry marked incomplete', async () => {
    const { db, clock } = renderPopup({ activeOrganisation: 'caf' });
    await waitFor(() => expect((screen.getByLabelText('Organisme ou site') as HTMLSelectElement).value).toBe('caf'));
    await startTimer();
    expect((await readTimer(db)).status).toBe('running');
    clock.advance(14 * MIN);
    await stopTimer();
    const row = await screen.findByTestId('entry');
    expect(row.textContent).toContain('CAF');
    expect(row.textContent).toContain('14 min');
    expect(row.textContent).toContain('à compléter');
    await waitFor(() => expect(screen.getByTestId('today').textContent).toContain('14 min · 1 démarche'));
  });

  it('saves details chosen while the timer runs, and asks the outcome at stop, so the entry is complete', async () => {
    const { db, clock } = renderPopup({ activeOrganisation: 'caf' });
    await waitFor(() => expect((screen.getByLabelText('Organisme ou site') as HTMLSelectElement).value).toBe('caf'));
    await startTimer();
    fireEvent.change(screen.getByLabelText('Démarche'), { target: { value: 'apl_demande' } });
    fireEvent.change(screen.getByLabelText('Façon de faire'), { target: { value: 'faire_ensemble' } });
    fireEvent.click(screen.getByText('Manque de compétences numériques'));
    expect(screen.queryByLabelText('Résultat')).toBeNull();
    await waitFor(async () =>
      expect(await readTimer(db)).toMatchObject({
        details: { procedureId: 'apl_demande', modeId: 'faire_ensemble', reasonIds: ['illectronisme'] },
      }),
    );
    clock.advance(20 * MIN);
    await stopTimer('Aboutie');
    const row = await screen.findByTestId('entry');
    expect(row.textContent).toContain('Demande d’aide au logement');
    expect(row.textContent).not.toContain('à compléter');
    expect(await db.entries.toArray()).toMatchObject([{ outcomeId: 'abouti', activeMs: 20 * MIN }]);
  });

  it('pauses and resumes', async () => {
    const { db } = renderPopup();
    await startTimer();
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await screen.findByRole('heading', { name: 'Démarche en pause' });
    expect((await readTimer(db)).status).toBe('paused');
    fireEvent.click(screen.getByRole('button', { name: 'Reprendre' }));
    await screen.findByRole('heading', { name: 'Démarche en cours' });
  });

  it('discards a timer only after confirmation', async () => {
    const { db } = renderPopup();
    await startTimer();
    fireEvent.click(screen.getByRole('button', { name: 'Ne pas compter ce chronomètre' }));
    expect((await readTimer(db)).status).toBe('running');
    fireEvent.click(screen.getByRole('button', { name: 'Oui, ne rien compter' }));
    await screen.findByRole('button', { name: 'Démarrer le chronomètre' });
    expect(await db.entries.count()).toBe(0);
  });

  it('logs a friction in one click, attached to the running timer, removes it and brings it back', async () => {
    const { db } = renderPopup({ activeOrganisation: 'impots' });
    await startTimer();
    fireEvent.click(screen.getByRole('button', { name: 'Mot de passe oublié' }));
    await screen.findByText('Noté : Mot de passe oublié.');
    const [friction] = await db.frictions.toArray();
    const timer = await readTimer(db);
    expect(friction).toMatchObject({ kind: 'mdp_oublie', detection: 'manual', status: 'confirmed' });
    expect(friction?.entryId).toBe(timer.status === 'running' ? timer.entryId : 'none');
    await waitFor(() => expect(screen.getByTestId('today').textContent).toContain('1 difficulté de connexion'));
    // « Retirer » dismisses it: no longer counted, kept so that it can be brought back.
    fireEvent.click(screen.getByRole('button', { name: 'Retirer la difficulté notée : Mot de passe oublié' }));
    await screen.findByText('Retiré : Mot de passe oublié.');
    expect(await db.frictions.toArray()).toMatchObject([{ id: friction?.id, status: 'dismissed' }]);
    await waitFor(() => expect(screen.getByTestId('today').textContent).toContain('0 difficulté de connexion'));
    fireEvent.click(screen.getByRole('button', { name: 'Rétablir la difficulté : Mot de passe oublié' }));
    await screen.findByText('Noté : Mot de passe oublié.');
    expect(await db.frictions.toArray()).toMatchObject([{ id: friction?.id, status: 'confirmed' }]);
    await waitFor(() => expect(screen.getByTestId('today').textContent).toContain('1 difficulté de connexion'));
  });

  it('corrects an entry’s duration and details', async () => {
    const { db, clock } = renderPopup({ activeOrganisation: 'caf' });
    await startTimer();
    clock.advance(10 * MIN);
    await stopTimer();
    // Corrected later: 25 active minutes from its start must not end in the future.
    clock.advance(20 * MIN);
    fireEvent.click(await screen.findByRole('button', { name: /^Modifier/ }));
    const row = screen.getByTestId('entry');
    fireEvent.input(within(row).getByLabelText('Durée (minutes)'), { target: { value: '25' } });
    fireEvent.change(within(row).getByLabelText('Résultat'), { target: { value: 'bloque' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.getByTestId('entry').textContent).toContain('25 min'));
    const [entry] = await db.entries.toArray();
    expect(entry).toMatchObject({ activeMs: 25 * MIN, outcomeId: 'bloque' });
  });

  it('refuses an impossible duration with a French sentence and changes nothing', async () => {
    const { db, clock } = renderPopup();
    await startTimer();
    clock.advance(10 * MIN);
    await stopTimer();
    fireEvent.click(await screen.findByRole('button', { name: /^Modifier/ }));
    const before = await db.entries.toArray();
    for (const bad of ['-3', '2.5', '100000', '']) {
      fireEvent.input(screen.getByLabelText('Durée (minutes)'), { target: { value: bad } });
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
      expect((await screen.findByRole('alert')).textContent).toMatch(/nombre entier de minutes.*rien n’a été modifié/);
    }
    expect(await db.entries.toArray()).toEqual(before);
  });

  it('deletes an entry after confirmation', async () => {
    const { db } = renderPopup();
    await startTimer();
    await stopTimer();
    fireEvent.click(await screen.findByRole('button', { name: /^Supprimer/ }));
    expect(await db.entries.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Oui, supprimer' }));
    await screen.findByText('Aucune démarche terminée aujourd’hui.');
    expect(await db.entries.count()).toBe(0);
  });

  it('shows the background’s refusal as a French sentence and keeps the form', async () => {
    renderPopup({
      intercept: (request) =>
        request.type === 'timer/start' ? { ok: false, error: 'internal', message: 'ignored' } : undefined,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Démarrer le chronomètre' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Contretemps n’a pas pu enregistrer cette action ; rien n’a été modifié. Réessayez, et si cela recommence, redémarrez le navigateur.',
    );
    expect(screen.getByRole('button', { name: 'Démarrer le chronomètre' })).toBeTruthy();
  });
});

describe('popup entry list', () => {
  it('shows the last entries first and the rest on demand', async () => {
    const { db } = renderPopup();
    const base = new Date('2026-11-24T08:00:00+01:00').getTime();
    await db.entries.bulkAdd(
      Array.from({ length: 11 }, (_, i) =>
        entryAt(base + i * 10 * 60_000, 5 * 60_000, `entry-${String(i).padStart(4, '0')}`),
      ),
    );
    await waitFor(() => expect(screen.getAllByTestId('entry')).toHaveLength(8));
    expect(screen.getAllByTestId('entry')[0]?.textContent).toContain('09:40');
    fireEvent.click(screen.getByRole('button', { name: 'Voir les 3 autres démarches du jour' }));
    expect(screen.getAllByTestId('entry')).toHaveLength(11);
  });
});

describe('popup, a timer started yesterday', () => {
  it('counts only today’s share of it in today’s total', async () => {
    const { db, clock } = renderPopup();
    const yesterday17h = new Date('2026-11-23T17:00:00+01:00').getTime();
    await db.timer.put({
      key: 'current',
      state: {
        status: 'running',
        entryId: 'entry-yesterday',
        startedAt: yesterday17h,
        segmentStartedAt: yesterday17h,
        accumulatedMs: 0,
        details: { organisationId: 'caf', procedureId: null, modeId: null, reasonIds: [], outcomeId: null },
      },
    });
    expect(clock.now()).toBe(new Date('2026-11-24T10:00:00+01:00').getTime());
    await waitFor(() => expect(screen.getByTestId('today').textContent).toContain('10 h 00'));
    expect(screen.getByTestId('today').textContent).not.toContain('17 h');
  });
});

describe('popup, entries to check', () => {
  it('marks an entry the end of the day stopped « à vérifier », with why', async () => {
    const { db, clock } = renderPopup();
    await db.entries.bulkAdd([
      { ...entryAt(clock.now() - 3_600_000, 20 * 60_000, 'entry-stopped'), review: 'auto_stopped' },
      entryAt(clock.now() - 7_200_000, 10 * 60_000, 'entry-plain'),
    ]);
    await waitFor(() => expect(screen.getAllByTestId('entry')).toHaveLength(2));
    const tags = screen.getAllByText('à vérifier');
    expect(tags).toHaveLength(1);
    expect(tags[0]?.getAttribute('title')).toMatch(/fin de la journée/);
  });
});

describe('popup, detected frictions', () => {
  async function seedDetected(db: Awaited<ReturnType<typeof renderPopup>>['db'], at: number) {
    await db.frictions.bulkAdd([
      {
        id: 'friction-0001',
        at,
        organisationId: 'caf',
        kind: 'mdp_oublie',
        detection: 'auto',
        status: 'pending',
        entryId: null,
        loginMs: null,
      },
      {
        id: 'friction-0002',
        at: at + 60_000,
        organisationId: 'impots',
        kind: 'compte_bloque',
        detection: 'auto',
        status: 'pending',
        entryId: null,
        loginMs: null,
      },
    ]);
  }

  it('lists them as to confirm, and counts only the confirmed one', async () => {
    const { db, clock } = renderPopup();
    await seedDetected(db, clock.now());
    await waitFor(() => expect(screen.getAllByTestId('detected')).toHaveLength(2));
    expect(screen.getByTestId('today').textContent).toContain('0 difficulté');
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer : Mot de passe oublié' }));
    await waitFor(() => expect(screen.getAllByTestId('detected')).toHaveLength(1));
    // Focus goes to the next one waiting, not lost with the one answered.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Confirmer : Compte bloqué' })),
    );
    expect(screen.getByTestId('today').textContent).toContain('1 difficulté');
    fireEvent.click(screen.getByRole('button', { name: 'Ignorer : Compte bloqué' }));
    await waitFor(() => expect(screen.queryAllByTestId('detected')).toHaveLength(0));
    expect((await db.frictions.toArray()).map((f) => f.status)).toEqual(['confirmed', 'dismissed']);
    expect(screen.getByTestId('today').textContent).toContain('1 difficulté');
  });
});

describe('popup, site access', () => {
  it('says when listed sites are not permitted and asks the browser for them', async () => {
    let granted = false;
    const request = vi.fn(async () => {
      granted = true;
      return true;
    });
    renderPopup({
      siteAccess: { missing: async () => (granted ? [] : ['https://*.caf.fr/*', 'https://*.ameli.fr/*']), request },
    });
    const warning = await screen.findByTestId('site-access');
    expect(warning.textContent).toContain('n’a pas accès à 2 sites listés');
    fireEvent.click(screen.getByRole('button', { name: 'Autoriser l’accès aux sites listés' }));
    await waitFor(() => expect(screen.queryByTestId('site-access')).toBeNull());
    expect(request).toHaveBeenCalledWith(['https://*.caf.fr/*', 'https://*.ameli.fr/*']);
  });

  it('says nothing when every listed site is permitted', async () => {
    renderPopup({ siteAccess: { missing: async () => [], request: async () => true } });
    await screen.findByTestId('today');
    expect(screen.queryByTestId('site-access')).toBeNull();
  });
});

describe('popup, unreadable database', () => {
  it('says so in French instead of loading forever', async () => {
    render(
      <I18nContext.Provider value={{ t: createTranslator(fr), lang: 'fr' }}>
        <App
          source={{
            first: async () => null,
            watch: (_range, _onChange, onError) => {
              onError(new Error('QuotaExceededError'));
              return () => {};
            },
          }}
        />
      </I18nContext.Provider>,
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /ne parvient pas à lire ses données.*rien n’a été effacé/,
    );
  });
});
