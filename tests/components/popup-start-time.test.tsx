// @vitest-environment happy-dom
// « Début 10:00 · corriger » (issue 8, corrections): the counsellor
// started the timer late and says when the procedure really began; the clock
// and the day's total count from there.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { readTimer } from '../../lib/db/timer-store';
import { renderPopup } from '../helpers/popup';

afterEach(cleanup);

/** The popup's clock starts at 10:00, Paris time. */
const at = (time: string) => new Date(`2026-11-24T${time}:00+01:00`).getTime();

async function runningForHalfAnHour() {
  const popup = renderPopup();
  fireEvent.click(await screen.findByRole('button', { name: 'Démarrer le chronomètre' }));
  await screen.findByRole('heading', { name: 'Démarche en cours' });
  popup.clock.set(at('10:30'));
  return popup;
}

async function correctStart(time: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Début 10:00 · corriger l’heure de début' }));
  const input = await screen.findByLabelText('Commencée à');
  await waitFor(() => expect(document.activeElement).toBe(input));
  fireEvent.input(input, { target: { value: time } });
  fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la nouvelle heure de début' }));
}

describe('correcting the start of the running timer', () => {
  it('an earlier start adds the time missed: the clock and the day’s total count from it', async () => {
    const { db } = await runningForHalfAnHour();
    expect(screen.getByRole('button', { name: /Début .* · corriger l’heure de début/ }).textContent).toBe(
      'Début 10:00 · corriger',
    );
    await correctStart('09:50');
    const control = await screen.findByRole('button', { name: 'Début 09:50 · corriger l’heure de début' });
    await waitFor(() => expect(document.activeElement).toBe(control));
    expect(screen.getByTestId('elapsed').textContent).toBe('0:40:00');
    expect(screen.getByTestId('today').textContent).toContain('40 min');
    expect(await readTimer(db)).toMatchObject({ status: 'running', startedAt: at('09:50') });
    // The details form is back once the start is saved.
    expect(screen.queryByLabelText('Commencée à')).toBeNull();
  });

  it('a later start takes time away', async () => {
    await runningForHalfAnHour();
    await correctStart('10:20');
    await screen.findByRole('button', { name: 'Début 10:20 · corriger l’heure de début' });
    expect(screen.getByTestId('elapsed').textContent).toBe('0:10:00');
  });

  it('a start not yet come is refused with its reason, and nothing changes', async () => {
    const { db } = await runningForHalfAnHour();
    await correctStart('10:45');
    await screen.findByText(/Cette heure de début n’est pas encore passée/);
    expect(await readTimer(db)).toMatchObject({ startedAt: at('10:00') });
    expect(screen.getByTestId('elapsed').textContent).toBe('0:30:00');
  });

  it('closing without saving changes nothing and gives the focus back to the control', async () => {
    const { db } = await runningForHalfAnHour();
    fireEvent.click(screen.getByRole('button', { name: 'Début 10:00 · corriger l’heure de début' }));
    fireEvent.input(await screen.findByLabelText('Commencée à'), { target: { value: '09:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Fermer sans enregistrer' }));
    const control = screen.getByRole('button', { name: 'Début 10:00 · corriger l’heure de début' });
    await waitFor(() => expect(document.activeElement).toBe(control));
    expect(await readTimer(db)).toMatchObject({ startedAt: at('10:00') });
  });
});
