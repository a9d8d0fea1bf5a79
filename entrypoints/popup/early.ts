// The hand-over between the popup's classic early script (popup-early.js),
// which reads today's data and paints the first view, and its modules, which
// load the App after that paint and render it over the first view.

import type { DayRange } from '../../lib/core/day-range';
import type { DaySnapshot } from '../../lib/db/queries';

const EARLY_KEY = '__contretempsEarly';

export interface EarlyStart {
  range: DayRange;
  /** Today's data, read with the bare IndexedDB API; null if it could not be read. */
  snapshot: Promise<DaySnapshot | null>;
  /** Resolves once the first view is in the page (true), or when there will be none (false). */
  shown: Promise<boolean>;
  /**
   * Stops catching clicks on the first view's buttons (the App now answers
   * them) and gives the text of the button clicked meanwhile, if any.
   */
  release(): string | null;
}

export function handOver(early: EarlyStart): void {
  (globalThis as Record<string, unknown>)[EARLY_KEY] = early;
}

/** The early start, once; afterwards (or without the early script), null. */
export function takeEarlyStart(): EarlyStart | null {
  const holder = globalThis as Record<string, unknown>;
  const early = holder[EARLY_KEY] as EarlyStart | undefined;
  delete holder[EARLY_KEY];
  return early ?? null;
}
