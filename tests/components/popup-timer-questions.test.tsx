// @vitest-environment happy-dom
// The popup's questions about the timer's time (issue 8): « Arrêter à quelle
// heure ? » when it ran past the end of the working day or too long, and the
// time away (idle, locked, asleep, browser closed) kept, discarded or kept in part.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { readTimer } from '../../lib/db/timer-store';
import { createTimerService } from '../../lib/timer/service';
import { dumpDb, sequentialIds } from '../helpers/db';
import { renderPopup } from '../helpers/popup';

afterEach(cleanup);

const MIN = 60_000;
/** The popup's clock starts at 10:00, Paris time. */
const at = (time: string) => new Date(`2026-11-24T${time}:00+01:00`).getTime();

async function startTimer() {
  fireEvent.click(await screen.findByRole('button', { name: 'Démarrer le chronomètre' }));
  await screen.findByRole('heading', { name: 'Démarche en cours' });
}

async function typeStopTime(time: string) {
  fireEvent.input(screen.getByLabelText('Autre heure'), { target: { value: time } });
  fireEvent.click(screen.getByRole('button', { name: 'Valider : arrêter la démarche à l’heure saisie' }));
}

/** A timer started at 10:00, stopped at `time`: the question it gets. */
async function stoppedAt(time: string, setUp?: (popup: ReturnType<typeof renderPopup>) => Promise<unknown>) {
  const popup = renderPopup();
  await setUp?.(popup);
  await startTimer();
  popup.clock.set(at(time));
  fireEvent.click(screen.getByRole('button', { name: 'Arrêter' }));
  return { ...popup, question: await screen.findByRole('group', { name: 'Arrêter à quelle heure ?' }) };
}

describe('« Arrêter à quelle heure ? »', () => {
  it('is asked when the timer ran past the end of the day, and the entry ends at the time chosen', async () => {
    const { db, question } = await stoppedAt('19:10');
    // Now is past the end of the day: not offered.
    expect(screen.queryByRole('button', { name: /Maintenant/ })).toBeNull();
    const endOfDay = screen.getByRole('button', { name: 'Fin de journée (18:30) : arrêter la démarche à cette heure' });
    expect(endOfDay.textContent).toBe('Fin de journée (18:30)');
    await waitFor(() => expect(question.contains(document.activeElement)).toBe(true));
    fireEvent.click(endOfDay);
    fireEvent.click(await screen.findByRole('button', { name: 'Arrêter : Aboutie' }));
    await waitFor(async () => expect((await readTimer(db)).status).toBe('idle'));
    expect(await db.entries.toArray()).toMatchObject([
      { start: at('10:00'), end: at('18:30'), activeMs: 8.5 * 60 * MIN, outcomeId: 'abouti' },
    ]);
  });

  it('takes a time typed in, within the procedure, and offers now when it is still allowed', async () => {
    // Five hours: longer than the limit (4 h), but still within the working day.
    const { db } = await stoppedAt('15:00');
    expect(
      screen.getByRole('button', { name: 'Maintenant (15:00) : arrêter la démarche à cette heure' }).textContent,
    ).toBe('Maintenant (15:00)');
    await typeStopTime('11:45');
    fireEvent.click(await screen.findByRole('button', { name: 'Arrêter : Sans préciser' }));
    await waitFor(async () => expect(await db.entries.count()).toBe(1));
    expect(await db.entries.toArray()).toMatchObject([{ end: at('11:45'), activeMs: 105 * MIN }]);
  });

  it('refuses a typed time outside the procedure with a French sentence, and changes nothing', async () => {
    const { db } = await stoppedAt('19:10');
    const before = await dumpDb(db);
    for (const time of ['19:00', '09:30', '']) {
      await typeStopTime(time);
      expect(screen.getByRole('alert', { name: '' }).textContent).toBe(
        'Cette heure n’est pas possible : saisissez une heure entre 10:00 et 18:30.',
      );
    }
    expect(screen.getByRole('group', { name: 'Arrêter à quelle heure ?' })).toBeTruthy();
    expect(await dumpDb(db)).toEqual(before);
  });

  it('is asked before « Enchaîner » too: the entry ends at the time chosen, the next one starts now', async () => {
    const { db, clock } = renderPopup({ activeOrganisation: 'caf' });
    await startTimer();
    clock.set(at('19:10'));
    fireEvent.click(screen.getByRole('button', { name: 'Enchaîner' }));
    await screen.findByRole('group', { name: 'Arrêter à quelle heure ?' });
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Fin de journée (18:30) : arrêter la démarche à cette heure, puis enchaîner',
      }),
    );
    await screen.findByRole('group', { name: 'Arrêter à 18:30 et enchaîner : quel résultat pour celle-ci ?' });
    fireEvent.click(screen.getByRole('button', { name: 'Enchaîner : Aboutie' }));
    await waitFor(async () => expect(await db.entries.count()).toBe(1));
    expect(await db.entries.toArray()).toMatchObject([{ end: at('18:30'), outcomeId: 'abouti' }]);
    await waitFor(async () =>
      expect(await readTimer(db)).toMatchObject({
        status: 'running',
        startedAt: at('19:10'),
        details: { outcomeId: null },
      }),
    );
  });

  it('offers the end of the working day the counsellor set in the options', async () => {
    await stoppedAt('17:20', ({ db }) =>
      db.settings.put({ key: 'settings', value: { endOfDay: '17:00', maxEntryHours: 8 } }),
    );
    expect(
      screen.getByRole('button', { name: 'Fin de journée (17:00) : arrêter la démarche à cette heure' }).textContent,
    ).toBe('Fin de journée (17:00)');
  });

  it('is not asked for an ordinary stop within the day', async () => {
    const { clock } = renderPopup();
    await startTimer();
    clock.advance(30 * MIN);
    fireEvent.click(screen.getByRole('button', { name: 'Arrêter' }));
    await screen.findByRole('group', { name: 'Arrêter : quel résultat ?' });
    expect(screen.queryByRole('group', { name: 'Arrêter à quelle heure ?' })).toBeNull();
  });
});

describe('the time away', () => {
  /** A timer started at 10:00, the counsellor away from the keyboard from 10:05 to 10:40, the popup open at 11:00. */
  async function awayFrom1005To1040() {
    const popup = renderPopup();
    await startTimer();
    const background = createTimerService({ db: popup.db, clock: popup.clock, newId: sequentialIds('bg') });
    popup.clock.set(at('10:40'));
    await background.apply({ type: 'away', kind: 'idle', since: at('10:05') });
    await background.apply({ type: 'back' });
    popup.clock.set(at('11:00'));
    const question = await screen.findByRole('group', {
      name: 'Vous étiez loin de l’écran de 10:05 à 10:40 (35 min). Ce temps compte-t-il ?',
    });
    return { ...popup, question };
  }

  async function stopAndReadActiveMs(db: ReturnType<typeof renderPopup>['db']) {
    await waitFor(async () => expect((await readTimer(db)) as object).not.toHaveProperty('awayPeriods.0'));
    fireEvent.click(screen.getByRole('button', { name: 'Arrêter' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Arrêter : Sans préciser' }));
    await waitFor(async () => expect(await db.entries.count()).toBe(1));
    return (await db.entries.toArray())[0]?.activeMs;
  }

  it('is asked, focused, and kept: the whole hour counts', async () => {
    const { db, question } = await awayFrom1005To1040();
    await waitFor(() => expect(question.contains(document.activeElement)).toBe(true));
    // The question takes the details form's place (600 px): the form is back once it is answered.
    expect(screen.queryByLabelText('Démarche')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Oui, le garder dans la démarche' }));
    await screen.findByLabelText('Démarche');
    expect(await stopAndReadActiveMs(db)).toBe(60 * MIN);
  });

  it('discarded: the 35 minutes away are taken out', async () => {
    const { db } = await awayFrom1005To1040();
    fireEvent.click(screen.getByRole('button', { name: 'Non, l’écarter de la démarche' }));
    // Answered: focus goes back to the timer.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Arrêter'));
    expect(await stopAndReadActiveMs(db)).toBe(25 * MIN);
  });

  it('kept in part: the minutes typed count, more than the time away is refused in French', async () => {
    const { db } = await awayFrom1005To1040();
    fireEvent.click(screen.getByRole('button', { name: 'En partie : saisir les minutes à garder' }));
    const minutes = screen.getByLabelText('Minutes gardées');
    expect(document.activeElement).toBe(minutes);
    const before = await dumpDb(db);
    fireEvent.input(minutes, { target: { value: '40' } });
    fireEvent.click(screen.getByRole('button', { name: 'Garder ces minutes dans la démarche' }));
    expect((await screen.findByText(/Saisissez un nombre/)).textContent).toBe(
      'Saisissez un nombre entier de minutes entre 0 et 35.',
    );
    expect(await dumpDb(db)).toEqual(before);
    fireEvent.input(minutes, { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Garder ces minutes dans la démarche' }));
    expect(await stopAndReadActiveMs(db)).toBe(35 * MIN);
  });

  it('asks one period at a time, oldest first, and says when the browser was closed', async () => {
    const { db, clock } = await awayFrom1005To1040();
    const background = createTimerService({ db, clock, newId: sequentialIds('bg2') });
    // Last seen at 11:00, then the browser closed until 11:30.
    await background.apply({ type: 'seen', gapMs: 60 * MIN });
    clock.set(at('11:30'));
    await background.apply({ type: 'restarted', gapMs: 5 * MIN });
    await waitFor(async () => expect(await readTimer(db)).toHaveProperty('awayPeriods.1'));
    expect(screen.getAllByRole('group', { name: /Ce temps compte-t-il/ })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Oui, le garder dans la démarche' }));
    const closed = await screen.findByRole('group', {
      name: 'Le navigateur était fermé de 11:00 à 11:30 (30 min). Ce temps compte-t-il ?',
    });
    await waitFor(() => expect(closed.contains(document.activeElement)).toBe(true));
  });
});
