// Every version of the database schema, oldest first. A new version appends an
// entry with its store changes and, when data must be reshaped, an `upgrade`
// function in its own file (`v001-to-v002.ts`), plus a frozen fixture of the old
// shape in tests/fixtures/db/ that the migration test runs through every step.
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // Time-range queries: by start for the day and week views, by organisation
      // or procedure then start for per-site figures.
      entries: 'id, start, [organisationId+start], [procedureId+start]',
      frictions: 'id, at, entryId, [organisationId+at], [status+at]',
      // One row, key 'current': the running timer.
      timer: 'key',
    },
  },
  {
    version: 2,
    stores: {
      // Short-lived per-tab state of the friction probe (deduplication, login
      // episodes); rows older than two hours are purged. Tab ids only: no URL.
      probeTabs: 'tabId, updatedAt',
      // One row, key 'settings'.
      settings: 'key',
      // Opt-in focused time, one row per day and organisation; never a trail.
      siteTime: '[day+organisationId], day',
    },
  },
  {
    version: 3,
    stores: {
      // Entries flagged for review, whatever their day (unflagged ones have no
      // `review` field, so they are not in this index).
      entries: 'id, start, [organisationId+start], [procedureId+start], review',
      // Deleted entries, restorable for 30 days, purged by age.
      trash: 'id, deletedAt',
    },
  },
  {
    version: 4,
    stores: {
      // The team summaries made on this computer: their weeks and sorted input
      // digests only, so that a new summary of the same weeks that differs by
      // too few files (which would reveal them) is refused.
      summaries: '++id, weeks',
    },
  },
];

export const currentVersion = schemaVersions[schemaVersions.length - 1]?.version ?? 1;
