// The personal backup in the real browser: from the options page, save the
// backup file (a download), erase everything, restore the file: every record
// is back as it was.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { track } from './guard';
import { launch } from './harness';

/** The counsellor's records, store by store, read from an extension page. */
function records(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('contretemps');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = ['entries', 'frictions', 'siteTime', 'trash', 'summaries'];
          const tx = db.transaction([...names, 'settings'], 'readonly');
          const requests = names.map((n) => [n, tx.objectStore(n).getAll()] as const);
          const demo = tx.objectStore('settings').get('demo');
          tx.oncomplete = () => {
            db.close();
            resolve({ ...Object.fromEntries(requests.map(([n, r]) => [n, r.result])), demo: [demo.result] });
          };
        };
      }),
  );
}

describe('backup in the real browser', () => {
  it('saves a backup, erases everything, restores the file: the same records are back', async () => {
    const session = track(await launch());
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const demo = options.getByRole('region', { name: 'Données de démonstration' });
    await demo.getByRole('button', { name: 'Charger des données de démonstration' }).click();
    await demo.getByRole('button', { name: 'Retirer les données de démonstration' }).waitFor();
    const before = await records(options);
    expect(before.entries?.length).toBeGreaterThan(50);

    const backup = options.getByRole('region', { name: 'Sauvegarde' });
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      backup.getByRole('button', { name: 'Enregistrer une sauvegarde' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^contretemps-sauvegarde-personnelle-NE-PAS-PARTAGER-\d{4}-\d{2}-\d{2}\.json$/,
    );
    const path = await download.path();
    const file = JSON.parse(await readFile(path, 'utf8'));
    expect(file.label).toBe('sauvegarde personnelle — ne pas partager');
    await backup.getByText(/Dernière sauvegarde :/).waitFor();

    const erase = options.getByRole('region', { name: 'Tout effacer' });
    await erase.getByRole('button', { name: 'Tout effacer…' }).click();
    const confirm = erase.getByRole('button', { name: 'Effacer définitivement' });
    expect(await confirm.isDisabled()).toBe(true);
    await erase.getByLabel('Pour confirmer, tapez EFFACER').fill('effacer');
    await confirm.click();
    await erase.getByText('Tout a été effacé : Contretemps repart de zéro.').waitFor();
    // The page follows: the demo can be loaded again (an empty database), no backup made.
    await demo.getByRole('button', { name: 'Charger des données de démonstration' }).waitFor();
    await backup.getByText('Aucune sauvegarde enregistrée depuis cet ordinateur.').waitFor();
    const emptied = await records(options);
    expect(
      Object.values(emptied)
        .flat()
        .filter((r) => r !== undefined),
    ).toEqual([]);

    await backup.getByLabel('Restaurer une sauvegarde (fichier .json)').setInputFiles(path);
    await backup
      .getByText(new RegExp(`Sauvegarde restaurée — démarches ajoutées : ${before.entries?.length},`))
      .waitFor();
    expect(await records(options)).toEqual(before);
    expect(await seriousViolations(options), 'the options page, backup restored').toEqual([]);

    // Restoring the same file again adds nothing.
    await backup.getByLabel('Restaurer une sauvegarde (fichier .json)').setInputFiles(path);
    await backup.getByText(/Sauvegarde restaurée — démarches ajoutées : 0, mises à jour : 0/).waitFor();
    expect(await records(options)).toEqual(before);
  });
});
