// The stored timer and entries as end-to-end tests read and move them, from
// an extension page: a message to the background, a store's rows, a running
// timer's start moved back in time (a timer forgotten since then), and the
// popup's clock as a number of seconds.
import type { Page } from 'playwright-core';

export const details = { organisationId: 'caf', procedureId: null, modeId: null, reasonIds: [], outcomeId: null };

/** The running timer's clock on screen (`0:40:05`), in seconds. */
export async function elapsed(page: Page): Promise<number> {
  const [h, m, s] = ((await page.getByTestId('elapsed').textContent()) ?? '').split(':').map(Number);
  return (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0);
}

export function send(page: Page, message: unknown): Promise<{ ok: boolean; error?: string; data?: unknown }> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

/** Every row of one store of the extension's database, read from an extension page. */
export function rows<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('contretemps');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
    store,
  );
}

/**
 * Changes fields of the stored timer as the background would have written
 * them; a field set to null is removed.
 */
export function patchTimer(page: Page, patch: Record<string, unknown>): Promise<void> {
  return page.evaluate(
    (changes) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('contretemps');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('timer', 'readwrite');
          const store = tx.objectStore('timer');
          const get = store.get('current');
          get.onsuccess = () => {
            const row = get.result as { state: Record<string, unknown> };
            const state = { ...row.state, ...changes };
            for (const [key, value] of Object.entries(changes)) if (value === null) delete state[key];
            store.put({ ...row, state });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
    patch,
  );
}

/** Moves the stored running timer's start (a timer left running since then). */
export function moveStart(page: Page, startedAt: number): Promise<void> {
  // No later sign of life: the background last saw it at its start.
  return patchTimer(page, { startedAt, segmentStartedAt: startedAt, lastSeenAt: null });
}

/** Yesterday at hh:mm, local time of the browser. */
export function yesterdayAt(page: Page, hours: number, minutes: number): Promise<number> {
  return page.evaluate(
    ([h, m]) => {
      const d = new Date();
      d.setDate(d.getDate() - 1);
      d.setHours(h as number, m as number, 0, 0);
      return d.getTime();
    },
    [hours, minutes],
  );
}
