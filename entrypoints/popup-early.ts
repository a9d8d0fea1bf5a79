// Loaded as a classic script at the top of popup.html, before the styles and
// the popup's modules: it starts reading today's data from IndexedDB at once,
// so the database open overlaps with loading the interface. main.tsx picks up
// the promise. Nothing else happens here.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { dayRange } from '../lib/core/day-range';
import { EARLY_READ_KEY, type EarlyRead } from '../lib/db/early-read';
import { DB_NAME } from '../lib/db/name';
import { readDaySnapshot } from '../lib/db/raw-snapshot';

export default defineUnlistedScript(() => {
  const range = dayRange(Date.now());
  const early: EarlyRead = { range, snapshot: readDaySnapshot(indexedDB, DB_NAME, range.from, range.to) };
  (globalThis as Record<string, unknown>)[EARLY_READ_KEY] = early;
});
