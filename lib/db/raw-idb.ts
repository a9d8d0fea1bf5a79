// The bare IndexedDB calls the pages' first reads need, without Dexie: a
// request as a promise, and opening the database only if it exists (Dexie
// creates it, with its schema, the first time it opens it).

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | 'absent' | null> {
  return new Promise((resolve) => {
    const open = factory.open(name);
    let absent = false;
    // No database yet: abort, so that Dexie creates it with its schema later.
    open.onupgradeneeded = () => {
      absent = true;
      open.transaction?.abort();
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => resolve(absent ? 'absent' : null);
    open.onblocked = () => resolve(null);
  });
}
