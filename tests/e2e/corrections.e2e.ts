import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { track } from './guard';
import { launch } from './harness';

describe('corrections in the real browser', () => {
  it('adds a procedure after the fact to the day’s list, deletes it, and undoes that from a popup opened again', async () => {
    const session = track(await launch());
    const popup = await session.openPopup();
    // A minute that ended earlier today, in the browser's own time zone.
    const start = await popup.evaluate(() => {
      const now = new Date();
      const from = new Date(Math.max(now.getTime() - 20 * 60_000, new Date(now).setHours(0, 0, 0, 0)));
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${pad(from.getHours())}:${pad(from.getMinutes())}`;
    });
    await popup.getByRole('button', { name: 'Ajouter une démarche passée' }).click();
    const form = popup.locator('form.add-entry');
    await form.getByLabel('Heure de début').fill(start);
    await form.getByLabel('Durée (minutes)').fill('1');
    await form.getByLabel('Organisme ou site').selectOption('caf');
    expect(await seriousViolations(popup), 'the add form').toEqual([]);
    await form.getByRole('button', { name: 'Ajouter la démarche' }).click();
    await popup.getByText('Démarche ajoutée.').waitFor();
    const row = popup.getByTestId('entry');
    await row.waitFor();
    expect(await row.textContent()).toContain(start);
    expect(await row.textContent()).toContain('CAF');

    await popup.getByRole('button', { name: /^Supprimer/ }).click();
    await popup.getByRole('button', { name: 'Oui, supprimer' }).click();
    await popup.getByText('Aucune démarche terminée aujourd’hui.').waitFor();
    await popup.close();

    const again = await session.openPopup();
    await again.getByRole('button', { name: /^Corbeille/ }).click();
    expect(await seriousViolations(again), 'the trash, open').toEqual([]);
    await again.getByRole('button', { name: 'Annuler la suppression de « CAF »' }).click();
    const restored = again.getByTestId('entry');
    await restored.waitFor();
    expect(await restored.textContent()).toContain(start);
    expect(await again.getByTestId('trashed').count()).toBe(0);
    // Added without all its details, it waits for review.
    await again.getByRole('button', { name: 'À vérifier (1)' }).click();
    expect(await again.getByTestId('to-review').textContent()).toContain('sans tous ses détails');
    expect(await seriousViolations(again), 'the entries to review, open').toEqual([]);
  });

  it('removes a friction after closing and reopening the popup: it is gone from the counts', async () => {
    const session = track(await launch());
    const popup = await session.openPopup();
    await popup.getByRole('button', { name: 'Mot de passe oublié' }).click();
    await popup.getByText('Noté : Mot de passe oublié.').waitFor();
    await popup.close();

    const again = await session.openPopup();
    const today = again.getByTestId('today');
    expect(await today.textContent()).toContain('1 difficulté');
    await again.getByRole('button', { name: 'Difficultés notées (1)' }).click();
    await again.getByRole('button', { name: 'Retirer la difficulté notée : Mot de passe oublié' }).click();
    await again.getByRole('button', { name: 'Difficultés notées (0)' }).waitFor();
    expect(await seriousViolations(again), 'the day’s frictions, open').toEqual([]);
    expect(await today.textContent()).toContain('0 difficulté');
  });

  it('removes a friction right after logging it from its button: gone from the counts once reopened, and « Rétablir » in the list brings it back', async () => {
    const session = track(await launch());
    const popup = await session.openPopup();
    await popup.getByRole('button', { name: 'Compte bloqué' }).click();
    await popup.getByText('Noté : Compte bloqué.').waitFor();
    await popup.getByRole('button', { name: 'Retirer la difficulté notée : Compte bloqué' }).click();
    await popup.getByText('Retiré : Compte bloqué.').waitFor();
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Compte bloqué');
    await popup.getByRole('button', { name: 'Rétablir la difficulté : Compte bloqué' }).waitFor();
    await popup.close();

    const again = await session.openPopup();
    const today = again.getByTestId('today');
    await again.getByRole('button', { name: 'Difficultés notées (0)' }).click();
    expect(await today.textContent()).toContain('0 difficulté');
    expect(await again.getByTestId('friction').textContent()).toContain('Compte bloqué (retirée)');
    await again.getByRole('button', { name: 'Rétablir la difficulté : Compte bloqué' }).click();
    await again.getByRole('button', { name: 'Difficultés notées (1)' }).waitFor();
    expect(await today.textContent()).toContain('1 difficulté');
  });
});
