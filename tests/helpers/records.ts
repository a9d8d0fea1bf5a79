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

let serial = 0;

/** An entry from `start` to `end` (ISO times), `activeMs` of work: a described CAF « Prime d’activité » unless `details` says otherwise. */
export function entryFrom(start: string, end: string, activeMs: number, details: Partial<Entry> = {}): Entry {
  serial++;
  return {
    id: `entry-${String(serial).padStart(4, '0')}`,
    organisationId: 'caf',
    procedureId: 'prime_activite',
    modeId: 'faire_ensemble',
    reasonIds: [],
    outcomeId: 'abouti',
    start: Date.parse(start),
    end: Date.parse(end),
    activeMs,
    source: 'timer',
    createdAt: Date.parse(start),
    updatedAt: Date.parse(end),
    ...details,
  };
}

/** A confirmed manual friction « mot de passe oublié » on the CAF at `when` (ISO), unless `details` says otherwise. */
export function frictionOn(when: string, details: Partial<Friction> = {}): Friction {
  serial++;
  return {
    id: `friction-${String(serial).padStart(4, '0')}`,
    at: Date.parse(when),
    organisationId: 'caf',
    kind: 'mdp_oublie',
    detection: 'manual',
    status: 'confirmed',
    entryId: null,
    loginMs: null,
    ...details,
  };
}
