// The bare IndexedDB calls the pages' first reads need, without Dexie: a
// request as a promise, and opening the database only if it exists (Dexie
// creates it, with its schema, the first time it opens it).

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * The database, 'absent' when there is none yet, 'failed' when the browser
 * refuses to open any (storage disabled, Firefox's permanent private browsing,
 * a broken profile), null when another page holds it mid-upgrade.
 */
export function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | 'absent' | 'failed' | null> {
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest;
    try {
      open = factory.open(name);
    } catch {
      resolve('failed');
      return;
    }
    let absent = false;
    // No database yet: abort, so that Dexie creates it with its schema later.
    open.onupgradeneeded = () => {
      absent = true;
      open.transaction?.abort();
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => resolve(absent ? 'absent' : 'failed');
    open.onblocked = () => resolve(null);
  });
}
