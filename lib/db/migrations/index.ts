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
];

export const currentVersion = schemaVersions[schemaVersions.length - 1]?.version ?? 1;
