// The hand-over between the popup's early script and its modules.
import type { DayRange } from '../core/day-range';
import type { DaySnapshot } from './queries';

export const EARLY_READ_KEY = '__contretempsEarlyRead';

export interface EarlyRead {
  range: DayRange;
  snapshot: Promise<DaySnapshot | null>;
}

/** The early read if it covers the same day, once; afterwards, null. */
export function takeEarlyRead(range: DayRange): Promise<DaySnapshot | null> | null {
  const holder = globalThis as Record<string, unknown>;
  const early = holder[EARLY_READ_KEY] as EarlyRead | undefined;
  delete holder[EARLY_READ_KEY];
  return early && early.range.from === range.from ? early.snapshot : null;
}
