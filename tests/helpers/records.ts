// Stored records for tests that seed a database or a snapshot by hand.
import type { Entry, Friction } from '../../lib/model/records';

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

/** A confirmed manual friction `n` at `at`, on the CAF, attached to `entryId`. */
export function frictionAt(n: number, at: number, entryId: string | null): Friction {
  return {
    id: `friction-${String(n).padStart(4, '0')}`,
    at,
    organisationId: 'caf',
    kind: 'mdp_oublie',
    detection: 'manual',
    status: 'confirmed',
    entryId,
    loginMs: null,
  };
}
