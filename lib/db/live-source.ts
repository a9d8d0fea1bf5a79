// Live day data through Dexie's liveQuery, which sees writes from every
// context of the extension's origin, the service worker included.
import { liveQuery } from 'dexie';
import type { DayRange } from '../core/day-range';
import type { ContretempsDB } from './database';
import { type DaySnapshot, daySnapshot } from './queries';

export function watchDay(
  db: ContretempsDB,
  range: DayRange,
  onChange: (s: DaySnapshot) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => daySnapshot(db, range.from, range.to)).subscribe({
    next: onChange,
    error: onError,
  });
  return () => subscription.unsubscribe();
}
