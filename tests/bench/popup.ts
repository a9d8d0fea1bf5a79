// Popup first text with two years of data: seeds the extension's own
// IndexedDB through an extension page, then times, over several loads, the
// moment today's figures first appear after navigation starts.
import type { Page } from 'playwright-core';
import { launch, type Session } from '../e2e/harness';
import { median } from './median';

const DAY = 86_400_000;

/** Seeds `entries` entries and `frictions` frictions spread over `days` days ending now. */
async function seed(page: Page, entries: number, frictions: number, days: number) {
  await page.evaluate(
    async ({ entries, frictions, days, DAY }) => {
      const db: IDBDatabase = await new Promise((ok, ko) => {
        const r = indexedDB.open('contretemps');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
      const orgs = ['caf', 'ameli', 'francetravail', 'impots', 'imilo', 'ants'];
      const now = Date.now();
      const tx = db.transaction(['entries', 'frictions'], 'readwrite');
      for (let i = 0; i < entries; i++) {
        const start = now - Math.floor((i / entries) * days * DAY) - 3_600_000;
        tx.objectStore('entries').put({
          id: `bench-entry-${String(i).padStart(8, '0')}`,
          start,
          end: start + 900_000,
          activeMs: 840_000,
          organisationId: orgs[i % orgs.length],
          procedureId: null,
          modeId: 'faire_ensemble',
          reasonIds: ['illectronisme'],
          outcomeId: 'abouti',
          source: 'timer',
          createdAt: start,
          updatedAt: start,
        });
      }
      for (let i = 0; i < frictions; i++) {
        const at = now - Math.floor((i / frictions) * days * DAY) - 3_000_000;
        tx.objectStore('frictions').put({
          id: `bench-friction-${String(i).padStart(8, '0')}`,
          at,
          organisationId: orgs[i % orgs.length],
          kind: 'mdp_oublie',
          detection: 'manual',
          status: 'confirmed',
          entryId: null,
          loginMs: null,
        });
      }
      await new Promise((ok, ko) => {
        tx.oncomplete = ok;
        tx.onerror = () => ko(tx.error);
      });
      db.close();
    },
    { entries, frictions, days, DAY },
  );
}

/** Milliseconds from navigation start to today's figures on screen, one load. */
async function firstText(session: Session): Promise<number> {
  const page = await session.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __firstText?: number };
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-testid="today"]')) {
        w.__firstText = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await page.getByTestId('today').waitFor();
  const ms = await page.evaluate(() => (window as unknown as { __firstText: number }).__firstText);
  await page.close();
  return ms;
}

export async function popupFirstText(runs = 9) {
  const session = await launch();
  try {
    const setup = await session.openPopup();
    const empty: number[] = [];
    await firstText(session); // warm-up: code cache, worker start
    for (let i = 0; i < runs; i++) empty.push(await firstText(session));
    await seed(setup, 60_000, 30_000, 730);
    await setup.close();
    const full: number[] = [];
    await firstText(session);
    for (let i = 0; i < runs; i++) full.push(await firstText(session));
    if (session.violations.length > 0) throw new Error(`requêtes sorties : ${session.violations.join(', ')}`);
    return { emptyMs: median(empty), fullMs: median(full), runs };
  } finally {
    await session.close();
  }
}
