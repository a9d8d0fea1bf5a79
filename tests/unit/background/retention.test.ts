// The daily retention purge: one repeating alarm of a day (no timer keeping the
// service worker awake), whose firing deletes what is older than the period
// set by the counsellor; and « Tout effacer » through the background.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundApp, RETENTION_ALARM } from '../../../lib/background/app';
import { defaultSettings } from '../../../lib/settings/schema';
import { readSettings, writeSettings } from '../../../lib/settings/store';
import { fakeClock, freshDb, sequentialIds } from '../../helpers/db';
import { entryAt } from '../../helpers/records';

const DAY = 86_400_000;
const page = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });

function setup() {
  const db = freshDb();
  const clock = fakeClock(new Date('2026-11-28T10:00:00+01:00').getTime());
  const app = createBackgroundApp(fakeBrowser as never, { db, clock, newId: sequentialIds('rec'), log: () => {} });
  return { db, clock, app };
}

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('retention in the background', () => {
  it('keeps one alarm repeating every day, created once whatever the number of worker starts', async () => {
    const { app } = setup();
    await app.syncRetention();
    await app.syncRetention();
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.periodInMinutes])).toEqual([[RETENTION_ALARM, 1440]]);
  });

  it('deletes, when the alarm fires, the entries older than the months the counsellor chose', async () => {
    const { app, db, clock } = setup();
    await writeSettings(db, { ...defaultSettings, retentionMonths: 2 });
    const now = clock.now();
    await db.entries.bulkAdd([
      entryAt(now - 70 * DAY, 1000, 'entry-too-old'),
      entryAt(now - 50 * DAY, 1000, 'entry-kept-01'),
    ]);
    await app.onAlarm({ name: RETENTION_ALARM });
    expect((await db.entries.toArray()).map((e) => e.id)).toEqual(['entry-kept-01']);
  });

  it('erases everything on request, and the next change is stored', async () => {
    const { app, db } = setup();
    await writeSettings(db, { ...defaultSettings, retentionMonths: 2 });
    await db.entries.add(entryAt(1_000_000, 1000, 'entry-erased'));
    expect(await app.onMessage({ type: 'data/erase-all' }, page())).toEqual({ ok: true, data: null });
    expect(await db.entries.count()).toBe(0);
    expect(await readSettings(db)).toEqual(defaultSettings);
    const update = await app.onMessage({ type: 'settings/update', patch: { retentionMonths: 6 } }, page());
    expect(update.ok).toBe(true);
    expect((await readSettings(db)).retentionMonths).toBe(6);
  });

  it('gives back, when everything is erased, the access to the sites the counsellor had added, and the probe leaves them', async () => {
    const { app, db } = setup();
    // A site of the counsellor's own, and one under a listed site (giving it back would withdraw caf.fr's access).
    const customDomains = [
      { domain: 'mairie-exemple.fr', organisationId: 'autre' },
      { domain: 'espace.caf.fr', organisationId: 'caf' },
    ];
    await writeSettings(db, { ...defaultSettings, customDomains });
    const scripts: string[][] = [];
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async () =>
      scripts.map((matches) => ({ id: 'probe-custom', matches }))) as never);
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation((async (
      list: { matches: string[] }[],
    ) => {
      for (const script of list) scripts.push(script.matches);
    }) as never);
    vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation((async () => {
      scripts.length = 0;
    }) as never);
    const removed: string[][] = [];
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => true) as never);
    vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation((async ({ origins }: { origins: string[] }) => {
      removed.push(origins);
      return true;
    }) as never);
    await app.syncProbe();
    expect(scripts.flat()).toContain('https://*.mairie-exemple.fr/*');

    expect(await app.onMessage({ type: 'data/erase-all' }, page())).toEqual({ ok: true, data: null });
    expect(removed).toEqual([['https://*.mairie-exemple.fr/*']]);
    expect(scripts.flat()).toEqual([]);
  });

  it('gives the access back even when the probe could not be re-registered', async () => {
    const { app, db } = setup();
    await writeSettings(db, {
      ...defaultSettings,
      customDomains: [{ domain: 'mairie-exemple.fr', organisationId: 'autre' }],
    });
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async () => {
      throw new Error('scripting unavailable');
    }) as never);
    const removed: string[][] = [];
    vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation((async ({ origins }: { origins: string[] }) => {
      removed.push(origins);
      return true;
    }) as never);
    expect(await app.onMessage({ type: 'data/erase-all' }, page())).toEqual({ ok: true, data: null });
    expect(removed).toEqual([['https://*.mairie-exemple.fr/*']]);
  });

  it('records when the last backup was made', async () => {
    const { app, db, clock } = setup();
    const reply = await app.onMessage({ type: 'backup/export' }, page());
    expect(reply.ok && 'data' in reply && (reply.data as { fileName: string }).fileName).toBe(
      'contretemps-sauvegarde-personnelle-NE-PAS-PARTAGER-2026-11-28.json',
    );
    expect((await readSettings(db)).lastBackupAt).toBe(clock.now());
  });
});
