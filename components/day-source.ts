// Where a view gets the day's data: a first read as fast as possible, then
// live updates on every write (from the page itself or the service worker).
import { useEffect, useState } from 'preact/hooks';
import type { DayRange } from '../lib/core/day-range';
import type { DaySnapshot } from '../lib/db/queries';

export interface DaySource {
  first(range: DayRange): Promise<DaySnapshot | null>;
  watch(range: DayRange, onChange: (snapshot: DaySnapshot) => void, onError: (error: unknown) => void): () => void;
}

export type DayData = { snapshot?: DaySnapshot; failed: boolean };

/**
 * The day's data for a view. `initial`, when the caller could read it before
 * the first render, saves a render cycle: the first frame already has the data.
 */
export function useDaySnapshot(source: DaySource, range: DayRange, initial?: DaySnapshot | null): DayData {
  const [snapshot, setSnapshot] = useState<DaySnapshot | undefined>(initial ?? undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = false;
    if (!initial) {
      void source.first(range).then((first) => {
        if (first && !live) setSnapshot(first);
      });
    }
    const stop = source.watch(
      range,
      (next) => {
        live = true;
        setFailed(false);
        setSnapshot(next);
      },
      (error) => {
        console.error('Contretemps : lecture impossible de la base locale', error);
        setFailed(true);
      },
    );
    return stop;
  }, [source, range.from]);
  return { snapshot, failed };
}
