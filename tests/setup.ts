// Every unit test gets a fresh in-memory IndexedDB and a reset fake browser
// that speaks French (the fake has no i18n: it reads our own messages.json).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTranslator } from '../lib/i18n/translator';
import fr from '../public/_locales/fr/messages.json';

const t = createTranslator(fr);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) =>
    t(
      key,
      ...(Array.isArray(substitutions) ? substitutions : substitutions === undefined ? [] : [substitutions]),
    )) as never;
});
