// The Dexie database: one per browser profile, in the extension's origin, shared
// by the service worker and the extension pages (Dexie propagates writes to
// every liveQuery of the same origin).
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Entry, Friction } from '../model/records';
import type { TimerState } from '../model/timer-state';
import { schemaVersions } from './migrations';
import { DB_NAME } from './name';

export { DB_NAME };

export interface TimerRow {
  key: 'current';
  state: TimerState;
}

export interface SettingsRow {
  key: 'settings';
  value: unknown;
}

/** Per-tab state of the probe: timestamps and ids, nothing about the page. */
export interface ProbeTabRow {
  tabId: number;
  /** Start of the current login episode on this tab, if one is under way. */
  loginStartedAt: number | null;
  /** Frictions detected during that episode, to receive its duration. */
  episodeFrictionIds: string[];
  /** Last detection time per friction kind, for deduplication. */
  lastByKind: Record<string, number>;
  /** Recent visits to FranceConnect from this tab, to notice a loop. */
  franceConnectVisits: number[];
  /** How the site last sent a code: tells « code non reçu » by SMS from by email. */
  lastCodeChannel: 'sms' | 'email' | null;
  /** The badge shows a « démarche en cours ? » hint on this tab. */
  hinted: boolean;
  updatedAt: number;
}

export interface SiteTimeRow {
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string;
  organisationId: string;
  ms: number;
}

export class ContretempsDB extends Dexie {
  entries!: EntityTable<Entry, 'id'>;
  frictions!: EntityTable<Friction, 'id'>;
  timer!: Table<TimerRow, 'current'>;
  settings!: Table<SettingsRow, 'settings'>;
  probeTabs!: Table<ProbeTabRow, number>;
  siteTime!: Table<SiteTimeRow, [string, string]>;

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
