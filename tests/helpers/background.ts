// The background's router over a test database, in the same process: what the
// pages' `send` reaches in place of runtime messaging.
import type { Clock } from '../../lib/core/clock';
import type { ContretempsDB } from '../../lib/db/database';
import { createHandlers } from '../../lib/messages/handlers';
import { createRouter } from '../../lib/messages/router';
import { createSettingsService } from '../../lib/settings/service';
import { createTimerService } from '../../lib/timer/service';
import { sequentialIds } from './db';

export function backgroundRoute(db: ContretempsDB, clock: Clock, activeOrganisation: string | null = null) {
  const newId = sequentialIds('rec');
  const log = () => {};
  return createRouter({
    handlers: createHandlers({
      db,
      clock,
      newId,
      timer: createTimerService({ db, clock, newId }),
      activeOrganisation: async () => activeOrganisation,
      onTimerChange: async () => {},
      settings: createSettingsService({ db, permitted: async () => true, onDomainsChange: async () => {}, log }),
      log,
    }),
    isTrusted: () => true,
    log,
  });
}
