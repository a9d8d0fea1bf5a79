// A full disk or an IndexedDB that cannot be used is told as such, with what
// to do, instead of a generic failure.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { storageErrorCode } from '../../../lib/core/storage-error';
import type { Handlers } from '../../../lib/messages/contract';
import { createRouter } from '../../../lib/messages/router';

describe('storage failures', () => {
  it('names a full disk, whether the browser or Dexie reports it', () => {
    expect(storageErrorCode(new DOMException('full', 'QuotaExceededError'))).toBe('storage_full');
    const abort = new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError'));
    expect(storageErrorCode(abort)).toBe('storage_full');
  });

  it('names an IndexedDB that cannot be used (Firefox permanent private browsing)', () => {
    expect(storageErrorCode(new Dexie.MissingAPIError('no indexedDB'))).toBe('storage_unavailable');
    const open = new Dexie.OpenFailedError('open', new DOMException('private', 'InvalidStateError'));
    expect(storageErrorCode(open)).toBe('storage_unavailable');
  });

  it('leaves any other failure to the generic sentence', () => {
    expect(storageErrorCode(new TypeError('x'))).toBeNull();
    expect(storageErrorCode(new Dexie.ConstraintError('key'))).toBeNull();
  });

  it('reaches the page as its error code', async () => {
    const handlers = {
      'data/erase-all': () =>
        Promise.reject(new Dexie.AbortError('aborted', new DOMException('', 'QuotaExceededError'))),
    } as unknown as Handlers;
    const route = createRouter({ handlers, isTrusted: () => true, log: () => undefined });
    expect(await route({ type: 'data/erase-all' }, {})).toEqual({ ok: false, error: 'storage_full' });
  });
});
