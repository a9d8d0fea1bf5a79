// Demo data in the real browser: loaded from the options page into an empty
// profile, seen by the popup, removed in one click, nothing left.
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { track } from './guard';
import { launch } from './harness';

describe('demo data in the real browser', () => {
  it('loads the demo from the options page, the popup sees it, and one click removes it all', async () => {
    const session = track(await launch());
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const section = options.getByRole('region', { name: 'Données de démonstration' });
    await section.getByText(/8 semaines d’activité fictive/).waitFor();
    await section.getByRole('button', { name: 'Charger des données de démonstration' }).click();
    await section.getByRole('button', { name: 'Retirer les données de démonstration' }).waitFor();
    const loaded = Number((await section.textContent())?.match(/(\d+) démarches/)?.[1]);
    expect(loaded).toBeGreaterThan(50);
    expect(await seriousViolations(options), 'the options page, demo loaded').toEqual([]);

    // The popup reads the same database: the demo's entries left without their outcome wait for review.
    const popup = await session.openPopup();
    await popup.getByRole('button', { name: /^À vérifier \(\d+\)$/ }).waitFor();
    await popup.close();

    await section.getByRole('button', { name: 'Retirer les données de démonstration' }).click();
    await section.getByRole('button', { name: 'Charger des données de démonstration' }).waitFor();
    const left = await options.evaluate(
      () =>
        new Promise<number[]>((resolve, reject) => {
          const open = indexedDB.open('contretemps');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['entries', 'frictions', 'siteTime', 'settings'], 'readonly');
            const counts = ['entries', 'frictions', 'siteTime'].map((name) => tx.objectStore(name).count());
            // The marker of the demo's site-time rows goes too.
            counts.push(tx.objectStore('settings').count('demo'));
            tx.oncomplete = () => resolve(counts.map((c) => c.result));
          };
        }),
    );
    expect(left).toEqual([0, 0, 0, 0]);
    const again = await session.openPopup();
    expect(await again.getByRole('button', { name: /^À vérifier/ }).count()).toBe(0);
  });
});
