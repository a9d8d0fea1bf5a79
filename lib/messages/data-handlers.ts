// The handlers of the counsellor's own data (issue 12): backup, restore, « Tout
// effacer », and erasing the site time recorded. Each write is one transaction
// in lib/backup; what follows it (badge, alarms) is mended by afterCommit.

import { eraseEverything, eraseSiteTime } from '../backup/erase';
import { makeBackup } from '../backup/export';
import { backupFileName } from '../backup/format';
import { readBackup } from '../backup/read';
import { restoreBackup } from '../backup/restore';
import { afterCommit, type Log } from '../core/after-commit';
import type { Clock } from '../core/clock';
import type { ContretempsDB } from '../db/database';
import type { TimerState } from '../model/timer-state';
import { defaultSettings, type Settings } from '../settings/schema';
import { changeSettings } from '../settings/store';
import { failure, type Handlers, ok } from './contract';

type DataHandlers = Pick<Handlers, 'backup/export' | 'backup/restore' | 'data/erase-all' | 'sitetime/erase'>;

/** What these handlers need of the background (a part of HandlerDeps). */
export interface DataHandlerDeps {
  db: ContretempsDB;
  clock: Clock;
  onTimerChange: (state: TimerState) => Promise<void>;
  onSettingsChange?: (settings: Settings) => Promise<void>;
  /**
   * After « Tout effacer »: what the erased settings had the browser grant (the added sites' access)
   * goes back. Never throws: each of its steps is mended and logged on its own (afterCommit).
   */
  onErased?: (erased: Settings) => Promise<void>;
  log: Log;
}

export function createDataHandlers(deps: DataHandlerDeps): DataHandlers {
  const { db, clock } = deps;
  return {
    'backup/export': async () => {
      const now = clock.now();
      const backup = await makeBackup(db, now);
      // Remembered for the reminder; the file holds the settings as they were before.
      await changeSettings(db, (s) => ({ ...s, lastBackupAt: now }));
      return ok({ backup, fileName: backupFileName(now) });
    },
    'backup/restore': async (r) => {
      const read = readBackup(r.text);
      if (!read.ok) return failure(read.error);
      const report = await restoreBackup(db, read.backup);
      const { onSettingsChange } = deps;
      if (report.settings === 'restored' && read.backup.data.settings && onSettingsChange) {
        const restored = read.backup.data.settings;
        await afterCommit('alarms and idle threshold', () => onSettingsChange(restored), deps.log);
      }
      return ok(report);
    },
    'data/erase-all': async () => {
      const erased = await eraseEverything(db);
      await afterCommit('badge and alarm', () => deps.onTimerChange({ status: 'idle' }), deps.log);
      const { onSettingsChange, onErased } = deps;
      if (onSettingsChange) {
        await afterCommit('alarms and idle threshold', () => onSettingsChange(defaultSettings), deps.log);
      }
      if (onErased) await onErased(erased);
      return ok(null);
    },
    'sitetime/erase': async () => ok(await eraseSiteTime(db)),
  };
}
