// Reading a backup file from its text: every check before anything is written.
// Never throws: whatever the text, the answer is a backup or one error code.
import type { ErrorCode } from '../core/error-codes';
import { forbiddenKey, nestingDepth, utf8Length } from '../evidence/read';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, BackupSchema, MAX_BACKUP_BYTES } from './format';

/** Objects and arrays within each other: the format needs 5 (file, data, trash row, entry, reasons). */
const MAX_DEPTH = 8;

export type BackupReadResult = { ok: true; backup: Backup } | { ok: false; error: ErrorCode };

const refuse = (error: ErrorCode): BackupReadResult => ({ ok: false, error });

export function readBackup(input: unknown): BackupReadResult {
  try {
    return read(input);
  } catch {
    return refuse('backup_invalid');
  }
}

function read(input: unknown): BackupReadResult {
  if (typeof input !== 'string') return refuse('file_not_json');
  if (input.length > MAX_BACKUP_BYTES || utf8Length(input) > MAX_BACKUP_BYTES) return refuse('backup_too_large');
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (nestingDepth(text, MAX_DEPTH) > MAX_DEPTH) return refuse('file_unsafe');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse('file_not_json');
  }
  if (forbiddenKey(raw) !== null) return refuse('file_unsafe');
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return refuse('backup_not_backup');
  const head = raw as Record<string, unknown>;
  if (head.format !== BACKUP_FORMAT) return refuse('backup_not_backup');
  if (head.version !== BACKUP_VERSION) return refuse('version_unknown');
  const parsed = BackupSchema.safeParse(raw);
  if (!parsed.success) return refuse('backup_invalid');
  return { ok: true, backup: parsed.data };
}
