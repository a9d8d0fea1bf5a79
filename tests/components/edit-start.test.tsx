// @vitest-environment happy-dom
// Correcting an entry's start, from the day's list and from the entries to
// review: the whole entry moves; the background's refusal shows in French.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPopup } from '../helpers/popup';
import { entryAt } from '../helpers/records';

afterEach(cleanup);

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
// The popup's clock reads 10:00 on 24 November 2026 (tests/helpers/popup.tsx).
const at = (time: string) => new Date(`2026-11-24T${time}:00+01:00`).getTime();

function type(scope: HTMLElement, label: string, value: string) {
  fireEvent.input(within(scope).getByLabelText(label), { target: { value } });
}

const updates = (sent: unknown[]) => sent.filter((r) => (r as { type: string }).type === 'entry/update');

describe('correcting the start of an entry of the day', () => {
  it('moves the whole entry to the start typed, its length and active time kept', async () => {
    const { db, sent } = renderPopup();
    await db.entries.add({ ...entryAt(at('08:00'), 20 * MIN, 'entry-0001'), end: at('08:25') });
    fireEvent.click(await screen.findByRole('button', { name: 'Modifier : CAF' }));
    const row = screen.getByTestId('entry');
    type(row, 'Heure de début', '08:30');
    fireEvent.click(within(row).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.getByTestId('entry').textContent).toContain('08:30'));
    expect(updates(sent)).toMatchObject([{ id: 'entry-0001', patch: { start: at('08:30') } }]);
    expect(await db.entries.get('entry-0001')).toMatchObject({
      start: at('08:30'),
      end: at('08:55'),
      activeMs: 20 * MIN,
    });
  });

  it('sends no start when only the details change', async () => {
    const { db, sent } = renderPopup();
    await db.entries.add(entryAt(at('08:00') + 17_000, 20 * MIN, 'entry-0001'));
    fireEvent.click(await screen.findByRole('button', { name: 'Modifier : CAF' }));
    fireEvent.click(within(screen.getByTestId('entry')).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Enregistrer' })).toBeNull());
    expect(updates(sent)).toHaveLength(1);
    expect(updates(sent)[0]).not.toHaveProperty('patch.start');
  });

  it('keeps the active time and the end to the second when only the details change', async () => {
    const { db, sent } = renderPopup();
    const entry = { ...entryAt(at('08:00'), 20 * MIN + 29_000, 'entry-0001'), end: at('08:25') + 13_000 };
    await db.entries.add(entry);
    fireEvent.click(await screen.findByRole('button', { name: 'Modifier : CAF' }));
    const row = screen.getByTestId('entry');
    fireEvent.click(within(row).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Enregistrer' })).toBeNull());
    expect(updates(sent)[0]).not.toHaveProperty('patch.activeMs');
    expect(await db.entries.get('entry-0001')).toMatchObject({
      activeMs: 20 * MIN + 29_000,
      end: at('08:25') + 13_000,
    });
  });

  it('sends the active time typed when the minutes change', async () => {
    const { db, sent } = renderPopup();
    await db.entries.add({ ...entryAt(at('08:00'), 20 * MIN + 29_000, 'entry-0001'), end: at('08:25') });
    fireEvent.click(await screen.findByRole('button', { name: 'Modifier : CAF' }));
    const row = screen.getByTestId('entry');
    type(row, 'Durée (minutes)', '22');
    fireEvent.click(within(row).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Enregistrer' })).toBeNull());
    expect(updates(sent)).toMatchObject([{ patch: { activeMs: 22 * MIN } }]);
    expect(await db.entries.get('entry-0001')).toMatchObject({ activeMs: 22 * MIN, end: at('08:25') });
  });

  it('refuses a start that would end the entry after now, in French, changing nothing', async () => {
    const { db } = renderPopup();
    const entry = entryAt(at('08:00'), 20 * MIN, 'entry-0001');
    await db.entries.add(entry);
    fireEvent.click(await screen.findByRole('button', { name: 'Modifier : CAF' }));
    const row = screen.getByTestId('entry');
    type(row, 'Heure de début', '09:50');
    fireEvent.click(within(row).getByRole('button', { name: 'Enregistrer' }));
    expect((await within(row).findByRole('alert')).textContent).toMatch(/finirait dans le futur/);
    expect(await db.entries.get('entry-0001')).toEqual(entry);
  });

  it('says so when the start is not a date and a time, sending nothing', async () => {
    const { db, sent } = renderPopup();
    await db.entries.add(entryAt(at('08:00'), 20 * MIN, 'entry-0001'));
    fireEvent.click(await screen.findByRole('button', { name: 'Modifier : CAF' }));
    const row = screen.getByTestId('entry');
    type(row, 'Heure de début', '');
    fireEvent.click(within(row).getByRole('button', { name: 'Enregistrer' }));
    expect((await within(row).findByRole('alert')).textContent).toBe(
      'Indiquez la date et l’heure de début de la démarche ; rien n’a été modifié.',
    );
    expect(updates(sent)).toEqual([]);
  });
});

describe('correcting an entry to review, of another day', () => {
  async function openReview() {
    const popup = renderPopup();
    const start = at('08:00') - 3 * DAY;
    await popup.db.entries.add({ ...entryAt(start, 30 * MIN, 'entry-0001'), review: 'forgotten' });
    fireEvent.click(await screen.findByRole('button', { name: 'À vérifier (1)' }));
    const item = screen.getByTestId('to-review');
    fireEvent.click(within(item).getByRole('button', { name: 'Modifier : CAF' }));
    return { ...popup, start, item };
  }

  it('moves its start with the same form; the flag stays until « Vérifiée »', async () => {
    const { db, sent, start, item } = await openReview();
    expect((within(item).getByLabelText('Date') as HTMLInputElement).value).toBe('2026-11-21');
    type(item, 'Heure de début', '07:15');
    fireEvent.click(within(item).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.getByTestId('to-review').textContent).toContain('21 nov. 07:15'));
    const moved = start - 45 * MIN;
    expect(updates(sent)).toMatchObject([{ id: 'entry-0001', patch: { start: moved } }]);
    expect(updates(sent)[0]).not.toHaveProperty('patch.reviewed');
    expect(await db.entries.get('entry-0001')).toMatchObject({
      start: moved,
      end: moved + 30 * MIN,
      review: 'forgotten',
    });

    fireEvent.click(screen.getByRole('button', { name: 'Vérifiée : « CAF »' }));
    await waitFor(() => expect(screen.queryByTestId('to-review')).toBeNull());
    expect(await db.entries.get('entry-0001')).not.toHaveProperty('review');
  });

  it('refuses a start that would end it past that day’s end of work, in French, changing nothing', async () => {
    const { db, item } = await openReview();
    const before = await db.entries.get('entry-0001');
    type(item, 'Heure de début', '18:15');
    fireEvent.click(within(item).getByRole('button', { name: 'Enregistrer' }));
    expect((await within(item).findByRole('alert')).textContent).toMatch(/dépasserait la fin de la journée/);
    expect(await db.entries.get('entry-0001')).toEqual(before);
  });
});
