import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { emptyDetails } from '../../../lib/db/details';
import { previousSummaries } from '../../../lib/db/summaries';
import { createTranslator } from '../../../lib/i18n/translator';
import { createHandlers } from '../../../lib/messages/handlers';
import { createRouter, type Sender } from '../../../lib/messages/router';
import { createSettingsService } from '../../../lib/settings/service';
import { createTimerService } from '../../../lib/timer/service';
import fr from '../../../public/_locales/fr/messages.json';
import { dumpDb, fakeClock, freshDb, sequentialIds } from '../../helpers/db';

const PAGE: Sender = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

function setup() {
  const db = freshDb();
  const clock = fakeClock();
  const newId = sequentialIds('rec');
  const log = vi.fn();
  const onTimerChange = vi.fn(async () => {});
  const timer = createTimerService({ db, clock, newId });
  const route = createRouter({
    handlers: createHandlers({
      db,
      clock,
      newId,
      timer,
      activeOrganisation: async () => 'caf',
      onTimerChange,
      settings: createSettingsService({ db, permitted: async () => true, onDomainsChange: async () => {}, log }),
      log,
    }),
    isTrusted: (s) => s.id === 'ext' && (s.url ?? '').startsWith('chrome-extension://ext/'),
    log,
  });
  return { db, clock, route, log, onTimerChange };
}

async function seeded() {
  const s = setup();
  await s.route({ type: 'timer/start', details: { ...emptyDetails, organisationId: 'caf' } }, PAGE);
  s.clock.advance(60_000);
  await s.route({ type: 'friction/log', kind: 'mdp_oublie', organisationId: null }, PAGE);
  await s.route({ type: 'timer/stop' }, PAGE);
  await s.route({ type: 'timer/start', details: emptyDetails }, PAGE);
  s.log.mockClear();
  s.onTimerChange.mockClear();
  return s;
}

describe('background message router', () => {
  it('runs a valid request and reports the new timer state', async () => {
    const { route, onTimerChange } = setup();
    const response = await route({ type: 'timer/start', details: { ...emptyDetails, organisationId: 'caf' } }, PAGE);
    expect(response).toMatchObject({ ok: true, data: { state: { status: 'running' } } });
    expect(onTimerChange).toHaveBeenCalledOnce();
  });

  it('answers context requests with the organisation of the active tab', async () => {
    const { route } = setup();
    expect(await route({ type: 'context/get' }, PAGE)).toEqual({ ok: true, data: { organisationId: 'caf' } });
  });

  it('turns a refused transition into an error code that the locales word in French', async () => {
    const { route } = setup();
    const response = await route({ type: 'timer/stop' }, PAGE);
    expect(response).toEqual({ ok: false, error: 'not_running' });
    expect(createTranslator(fr)(`error_${response.ok ? '' : response.error}`)).toMatch(/Aucun chronomètre ne tourne/);
  });

  it.each([
    ['an unknown type', { type: 'timer/explode' }],
    ['no type', { details: emptyDetails }],
    ['a malformed payload', { type: 'timer/start', details: { organisationId: 42 } }],
    ['an unknown organisation', { type: 'timer/start', details: { ...emptyDetails, organisationId: 'evil' } }],
    ['an extra field', { type: 'timer/pause', url: 'https://www.caf.fr/?nir=1234567890123' }],
    ['a friction kind outside the catalogue', { type: 'friction/log', kind: 'keylogger', organisationId: null }],
    ['a negative duration', { type: 'entry/update', id: 'rec-00000001', patch: { activeMs: -1 } }],
    ['a negative start', { type: 'entry/update', id: 'rec-00000001', patch: { start: -1 } }],
    ['a start as text', { type: 'entry/update', id: 'rec-00000001', patch: { start: '09:00' } }],
    ['a fractional start', { type: 'entry/update', id: 'rec-00000001', patch: { start: 1.5 } }],
    ['an unknown time zone', { type: 'demo/load', timeZone: 'Europe/Atlantis' }],
    ['a time zone that is no zone', { type: 'demo/load', timeZone: '<script>' }],
    ['no time zone', { type: 'demo/load' }],
    ['a string', 'timer/start'],
    ['null', null],
  ])('rejects %s, logs it once and changes nothing', async (_name, message) => {
    const { db, route, log, onTimerChange } = await seeded();
    const before = await dumpDb(db);
    const response = await route(message, PAGE);
    expect(response).toEqual({ ok: false, error: 'invalid_message' });
    expect(log).toHaveBeenCalledOnce();
    expect(JSON.stringify(log.mock.calls)).not.toContain('nir=');
    expect(onTimerChange).not.toHaveBeenCalled();
    expect(await dumpDb(db)).toEqual(before);
  });

  it('ignores a request that does not come from an extension page', async () => {
    const { db, route, log } = await seeded();
    const before = await dumpDb(db);
    for (const sender of [
      { id: 'other-extension', url: 'chrome-extension://other/x.html' },
      { id: 'ext', url: 'https://www.caf.fr/' },
      {},
    ]) {
      expect(await route({ type: 'timer/stop' }, sender)).toMatchObject({ ok: false, error: 'untrusted_sender' });
    }
    expect(log).toHaveBeenCalledTimes(3);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('rejects any random value without crashing or writing', async () => {
    const { db, route } = await seeded();
    const before = await dumpDb(db);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record({ type: fc.constantFrom('timer/start', 'entry/update', 'friction/log'), details: fc.anything() }),
          fc.record({ type: fc.string(), id: fc.string(), patch: fc.object() }),
        ),
        async (message) => {
          const response = await route(message, PAGE);
          expect(response.ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
    expect(await dumpDb(db)).toEqual(before);
  });
});

describe('demo data through the router', () => {
  it('loads the demo in the time zone the page sends, only into an empty database, and removes it', async () => {
    const { db, route } = setup();
    expect(await route({ type: 'demo/load', timeZone: 'Mars/Olympus' }, PAGE)).toEqual({
      ok: false,
      error: 'invalid_message',
    });
    expect(await db.entries.count()).toBe(0);
    const loaded = await route({ type: 'demo/load', timeZone: 'Europe/Paris' }, PAGE);
    expect(loaded).toMatchObject({ ok: true });
    expect(await db.entries.count()).toBeGreaterThan(50);
    const again = await route({ type: 'demo/load', timeZone: 'Europe/Paris' }, PAGE);
    expect(again).toEqual({ ok: false, error: 'demo_not_empty' });
    expect(createTranslator(fr)('error_demo_not_empty')).toMatch(/base vide.*Rien n’a été modifié/);
    expect(await route({ type: 'demo/remove' }, PAGE)).toMatchObject({ ok: true });
    expect(await db.entries.count()).toBe(0);
    expect(await db.siteTime.count()).toBe(0);
  });
});

describe('corrections through the router', () => {
  const details = { ...emptyDetails, organisationId: 'caf' };

  it('refuses a procedure added after the fact that ends in the future, with a clear error and nothing written', async () => {
    const { db, clock, route } = setup();
    const before = await dumpDb(db);
    const start = clock.now() - 10 * 60_000;
    const response = await route({ type: 'entry/add', details, start, activeMs: 20 * 60_000 }, PAGE);
    expect(response).toEqual({ ok: false, error: 'entry_in_future' });
    expect(createTranslator(fr)('error_entry_in_future')).toMatch(/futur/);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('refuses moving an entry’s start so that it would end in the future, in French, writing nothing', async () => {
    const { db, clock, route } = setup();
    const start = clock.now() - 60 * 60_000;
    await route({ type: 'entry/add', details, start, activeMs: 30 * 60_000 }, PAGE);
    const id = (await db.entries.toArray())[0]?.id ?? '';
    const before = await dumpDb(db);
    const moved = await route({ type: 'entry/update', id, patch: { start: start + 45 * 60_000 } }, PAGE);
    expect(moved).toEqual({ ok: false, error: 'entry_in_future' });
    expect(await dumpDb(db)).toEqual(before);
    const back = await route({ type: 'entry/update', id, patch: { start: start - 15 * 60_000 } }, PAGE);
    expect(back).toMatchObject({ ok: true, data: { start: start - 15 * 60_000, end: start + 15 * 60_000 } });
  });

  it('rejects malformed corrections (unknown organisation, negative duration, extra field) and writes nothing', async () => {
    const { db, clock, route } = setup();
    const before = await dumpDb(db);
    const start = clock.now() - 60 * 60_000;
    const bad = [
      { type: 'entry/add', details: { ...details, organisationId: 'nope' }, start, activeMs: 60_000 },
      { type: 'entry/add', details, start, activeMs: -60_000 },
      { type: 'entry/split', id: 'rec-00000001', at: -1 },
      { type: 'entry/restore', id: 'rec-00000001', extra: true },
    ];
    for (const request of bad) expect(await route(request, PAGE)).toEqual({ ok: false, error: 'invalid_message' });
    expect(await route({ type: 'entry/restore', id: 'rec-00000001' }, PAGE)).toEqual({
      ok: false,
      error: 'trash_not_found',
    });
    expect(await dumpDb(db)).toEqual(before);
  });

  it('adds a procedure after the fact, deletes it, lists it in the trash and restores it', async () => {
    const { clock, route } = setup();
    const start = clock.now() - 60 * 60_000;
    const added = await route({ type: 'entry/add', details, start, activeMs: 30 * 60_000 }, PAGE);
    if (!added.ok) throw new Error(added.error);
    const entry = added.data as { id: string };
    expect(await route({ type: 'entry/review-list' }, PAGE)).toMatchObject({
      ok: true,
      data: [{ id: entry.id, review: 'incomplete' }],
    });
    expect(await route({ type: 'entry/delete', id: entry.id }, PAGE)).toEqual({ ok: true, data: null });
    expect(await route({ type: 'trash/list' }, PAGE)).toMatchObject({ ok: true, data: [{ id: entry.id }] });
    expect(await route({ type: 'entry/restore', id: entry.id }, PAGE)).toEqual({ ok: true, data: entry });
    expect(await route({ type: 'trash/list' }, PAGE)).toEqual({ ok: true, data: [] });
  });

  it('records a team summary once (weeks and sorted inputs only), refuses one with anything else', async () => {
    const { db, route } = setup();
    const a = `sha256:${'a'.repeat(64)}`;
    const b = `sha256:${'b'.repeat(64)}`;
    const summary = { weeks: ['2026-W47'], inputs: [b, a] };
    expect(await route({ type: 'summary/record', summary }, PAGE)).toEqual({ ok: true, data: null });
    expect(await route({ type: 'summary/record', summary }, PAGE)).toEqual({ ok: true, data: null });
    expect(await db.summaries.toArray()).toEqual([{ id: 1, weeks: ['2026-W47'], inputs: [a, b] }]);
    const extra = { ...summary, figures: 12 };
    expect(await route({ type: 'summary/record', summary: extra } as never, PAGE)).toMatchObject({ ok: false });
    expect(await previousSummaries(db, ['2026-W47'])).toEqual([{ weeks: ['2026-W47'], inputs: [a, b] }]);
    expect(await previousSummaries(db, ['2026-W48'])).toEqual([]);
  });
});
