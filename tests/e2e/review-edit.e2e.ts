// An entry of a previous day waiting for review, corrected from the list of
// entries to review in the real browser: its start moved, the change still
// there once the popup is opened again. The review list with its form open is
// a popup state too: within 600 px, no serious or critical axe-core violation.
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { track } from './guard';
import { launch } from './harness';
import { details, rows, send, yesterdayAt } from './stored-timer';

const MIN = 60_000;

describe('correcting an entry to review', () => {
  it('moves the start of yesterday’s entry from the review list; reopened, the popup shows the new time', async () => {
    const session = track(await launch());
    const popup = await session.openPopup();
    // Recorded after the fact without its procedure: flagged « à compléter », on yesterday.
    const start = await yesterdayAt(popup, 9, 0);
    expect(await send(popup, { type: 'entry/add', details, start, activeMs: 30 * MIN })).toMatchObject({ ok: true });
    await popup.close();

    const page = await session.openPopup();
    // The popup's width, in a viewport short enough that scrollHeight is the content's.
    await page.setViewportSize({ width: 380, height: 100 });
    await page.getByRole('button', { name: 'À vérifier (1)' }).click();
    const item = page.getByTestId('to-review');
    await item.getByRole('button', { name: 'Modifier : CAF' }).click();
    await item.getByLabel('Heure de début').waitFor();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.info('popup height, an entry to review being corrected (px):', height);
    expect(height).toBeLessThanOrEqual(600);
    expect(await seriousViolations(page), 'an entry to review, its form open').toEqual([]);

    await item.getByLabel('Heure de début').fill('08:15');
    await item.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await item.getByLabel('Heure de début').waitFor({ state: 'detached' });
    await page.close();

    const again = await session.openPopup();
    await again.getByRole('button', { name: 'À vérifier (1)' }).click();
    const moved = await yesterdayAt(again, 8, 15);
    const day = await again.evaluate(
      (at) => new Date(at).toLocaleDateString('fr-FR', { day: 'numeric', month: 'short' }),
      moved,
    );
    expect(await again.getByTestId('to-review').textContent()).toContain(`${day} 08:15`);
    expect(await rows(again, 'entries')).toMatchObject([
      { start: moved, end: moved + 30 * MIN, activeMs: 30 * MIN, review: 'incomplete' },
    ]);
  });
});
