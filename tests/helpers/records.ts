// Stored records for tests that seed a database or a snapshot by hand.
import type { Entry } from '../../lib/model/records';

/** A timed entry of `activeMs` starting at `start`, no details but the organisation. */
export function entryAt(start: number, activeMs: number, id = `entry-${start}`): Entry {
  return {
    id,
    start,
    end: start + activeMs,
    activeMs,
    organisationId: 'caf',
    procedureId: null,
    modeId: null,
    reasonIds: [],
    outcomeId: null,
    source: 'timer',
    createdAt: start,
    updatedAt: start,
  };
}
