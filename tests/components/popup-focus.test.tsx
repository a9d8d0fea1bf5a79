// @vitest-environment happy-dom
// The popup by keyboard: after each action, focus is on the control that
// comes next; every button's accessible name says what it does, and no two
// buttons on screen share one.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { readTimer } from '../../lib/db/timer-store';
import { renderPopup } from '../helpers/popup';

afterEach(cleanup);

const MIN = 60_000;

const button = (name: string) => screen.getByRole('button', { name });
const focused = () => document.activeElement;

async function focusedOn(name: string) {
  await waitFor(() => expect(focused()).toBe(screen.getByRole('button', { name })));
}

/** Starts the timer, and waits for the focus to move to « Arrêter ». */
async function start() {
  fireEvent.click(await screen.findByRole('button', { name: 'Démarrer le chronomètre' }));
  await screen.findByRole('heading', { name: 'Démarche en cours' });
  await focusedOn('Arrêter');
}

/** Every button's accessible name on screen, once each; none is a bare « Annuler ». */
function expectDistinctNames() {
  const names = screen.getAllByRole('button').map((b) => b.getAttribute('aria-label') ?? b.textContent ?? '');
  expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  expect(names).not.toContain('Annuler');
}

describe('popup focus', () => {
  it('goes to « Arrêter » after « Démarrer »', async () => {
    renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'Démarrer le chronomètre' }));
    await focusedOn('Arrêter');
  });

  it('goes to « Reprendre » after « Pause », and back to « Pause » after « Reprendre »', async () => {
    renderPopup();
    await start();
    fireEvent.click(button('Pause'));
    await focusedOn('Reprendre');
    fireEvent.click(button('Reprendre'));
    await focusedOn('Pause');
  });

  it('goes to the first outcome after « Arrêter », then to « Démarrer » once stopped', async () => {
    const { db, clock } = renderPopup();
    await start();
    clock.advance(5 * MIN);
    fireEvent.click(button('Arrêter'));
    await focusedOn('Arrêter : Aboutie');
    fireEvent.click(button('Arrêter : Bloquée'));
    await focusedOn('Démarrer le chronomètre');
    expect(await db.entries.toArray()).toMatchObject([{ outcomeId: 'bloque', activeMs: 5 * MIN }]);
  });

  it('goes back to « Arrêter » when the counsellor does not stop after all', async () => {
    const { db } = renderPopup();
    await start();
    fireEvent.click(button('Arrêter'));
    fireEvent.click(await screen.findByRole('button', { name: 'Revenir au chronomètre sans arrêter' }));
    await focusedOn('Arrêter');
    expect((await readTimer(db)).status).toBe('running');
  });

  it('goes to the new procedure’s field after « Enchaîner », the outcome kept on the one that ended', async () => {
    const { db, clock } = renderPopup({ activeOrganisation: 'caf' });
    await waitFor(() => expect((screen.getByLabelText('Organisme ou site') as HTMLSelectElement).value).toBe('caf'));
    await start();
    clock.advance(5 * MIN);
    fireEvent.click(button('Enchaîner'));
    expect(screen.getByText('Enchaîner : quel résultat pour celle-ci ?')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Enchaîner : Aboutie' }));
    await waitFor(() => expect(focused()).toBe(screen.getByLabelText('Démarche')));
    expect(await db.entries.toArray()).toMatchObject([{ outcomeId: 'abouti', organisationId: 'caf' }]);
    expect(await readTimer(db)).toMatchObject({
      status: 'running',
      details: { organisationId: 'caf', outcomeId: null },
    });
  });

  it('goes to the confirmation after « Ne pas compter », and back to it after « Non, le garder »', async () => {
    renderPopup();
    await start();
    fireEvent.click(button('Ne pas compter ce chronomètre'));
    await focusedOn('Oui, ne rien compter');
    expectDistinctNames();
    fireEvent.click(button('Non, le garder'));
    await focusedOn('Ne pas compter ce chronomètre');
  });

  it('stays on a friction’s button once logged, and comes back to it once removed and once restored', async () => {
    renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'Compte bloqué' }));
    await screen.findByText('Noté : Compte bloqué.');
    await focusedOn('Compte bloqué');
    button('Retirer la difficulté notée : Compte bloqué').focus();
    fireEvent.click(button('Retirer la difficulté notée : Compte bloqué'));
    await screen.findByText('Retiré : Compte bloqué.');
    await focusedOn('Compte bloqué');
    expectDistinctNames();
    button('Rétablir la difficulté : Compte bloqué').focus();
    fireEvent.click(button('Rétablir la difficulté : Compte bloqué'));
    await screen.findByText('Noté : Compte bloqué.');
    await focusedOn('Compte bloqué');
  });

  it('goes to the confirmation of a deletion, and back to « Supprimer » when the entry is kept', async () => {
    renderPopup();
    await start();
    fireEvent.click(button('Arrêter'));
    fireEvent.click(await screen.findByRole('button', { name: 'Arrêter : Sans préciser' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer : Démarche non précisée' }));
    await focusedOn('Oui, supprimer');
    expectDistinctNames();
    fireEvent.click(button('Garder : Démarche non précisée'));
    await focusedOn('Supprimer : Démarche non précisée');
  });
});

describe('popup words', () => {
  it('says on screen what « Enchaîner » does, and the button is described by it', async () => {
    renderPopup();
    await start();
    const hint = screen.getByText('« Enchaîner » : termine celle-ci, démarre la suivante.');
    expect(button('Enchaîner').getAttribute('aria-describedby')).toBe(hint.id);
    expect(button('Enchaîner').hasAttribute('title')).toBe(false);
  });

  it('asks the outcome at stop time, not before the start', async () => {
    renderPopup();
    await screen.findByRole('button', { name: 'Démarrer le chronomètre' });
    expect(screen.queryByLabelText('Résultat')).toBeNull();
    await start();
    expect(screen.queryByLabelText('Résultat')).toBeNull();
    fireEvent.click(button('Arrêter'));
    expect(screen.getByRole('group', { name: 'Arrêter : quel résultat ?' })).toBeTruthy();
    for (const outcome of ['Aboutie', 'En partie (à reprendre)', 'Bloquée', 'Orientée ailleurs', 'Sans préciser']) {
      expect(button(`Arrêter : ${outcome}`).textContent).toBe(outcome);
    }
  });

  it('names each button by what it does, in every state of the timer', async () => {
    renderPopup();
    await screen.findByRole('button', { name: 'Démarrer le chronomètre' });
    expectDistinctNames();
    await start();
    fireEvent.click(button('Mot de passe oublié'));
    await screen.findByText('Noté : Mot de passe oublié.');
    expectDistinctNames();
    fireEvent.click(button('Pause'));
    await screen.findByRole('heading', { name: 'Démarche en pause' });
    expectDistinctNames();
    fireEvent.click(button('Arrêter'));
    expectDistinctNames();
  });

  it('names the organisation when the procedure chosen belongs to one only', async () => {
    renderPopup();
    fireEvent.change(await screen.findByLabelText('Démarche'), { target: { value: 'ft_actualisation' } });
    await waitFor(() =>
      expect((screen.getByLabelText('Organisme ou site') as HTMLSelectElement).value).toBe('francetravail'),
    );
  });
});

describe('popup clicks', () => {
  /**
   * A fully described procedure, counted as the counsellor clicks: a list
   * takes two (open it, pick), a button or a box one. Before this popup, the
   * same took 11 + the reasons ticked (organisation, procedure, mode and
   * outcome lists, the reasons opened, start, stop).
   */
  it('starts, describes and stops a procedure in 8 clicks + the reasons ticked', async () => {
    const { db } = renderPopup();
    let clicks = 0;
    const click = (element: Element) => {
      clicks += 1;
      fireEvent.click(element);
    };
    const choose = (label: string, value: string) => {
      clicks += 2;
      fireEvent.change(screen.getByLabelText(label), { target: { value } });
    };

    await screen.findByRole('button', { name: 'Démarrer le chronomètre' });
    choose('Démarche', 'ft_actualisation'); // names France Travail too
    choose('Façon de faire', 'faire_ensemble');
    click(screen.getByText('Pourquoi avec ou pour le jeune', { selector: 'summary' }));
    click(screen.getByText('Manque de compétences numériques'));
    click(button('Démarrer le chronomètre'));
    await focusedOn('Arrêter');
    click(button('Arrêter'));
    click(await screen.findByRole('button', { name: 'Arrêter : Aboutie' }));
    await screen.findByTestId('entry');

    expect(clicks).toBe(8 + 1);
    expect(await db.entries.toArray()).toMatchObject([
      {
        organisationId: 'francetravail',
        procedureId: 'ft_actualisation',
        modeId: 'faire_ensemble',
        reasonIds: ['illectronisme'],
        outcomeId: 'abouti',
      },
    ]);
    expect(screen.getByTestId('entry').textContent).not.toContain('à compléter');
  });
});
