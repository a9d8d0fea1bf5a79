// The Dexie database: one per browser profile, in the extension's origin, shared
// by the service worker and the extension pages (Dexie propagates writes to
// every liveQuery of the same origin).
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { DemoMarkerRow } from '../demo/marker';
import type { ProbeTabRow } from '../model/probe-tab';
import type { Entry, Friction } from '../model/records';
import type { SiteTimeRow } from '../model/site-time';
import type { SummaryRecord } from '../model/summary-record';
import type { TimerState } from '../model/timer-state';
import type { TrashRow } from '../model/trash';
import { schemaVersions } from './migrations';
import { DB_NAME } from './name';

export type { ProbeTabRow, SiteTimeRow };
export { DB_NAME };

export interface TimerRow {
  key: 'current';
  state: TimerState;
}

export interface SettingsRow {
  key: 'settings';
  value: unknown;
}

export class ContretempsDB extends Dexie {
  entries!: EntityTable<Entry, 'id'>;
  frictions!: EntityTable<Friction, 'id'>;
  timer!: Table<TimerRow, 'current'>;
  settings!: Table<SettingsRow | DemoMarkerRow, 'settings' | 'demo'>;
  probeTabs!: Table<ProbeTabRow, number>;
  siteTime!: Table<SiteTimeRow, [string, string]>;
  trash!: EntityTable<TrashRow, 'id'>;
  summaries!: EntityTable<SummaryRecord, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const { version, stores, upgrade } of schemaVersions) {
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
  }
}

let shared: ContretempsDB | undefined;

/** The database of this extension context, opened lazily on first use. */
export function getDb(): ContretempsDB {
  shared ??= new ContretempsDB();
  return shared;
}
