// Everything the extension keeps in the browser, as one string: every store of
// every IndexedDB database and localStorage, read from an extension page. What
// must never be stored (what was typed in a site's fields, a site's address) is
// looked for in it. And the kinds of the frictions recorded, sorted.
import type { Session } from './harness';
import { rows } from './stored-timer';

export async function storedKinds(session: Session): Promise<string[]> {
  const popup = await session.openPopup();
  const stored = await rows<{ kind: string }>(popup, 'frictions');
  await popup.close();
  return stored.map((f) => f.kind).sort();
}

export async function storedDump(session: Session): Promise<string> {
  const popup = await session.openPopup();
  const dump = await popup.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '');
    const out: Record<string, unknown> = { localStorage: { ...localStorage }, databases: names };
    for (const name of names) {
      const db: IDBDatabase = await new Promise((ok, ko) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
      for (const store of db.objectStoreNames) {
        out[`${name}/${store}`] = await new Promise((ok) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => ok(r.result);
        });
      }
      db.close();
    }
    return JSON.stringify(out);
  });
  await popup.close();
  return dump;
}
