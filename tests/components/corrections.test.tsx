// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPopup } from '../helpers/popup';
import { entryAt } from '../helpers/records';

afterEach(cleanup);

const MIN = 60_000;
const at = (time: string) => new Date(`2026-11-24T${time}:00+01:00`).getTime();

function type(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('popup corrections', () => {
  it('adds a procedure after the fact, which appears in the day’s list', async () => {
    const { db } = renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'Ajouter une démarche passée' }));
    type('Heure de début', '08:30');
    type('Durée (minutes)', '25');
    fireEvent.change(screen.getAllByLabelText('Organisme ou site')[1] as HTMLElement, { target: { value: 'caf' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter la démarche' }));
    await screen.findByText('Démarche ajoutée.');
    const row = await screen.findByTestId('entry');
    expect(row.textContent).toContain('08:30');
    expect(row.textContent).toContain('25 min');
    expect(await db.entries.toArray()).toMatchObject([{ source: 'manual', start: at('08:30'), activeMs: 25 * MIN }]);
  });

  it('refuses a procedure that would end in the future, in French, adding nothing', async () => {
    const { db } = renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'Ajouter une démarche passée' }));
    type('Heure de début', '09:50');
    type('ou heure de fin', '10:30');
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter la démarche' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/finirait dans le futur/);
    expect(await db.entries.count()).toBe(0);
  });

  it('deletes an entry, then undoes it from a popup opened again', async () => {
    const first = renderPopup();
    const entry = entryAt(at('08:00'), 20 * MIN);
    await first.db.entries.add(entry);
    fireEvent.click(await screen.findByRole('button', { name: /^Supprimer/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Oui, supprimer' }));
    await screen.findByText('Aucune démarche terminée aujourd’hui.');
    first.unmount();

    renderPopup({ db: first.db });
    fireEvent.click(await screen.findByRole('button', { name: 'Annuler la suppression de « CAF »' }));
    await screen.findByTestId('entry');
    expect(await first.db.entries.toArray()).toEqual([entry]);
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Corbeille/ })).toBeNull());
  });

  it('lists entries to review whatever their day, and clears one marked « Vérifiée »', async () => {
    const { db } = renderPopup();
    await db.entries.add({ ...entryAt(at('08:00') - 3 * 24 * 60 * MIN, 30 * MIN), review: 'forgotten' });
    fireEvent.click(await screen.findByRole('button', { name: 'À vérifier (1)' }));
    const item = screen.getByTestId('to-review');
    expect(item.textContent).toContain('21 nov.');
    expect(item.textContent).toContain('Chronomètre resté en marche : vérifiez l’heure de fin.');
    fireEvent.click(screen.getByRole('button', { name: 'Vérifiée : « CAF »' }));
    await waitFor(() => expect(screen.queryByTestId('to-review')).toBeNull());
    expect((await db.entries.toArray())[0]?.review).toBeUndefined();
  });

  it('splits an entry in two at a chosen time, the active time shared between them', async () => {
    const { db } = renderPopup();
    await db.entries.add({ ...entryAt(at('08:00'), 30 * MIN), end: at('08:40') });
    fireEvent.click(await screen.findByRole('button', { name: 'Couper en deux « CAF »' }));
    type('Heure de la coupure', '08:10');
    fireEvent.click(screen.getByRole('button', { name: 'Couper' }));
    await waitFor(() => expect(screen.getAllByTestId('entry')).toHaveLength(2));
    const parts = (await db.entries.orderBy('start').toArray()).map((e) => [e.start, e.end, e.activeMs]);
    expect(parts).toEqual([
      [at('08:00'), at('08:10'), 7.5 * MIN],
      [at('08:10'), at('08:40'), 22.5 * MIN],
    ]);
  });

  it('lists the day’s frictions; one removed after reopening stops counting, and its removal can be undone later', async () => {
    const first = renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'Mot de passe oublié' }));
    await screen.findByText('Noté : Mot de passe oublié.');
    first.unmount();

    const second = renderPopup({ db: first.db });
    fireEvent.click(await screen.findByRole('button', { name: 'Difficultés notées (1)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Retirer la difficulté notée : Mot de passe oublié' }));
    await waitFor(() => expect(screen.getByTestId('today').textContent).toContain('0 difficulté'));
    second.unmount();

    renderPopup({ db: first.db });
    fireEvent.click(await screen.findByRole('button', { name: 'Difficultés notées (0)' }));
    expect(screen.getByTestId('friction').textContent).toContain('retirée');
    fireEvent.click(screen.getByRole('button', { name: 'Rétablir la difficulté : Mot de passe oublié' }));
    await waitFor(() => expect(screen.getByTestId('today').textContent).toContain('1 difficulté'));
    expect(await first.db.frictions.toArray()).toMatchObject([{ kind: 'mdp_oublie', status: 'confirmed' }]);
  });
});
