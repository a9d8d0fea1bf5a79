// Reading any Contretemps evidence file (individual, team, branch) from its
// text, in the dashboard and the command line alike: every check a file must
// pass before anything is shown or merged from it, each failure as an error
// code with, where useful, where it is. Never throws: whatever the text, the
// answer is a file or a list of problems.
import type { ErrorCode } from '../core/error-codes';
import { type Week, weekFromId } from '../stats/week';
import { checkDigest } from './digest';
import { type EvidenceKind, FORMATS, issuePath, knownVersion, migrate } from './migrations';
import {
  type BranchFile,
  BranchFileSchema,
  type EvidenceFile,
  type IndividualFile,
  IndividualFileSchema,
  type TeamFile,
  TeamFileSchema,
} from './schema';

/** Larger files are refused before being parsed: an individual file of a year is far below. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Objects and arrays within each other: the formats need 5. */
export const MAX_DEPTH = 8;
/** Keys that could reach an object's prototype in code that copies the file. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Problems listed for one file at most: enough to see what is wrong. */
const MAX_PROBLEMS = 10;
/** The earliest local time on Earth (UTC+14): a week has begun somewhere only once this is past its Monday. */
const EARLIEST_OFFSET_MS = 14 * 3_600_000;

export interface Problem {
  code: ErrorCode;
  /** Where, when it helps: a field path (`cells.3.minutes`) or a week. */
  detail?: string;
}

export type ReadResult =
  | { ok: true; kind: 'individual'; file: IndividualFile; version: number }
  | { ok: true; kind: 'team'; file: TeamFile; version: number }
  | { ok: true; kind: 'branch'; file: BranchFile; version: number }
  | { ok: false; problems: Problem[] };

export interface ReadOptions {
  /** Now, in ms (the Clock's): weeks that have not begun are refused. */
  now: number;
}

const SCHEMAS = { individual: IndividualFileSchema, team: TeamFileSchema, branch: BranchFileSchema };

const refuse = (code: ErrorCode, detail?: string): ReadResult => ({
  ok: false,
  problems: [detail === undefined ? { code } : { code, detail }],
});

/** Deepest nesting of objects and arrays in a JSON text (strings skipped); stops counting past `limit`. */
export function nestingDepth(text: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/**
 * The first reserved key anywhere in a parsed value. JSON.parse makes such a
 * key a plain own property (harmless until code copies the object); a walk
 * after parsing costs a fraction of a reviver. Depth is already bounded.
 */
export function forbiddenKey(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = forbiddenKey(item);
      if (found !== null) return found;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return key;
    const found = forbiddenKey((value as Record<string, unknown>)[key]);
    if (found !== null) return found;
  }
  return null;
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The file's text checked and read, older versions brought to the current one. */
export async function readEvidence(text: string, options: ReadOptions): Promise<ReadResult> {
  try {
    return await read(text, options);
  } catch {
    // Unreachable by design; a file that finds a way is still only refused.
    return refuse('file_invalid');
  }
}

async function read(input: string, { now }: ReadOptions): Promise<ReadResult> {
  if (typeof input !== 'string') return refuse('file_not_json');
  if (input.length > MAX_FILE_BYTES || utf8Length(input) > MAX_FILE_BYTES) return refuse('file_too_large');
  // A byte order mark some editors add says nothing about the content.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (nestingDepth(text) > MAX_DEPTH) return refuse('file_unsafe', `profondeur > ${MAX_DEPTH}`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse('file_not_json');
  }
  const forbidden = forbiddenKey(raw);
  if (forbidden !== null) return refuse('file_unsafe', forbidden);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return refuse('format_unknown');
  const object = raw as Record<string, unknown>;
  const kind: EvidenceKind | undefined =
    typeof object.format === 'string' && Object.hasOwn(FORMATS, object.format) ? FORMATS[object.format] : undefined;
  if (!kind) return refuse('format_unknown');
  if (!knownVersion(kind, object.version)) return refuse('version_unknown', String(object.version));
  const version = object.version;

  const problems: Problem[] = [];
  // The digest is of the file as exported, so it is checked before any migration.
  if (!(await checkDigest(object))) problems.push({ code: 'file_modified' });
  const migrated = migrate(kind, version, object);
  if (!migrated.ok) {
    problems.push({ code: 'file_invalid', detail: `${migrated.path} (version ${migrated.version})` });
    return { ok: false, problems };
  }
  const parsed = SCHEMAS[kind].safeParse(migrated.file);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, MAX_PROBLEMS - problems.length)) {
      problems.push({ code: 'file_invalid', detail: issuePath(issue.path) });
    }
    return { ok: false, problems };
  }
  const file = parsed.data as EvidenceFile;
  problems.push(...weekProblems(file, now), ...countProblems(kind, file), ...rowProblems(file));
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, kind, file, version } as ReadResult;
}

/** Weeks already looked up, in UTC: every file of a merge names the same few, and finding one walks the year. */
const knownWeeks = new Map<string, Week | null>();
function utcWeek(id: string): Week | null {
  let week = knownWeeks.get(id);
  if (week === undefined) {
    if (knownWeeks.size >= 1_000) knownWeeks.clear();
    week = weekFromId(id, 'UTC');
    knownWeeks.set(id, week);
  }
  return week;
}

/** Weeks that exist (W53 only in years with one), sorted, unique, begun, and every row's week among them. */
function weekProblems(file: EvidenceFile, now: number): Problem[] {
  const problems: Problem[] = [];
  const declared = new Set<string>();
  let previous = '';
  for (const id of file.weeks) {
    const week = utcWeek(id);
    if (!week) problems.push({ code: 'week_invalid', detail: id });
    else if (week.from - EARLIEST_OFFSET_MS > now) problems.push({ code: 'week_future', detail: id });
    if (id <= previous) problems.push({ code: 'file_invalid', detail: 'weeks' });
    previous = id;
    declared.add(id);
  }
  const rows: { week: string }[] =
    'cells' in file ? [...file.cells, ...file.reasons, ...file.frictions, ...file.siteTime] : file.tables.weekly;
  for (const row of rows) {
    if (!declared.has(row.week)) {
      problems.push({ code: 'week_invalid', detail: row.week });
      break;
    }
  }
  return problems;
}

/**
 * An individual file's rows as the exporter writes them: one row per key (a
 * row split in two would give the same content another fingerprint, and let
 * one person count twice) and no row of zeros only (a file of zeros would
 * count as a contributor while bringing nothing).
 */
function rowProblems(file: EvidenceFile): Problem[] {
  if (!('cells' in file)) return [];
  const problems: Problem[] = [];
  const check = <T>(name: string, rows: T[], key: (row: T) => string, zero: (row: T) => boolean) => {
    if (new Set(rows.map(key)).size !== rows.length || rows.some(zero))
      problems.push({ code: 'file_invalid', detail: name });
  };
  check(
    'cells',
    file.cells,
    (c) => `${c.week}|${c.organisation}|${c.procedure}|${c.mode}|${c.outcome}`,
    (c) => c.count === 0 && c.minutes === 0,
  );
  check(
    'reasons',
    file.reasons,
    (r) => `${r.week}|${r.reason}`,
    (r) => r.count === 0 && r.minutes === 0,
  );
  check(
    'frictions',
    file.frictions,
    (f) => `${f.week}|${f.organisation}|${f.kind}`,
    () => false,
  );
  check(
    'siteTime',
    file.siteTime,
    (t) => `${t.week}|${t.organisation}`,
    (t) => t.minutes === 0,
  );
  return problems;
}

/**
 * A summary's counts agree with its inputs (sorted, unique): a team of N
 * individual files, at least the rules' minimum; a branch of N teams. The
 * digest proves only that nobody changed the file since it was signed, and
 * anyone can sign: a forged « 100 contributors » from one file is refused here.
 */
function countProblems(kind: EvidenceKind, file: EvidenceFile): Problem[] {
  if (kind === 'individual') return [];
  const summary = file as TeamFile | BranchFile;
  const { inputs } = summary;
  const problems: Problem[] = [];
  if (inputs.some((d, i) => i > 0 && d <= (inputs[i - 1] as string)))
    problems.push({ code: 'file_invalid', detail: 'inputs' });
  if (kind === 'team') {
    if (summary.contributors !== inputs.length || summary.contributors < summary.rules.minContributors)
      problems.push({ code: 'file_invalid', detail: 'contributors' });
  } else if ((summary as BranchFile).teams !== inputs.length) problems.push({ code: 'file_invalid', detail: 'teams' });
  return problems;
}
