// @vitest-environment happy-dom
// A browser that refuses IndexedDB (storage disabled, Firefox's permanent
// private browsing): every page says so in French, with what to do, instead of
// waiting for data that can never come.
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startPage } from '../../components/page-start';
import { showStorageUnavailable } from '../../components/StorageUnavailable';

afterEach(cleanup);

const start = (factory: IDBFactory) =>
  startPage({ i18n: fakeBrowser.i18n as never, getURL: (p) => `chrome-extension://test${p}`, indexedDB: factory });

/** An IndexedDB that refuses every open, as Firefox does where storage is forbidden. */
const refusing = {
  open() {
    throw new DOMException(
      'A mutation operation was attempted on a database that did not allow mutations.',
      'InvalidStateError',
    );
  },
} as unknown as IDBFactory;

describe('a browser that keeps nothing', () => {
  it('is told apart from a first start (no database yet) and from a usable one', async () => {
    expect((await start(refusing)).storageUnavailable).toBe(true);
    expect((await start(indexedDB)).storageUnavailable).toBe(false);
  });

  it('gets, in place of the page, the French sentence that says what happened and what to do', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    expect(showStorageUnavailable(await start(indexedDB), root)).toBe(false);
    expect(root.textContent).toBe('');
    const i18n = await start(refusing);
    expect(showStorageUnavailable(i18n, root)).toBe(true);
    expect(screen.getByRole('alert').textContent).toBe(i18n.t('error_storage_unavailable'));
    expect(screen.getByRole('alert').textContent).toMatch(/^Le navigateur ne permet pas d’enregistrer/);
  });
});
