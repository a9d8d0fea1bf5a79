// Subscribes a view to a Dexie query: re-renders on every write to what the
// query read, including writes made by the service worker.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('Contretemps: lecture impossible', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
