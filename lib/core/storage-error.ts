// Which storage failure an exception stands for, so that the counsellor reads
// what to do (free disk space, leave permanent private browsing) rather than a
// generic failure. Dexie wraps the browser's DOMException in its own errors,
// keeping the cause in `inner`; both names are looked at.
import type { ErrorCode } from './error-codes';

/** Names of a full disk or an exhausted quota. */
const FULL = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'NS_ERROR_FILE_NO_DEVICE_SPACE']);
/** Names of an IndexedDB that cannot be used at all (Firefox private browsing, storage disabled, broken profile). */
const UNAVAILABLE = new Set([
  'MissingAPIError',
  'OpenFailedError',
  'DatabaseClosedError',
  'InvalidStateError',
  'SecurityError',
  'UnknownError',
]);

export function storageErrorCode(error: unknown): ErrorCode | null {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string' && FULL.has(name)) return 'storage_full';
    const inner = (e as { inner?: unknown }).inner;
    if (typeof name === 'string' && UNAVAILABLE.has(name) && !inner) return 'storage_unavailable';
    e = inner;
  }
  return null;
}
