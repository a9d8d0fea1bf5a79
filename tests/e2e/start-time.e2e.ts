// « Début 10:05 · corriger » in the real browser: the counsellor started the
// timer late and says when the procedure really began; the entry saved at
// stop starts then. A start not yet come is refused and changes nothing.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { track } from './guard';
import { launch } from './harness';
import { elapsed, rows, send } from './stored-timer';

const MIN = 60_000;

/**
 * How long to wait before the test may run: a start ten minutes earlier and
 * one two minutes later must both be on today, so not in the last three
 * minutes of the day nor in its first three. Local time, as the popup's.
 */
function waitForSafeTime(now = new Date()): Promise<void> {
  const minutes = now.getHours() * 60 + now.getMinutes();
  if (minutes >= 3 && minutes < 24 * 60 - 3) return Promise.resolve();
  const safe = new Date(now);
  if (minutes >= 3) safe.setDate(safe.getDate() + 1);
  safe.setHours(0, 3, 1, 0);
  return new Promise((done) => setTimeout(done, safe.getTime() - now.getTime()));
}

/** `09:05` for a local instant, as typed in the time field. */
function hhmm(timestamp: number): string {
  const d = new Date(timestamp);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

function startControl(popup: Page, time: string) {
  return popup.getByRole('button', { name: `Début ${time} · corriger l’heure de début` });
}

type TimerRow = { state: { status: string; startedAt?: number } };

describe('correcting the running timer’s start in the real browser', () => {
  it(
    'moves the start earlier: the clock counts from it, and the entry saved at stop starts then; a start not yet come is refused',
    async () => {
      await waitForSafeTime();
      const session = track(await launch());
      const popup = await session.openPopup();
      // A working day ending late: the end of the day never stops the timer, whenever the test runs.
      expect((await send(popup, { type: 'settings/update', patch: { endOfDay: '23:59' } })).ok).toBe(true);
      await popup.getByRole('button', { name: 'Démarrer le chronomètre' }).click();
      await popup.getByRole('heading', { name: 'Démarche en cours' }).waitFor();
      const [running] = await rows<TimerRow>(popup, 'timer');
      const startedAt = running?.state.startedAt ?? Number.NaN;
      const started = hhmm(startedAt);

      // Refused: a start two minutes from now. The sentence says why; nothing moved.
      await startControl(popup, started).click();
      const field = popup.getByLabel('Commencée à');
      await field.fill(hhmm(Date.now() + 2 * MIN));
      await popup.getByRole('button', { name: 'Enregistrer la nouvelle heure de début' }).click();
      await popup
        .getByText('Cette heure de début n’est pas encore passée ; rien n’a été modifié. Choisissez une heure passée.')
        .waitFor();
      expect((await rows<TimerRow>(popup, 'timer'))[0]?.state).toMatchObject({ status: 'running', startedAt });

      // Accepted: ten minutes before the start, on the minute (midnight at the earliest: today only).
      const earlier = Math.max(
        new Date(startedAt - 10 * MIN).setSeconds(0, 0),
        new Date(startedAt).setHours(0, 0, 0, 0),
      );
      await field.fill(hhmm(earlier));
      await popup.getByRole('button', { name: 'Enregistrer la nouvelle heure de début' }).click();
      await startControl(popup, hhmm(earlier)).waitFor();
      expect(await elapsed(popup)).toBeGreaterThanOrEqual(Math.floor((startedAt - earlier) / 1000));
      expect((await rows<TimerRow>(popup, 'timer'))[0]?.state).toMatchObject({ startedAt: earlier });

      await popup.getByRole('button', { name: 'Arrêter', exact: true }).click();
      await popup.getByRole('button', { name: 'Arrêter : Sans préciser' }).click();
      await popup.getByRole('button', { name: 'Démarrer le chronomètre' }).waitFor();
      const entries = await rows<{ start: number; activeMs: number }>(popup, 'entries');
      expect(entries).toHaveLength(1);
      expect(entries[0]?.start).toBe(earlier);
      expect(entries[0]?.activeMs).toBeGreaterThanOrEqual(startedAt - earlier);
      expect(await popup.getByTestId('entry').textContent()).toContain(hhmm(earlier));
    },
    8 * MIN,
  );
});
