// Logs a friction the counsellor reports with one click. It belongs to the
// running entry when a timer runs (and takes its organisation unless the click
// named one), otherwise it stands alone.

import type { Clock } from '../core/clock';
import type { ContretempsDB } from '../db/database';
import { addFriction } from '../db/frictions';
import { readTimer } from '../db/timer-store';
import type { Friction } from '../model/records';

export interface ManualFriction {
  kind: string;
  organisationId: string | null;
}

export function logManualFriction(
  deps: { db: ContretempsDB; clock: Clock; newId: () => string },
  input: ManualFriction,
): Promise<Friction> {
  const { db, clock, newId } = deps;
  return db.transaction('rw', db.timer, db.frictions, async () => {
    const timer = await readTimer(db);
    const running = timer.status === 'idle' ? null : timer;
    return addFriction(db, {
      id: newId(),
      at: clock.now(),
      organisationId: input.organisationId ?? running?.details.organisationId ?? null,
      kind: input.kind,
      detection: 'manual',
      status: 'confirmed',
      entryId: running?.entryId ?? null,
      loginMs: null,
    });
  });
}
