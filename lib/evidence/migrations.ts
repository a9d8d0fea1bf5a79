// Older versions of the evidence formats, brought to the current one on
// import. Every version that ever shipped has a frozen fixture in
// tests/fixtures/evidence/ read through these steps by a test. A step checks
// the file with the frozen schema of its own version first (never migrate
// what is not valid in its version), then returns the next version's shape.
// The digest is checked on the file as it was exported, before any step: a
// migrated file keeps its original digest, which identifies it in a summary's
// inputs. Only version 1 exists yet, so there is no step.
import type { z } from '../zod';
import { BRANCH_FORMAT, CURRENT_VERSION, INDIVIDUAL_FORMAT, TEAM_FORMAT } from './schema';

export type EvidenceKind = 'individual' | 'team' | 'branch';

export const FORMATS: Record<string, EvidenceKind> = {
  [INDIVIDUAL_FORMAT]: 'individual',
  [TEAM_FORMAT]: 'team',
  [BRANCH_FORMAT]: 'branch',
};

/** One step: a file of version `from`, valid for `schema`, to version `from + 1`. */
export interface MigrationStep {
  from: number;
  schema: z.ZodType;
  up: (file: Record<string, unknown>) => Record<string, unknown>;
}

/** The steps of each format, in order of `from`. When version 2 ships, its step from 1 goes here. */
export const MIGRATIONS: Record<EvidenceKind, MigrationStep[]> = { individual: [], team: [], branch: [] };

/** Versions that can be read: from the oldest with a step (or the current one) up to the current one. */
export function knownVersion(kind: EvidenceKind, version: unknown): version is number {
  if (typeof version !== 'number' || !Number.isInteger(version)) return false;
  const oldest = MIGRATIONS[kind][0]?.from ?? CURRENT_VERSION;
  return version >= oldest && version <= CURRENT_VERSION;
}

export type MigrationResult =
  | { ok: true; file: Record<string, unknown> }
  | { ok: false; path: string; version: number };

/** The file brought to the current version; where a step's schema refuses it, the path and the version. */
export function migrate(kind: EvidenceKind, version: number, file: Record<string, unknown>): MigrationResult {
  let current = file;
  for (const step of MIGRATIONS[kind]) {
    if (step.from < version) continue;
    const parsed = step.schema.safeParse(current);
    if (!parsed.success) return { ok: false, path: issuePath(parsed.error.issues[0]?.path), version: step.from };
    current = { ...step.up(parsed.data as Record<string, unknown>), version: step.from + 1 };
  }
  return { ok: true, file: current };
}

/** `cells.3.minutes`: where a schema issue is, readable in a message. */
export function issuePath(path: readonly PropertyKey[] | undefined): string {
  return (path ?? []).map(String).join('.') || '(racine)';
}
