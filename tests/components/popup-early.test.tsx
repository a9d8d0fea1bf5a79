// @vitest-environment happy-dom
// popup-early.js, the popup's first script: from the stored data alone, before
// any module loads, it writes today's figures and the start button (or the
// running timer) in the browser's language (unless another was chosen), and keeps a click made meanwhile.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type EarlyStart, takeEarlyStart } from '../../entrypoints/popup/early';
import earlyScript from '../../entrypoints/popup-early';
import { ContretempsDB } from '../../lib/db/database';
import { DB_NAME } from '../../lib/db/name';
import { createTranslator, type Messages } from '../../lib/i18n/translator';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { entryAt } from '../helpers/records';

const MIN = 60_000;
const holder = globalThis as unknown as { chrome?: unknown };

function speak(messages: Messages) {
  const t = createTranslator(messages);
  holder.chrome = { i18n: { getMessage: (key: string, subs: string[] = []) => t(key, ...subs) } };
}

async function runEarlyScript(): Promise<EarlyStart> {
  earlyScript.main();
  const early = takeEarlyStart();
  if (!early) throw new Error('popup-early.js handed nothing over');
  await early.shown;
  return early;
}

const app = () => document.getElementById('app') as HTMLElement;
const today = () => app().querySelector('[data-testid="today"]')?.textContent;

async function store(fill: (db: ContretempsDB) => Promise<unknown>) {
  // This test's own IndexedDB (tests/setup.ts gives each test a new one), the one popup-early.js reads.
  const db = new ContretempsDB(DB_NAME, { indexedDB, IDBKeyRange });
  await fill(db);
  db.close();
}

beforeEach(() => {
  // Mid-day: « today » must not depend on when the suite runs (a timer started 5 minutes before
  // midnight has only its minutes after midnight today).
  vi.useFakeTimers({ toFake: ['Date'], now: new Date().setHours(12, 0, 0, 0) });
  document.body.innerHTML = '<div id="app"></div>';
  speak(fr);
});

afterEach(() => {
  vi.useRealTimers();
  delete holder.chrome;
});

describe('popup-early.js', () => {
  it('writes today’s stored figures and the start button', async () => {
    const now = Date.now();
    await store((db) =>
      db.entries.bulkPut([entryAt(now - 1, 50 * MIN), entryAt(now - 2, 15 * MIN), entryAt(now - 3 * 86_400_000, MIN)]),
    );
    const early = await runEarlyScript();
    expect(early.range.from).toBeLessThanOrEqual(now);
    expect(today()).toBe('Aujourd’hui : 1 h 05 · 2 démarches · 0 difficulté de connexion');
    expect(app().querySelector('button.primary')?.textContent).toBe('Démarrer le chronomètre');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('shows the running timer instead of the start button', async () => {
    await store((db) =>
      db.timer.put({
        key: 'current',
        state: {
          status: 'running',
          entryId: 'entry-running',
          startedAt: Date.now() - 5 * MIN,
          segmentStartedAt: Date.now() - 5 * MIN,
          accumulatedMs: 0,
          details: { organisationId: null, procedureId: null, modeId: null, reasonIds: [], outcomeId: null },
        },
      }),
    );
    await runEarlyScript();
    expect(app().querySelector('h2')?.textContent).toBe('Démarche en cours');
    expect(app().querySelector('[data-testid="elapsed"]')?.textContent).toMatch(/^0:0[45]:\d\d$/);
    expect(today()).toBe('Aujourd’hui : 5 min · 1 démarche · 0 difficulté de connexion');
    expect(app().textContent).not.toContain('Démarrer le chronomètre');
  });

  it('speaks the browser’s language', async () => {
    speak(en as Messages);
    await runEarlyScript();
    expect(today()).toBe('Today: 0 min · 0 procedures · 0 sign-in difficulties');
    expect(document.documentElement.lang).toBe('en');
  });

  it('leaves the first view to the App when the counsellor chose another language than the browser’s', async () => {
    await store((db) => db.settings.put({ key: 'settings', value: { language: 'en' } }));
    const early = await runEarlyScript();
    expect(await early.shown).toBe(false);
    expect(app().innerHTML).toBe('');
  });

  it('writes the first view when the language chosen is the browser’s', async () => {
    await store((db) => db.settings.put({ key: 'settings', value: { language: 'fr' } }));
    await runEarlyScript();
    expect(today()).toBe('Aujourd’hui : 0 min · 0 démarche · 0 difficulté de connexion');
  });

  it('shows an empty day when nothing was ever stored, and leaves the database to Dexie to create', async () => {
    await runEarlyScript();
    expect(today()).toBe('Aujourd’hui : 0 min · 0 démarche · 0 difficulté de connexion');
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('writes nothing when the App is already there', async () => {
    app().innerHTML = '<main>App</main>';
    const early = await runEarlyScript();
    expect(await early.shown).toBe(false);
    expect(app().innerHTML).toBe('<main>App</main>');
  });

  it('keeps a click on its buttons for the App, once', async () => {
    const early = await runEarlyScript();
    (app().querySelector('button.primary') as HTMLButtonElement).click();
    expect(early.release()).toBe('Démarrer le chronomètre');
    (app().querySelector('button.primary') as HTMLButtonElement).click();
    expect(early.release()).toBeNull();
  });
});
