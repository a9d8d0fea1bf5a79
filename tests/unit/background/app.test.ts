import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BADGE_ALARM,
  createBackgroundApp,
  END_OF_DAY_ALARM,
  FRICTION_COMMAND,
  PAUSE_COMMAND,
  TOGGLE_COMMAND,
} from '../../../lib/background/app';
import { readTimer } from '../../../lib/db/timer-store';
import { defaultSettings } from '../../../lib/settings/schema';
import { writeSettings } from '../../../lib/settings/store';
import { fakeClock, freshDb, sequentialIds } from '../../helpers/db';

const MIN = 60_000;
const page = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

async function setup(activeUrl = 'https://www.caf.fr/allocataires/mes-services-en-ligne') {
  const db = freshDb();
  const clock = fakeClock();
  const log = vi.fn();
  const window = await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.tabs.create({ url: activeUrl, active: true, windowId: window?.id });
  const app = createBackgroundApp(fakeBrowser as never, { db, clock, newId: sequentialIds('rec'), log });
  return { db, clock, app, log };
}

describe('background', () => {
  it('derives the organisation from the active tab hostname', async () => {
    const { app } = await setup('https://candidat.pole-emploi.fr/espacepersonnel/');
    expect(await app.onMessage({ type: 'context/get' }, page())).toEqual({
      ok: true,
      data: { organisationId: 'francetravail' },
    });
  });

  it('gives no organisation for an unlisted site', async () => {
    const { app } = await setup('https://www.example.org/');
    expect(await app.onMessage({ type: 'context/get' }, page())).toEqual({ ok: true, data: { organisationId: null } });
  });

  it('shows elapsed minutes on the badge and refreshes it by alarm only while a timer runs', async () => {
    const { app, clock } = await setup();
    await app.refreshBadge();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');

    await app.onMessage({ type: 'timer/start', details: emptyStart() }, page());
    expect(await fakeBrowser.action.getBadgeText({})).toBe('0m');
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).sort()).toEqual([BADGE_ALARM, END_OF_DAY_ALARM]);

    clock.advance(65 * MIN);
    await app.onAlarm({ name: BADGE_ALARM });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1h05');

    await app.onMessage({ type: 'timer/pause' }, page());
    // A paused timer is still stopped at the end of the day; its badge no longer changes.
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual([END_OF_DAY_ALARM]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1h05');

    await app.onMessage({ type: 'timer/resume' }, page());
    await app.onMessage({ type: 'timer/stop' }, page());
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('rebuilds the badge from the stored timer when the worker starts again', async () => {
    const { app, db, clock } = await setup();
    await app.onMessage({ type: 'timer/start', details: emptyStart() }, page());
    clock.advance(12 * MIN);
    await fakeBrowser.action.setBadgeText({ text: '' });
    const restarted = createBackgroundApp(fakeBrowser as never, { db, clock, newId: sequentialIds('x') });
    await restarted.refreshBadge();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('12m');
  });

  it('toggles the timer with the keyboard shortcut, on the organisation of the active tab', async () => {
    const { app, db, clock } = await setup('https://cfspart.impots.gouv.fr/monprofil-webapp/');
    await app.onCommand(TOGGLE_COMMAND);
    expect(await readTimer(db)).toMatchObject({ status: 'running', details: { organisationId: 'impots' } });
    clock.advance(3 * MIN);
    await app.onCommand(TOGGLE_COMMAND);
    expect(await readTimer(db)).toEqual({ status: 'idle' });
    expect(await db.entries.toArray()).toMatchObject([{ organisationId: 'impots', activeMs: 3 * MIN }]);
  });

  it('pauses and resumes the running timer with the pause shortcut, and does nothing without one', async () => {
    const { app, db, clock } = await setup();
    await app.onCommand(PAUSE_COMMAND);
    expect(await readTimer(db)).toEqual({ status: 'idle' });
    await app.onCommand(TOGGLE_COMMAND);
    clock.advance(2 * MIN);
    await app.onCommand(PAUSE_COMMAND);
    expect(await readTimer(db)).toMatchObject({ status: 'paused', accumulatedMs: 2 * MIN });
    clock.advance(10 * MIN);
    await app.onCommand(PAUSE_COMMAND);
    expect(await readTimer(db)).toMatchObject({ status: 'running' });
    clock.advance(MIN);
    await app.onCommand(TOGGLE_COMMAND);
    expect(await db.entries.toArray()).toMatchObject([{ activeMs: 3 * MIN }]);
  });

  it('logs an « autre » friction with the friction shortcut, on the site in front when no timer runs', async () => {
    const { app, db } = await setup('https://cfspart.impots.gouv.fr/monprofil-webapp/');
    await app.onCommand(FRICTION_COMMAND);
    expect(await db.frictions.toArray()).toMatchObject([
      { kind: 'autre', organisationId: 'impots', detection: 'manual', status: 'confirmed', entryId: null },
    ]);
    expect(await readTimer(db)).toEqual({ status: 'idle' });
  });

  it('attaches the friction shortcut’s friction to the running timer, with its organisation', async () => {
    const { app, db } = await setup('https://www.caf.fr/allocataires/mes-services-en-ligne');
    await app.onCommand(TOGGLE_COMMAND);
    const timer = await readTimer(db);
    await fakeBrowser.tabs.create({ url: 'https://www.example.org/', active: true });
    await app.onCommand(FRICTION_COMMAND);
    const [friction] = await db.frictions.toArray();
    expect(friction).toMatchObject({ kind: 'autre', organisationId: 'caf', status: 'confirmed' });
    expect(friction?.entryId).toBe(timer.status === 'running' ? timer.entryId : 'a running timer');
  });

  it('ignores unknown commands and alarms', async () => {
    const { app, db } = await setup();
    await app.onCommand('something-else');
    await app.onAlarm({ name: 'other' });
    expect(await readTimer(db)).toEqual({ status: 'idle' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('refuses messages from web pages', async () => {
    const { app, db, log } = await setup();
    const response = await app.onMessage(
      { type: 'timer/start', details: emptyStart() },
      { id: fakeBrowser.runtime.id, url: 'https://www.caf.fr/' },
    );
    expect(response).toMatchObject({ ok: false });
    expect(log).toHaveBeenCalledOnce();
    expect(await readTimer(db)).toEqual({ status: 'idle' });
  });
});

function emptyStart() {
  return { organisationId: 'caf', procedureId: null, modeId: null, reasonIds: [], outcomeId: null };
}

describe('background, listed sites', () => {
  async function probeTab(url: string) {
    const window = await fakeBrowser.windows.create({ focused: true });
    return fakeBrowser.tabs.create({ url, active: true, windowId: window?.id });
  }

  it('hints on a listed site’s tab while no timer runs, and gives the badge back when one starts', async () => {
    const { app } = await setup();
    const tab = await probeTab('https://wwwd.caf.fr/wpc-connexionportail-web/s/AccesPortail');
    const sender = { id: fakeBrowser.runtime.id, url: tab.url, tab: { id: tab.id } };
    expect(await app.onMessage({ type: 'probe/page', signals: ['login_form'] }, sender)).toEqual({
      ok: true,
      siteTime: false,
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('?');
    expect(await fakeBrowser.action.getTitle({ tabId: tab.id })).toBe(
      'Démarche CAF en cours ? Cliquez pour la chronométrer.',
    );
    await app.onMessage({ type: 'timer/start', details: emptyStart() }, page());
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).not.toBe('?');
  });

  it('recognises a site the counsellor added, under the organisation chosen', async () => {
    const { app, db } = await setup();
    await writeSettings(db, {
      ...defaultSettings,
      customDomains: [{ domain: 'rdv-prefecture.interieur.gouv.fr', organisationId: 'rdv_prefecture' }],
    });
    const tab = await probeTab('https://rdv-prefecture.interieur.gouv.fr/rdvpref/reservation');
    await app.onMessage(
      { type: 'probe/page', signals: ['locked_error'] },
      { id: fakeBrowser.runtime.id, url: tab.url, tab: { id: tab.id } },
    );
    expect(await db.frictions.toArray()).toMatchObject([{ organisationId: 'rdv_prefecture', kind: 'compte_bloque' }]);
    expect(await app.onMessage({ type: 'context/get' }, page())).toEqual({
      ok: true,
      data: { organisationId: 'rdv_prefecture' },
    });
  });
});

describe('background, when what follows a stored change fails', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const broken = () => new Error('badge unavailable https://www.caf.fr/?nir=1');

  it('answers with the stored timer when the badge cannot be drawn, and logs it once, by name only', async () => {
    const { app, db, log } = await setup();
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValue(broken());
    const started = await app.onMessage({ type: 'timer/start', details: emptyStart() }, page());
    expect(started).toMatchObject({ ok: true, data: { state: { status: 'running' } } });
    expect(await readTimer(db)).toMatchObject({ status: 'running' });
    expect(log).toHaveBeenCalledOnce();
    expect(log.mock.calls[0]?.[0]).toBe('Contretemps: badge and alarm failed after the change was saved: Error');

    // The counsellor is not told to try again: stopping works, the entry is stored.
    const stopped = await app.onMessage({ type: 'timer/stop' }, page());
    expect(stopped).toMatchObject({
      ok: true,
      data: { state: { status: 'idle' }, finished: { organisationId: 'caf' } },
    });
    expect(await db.entries.count()).toBe(1);
  });

  it('answers with the stored timer when the alarm cannot be set', async () => {
    const { app, db, log } = await setup();
    vi.spyOn(fakeBrowser.alarms, 'create').mockRejectedValue(broken());
    expect(await app.onMessage({ type: 'timer/start', details: emptyStart() }, page())).toMatchObject({ ok: true });
    expect(await readTimer(db)).toMatchObject({ status: 'running' });
    expect(log).toHaveBeenCalledOnce();
  });

  it('tries a failed badge once more at once, and logs nothing when that works', async () => {
    const { app, log } = await setup();
    const real = fakeBrowser.action.setBadgeText.bind(fakeBrowser.action);
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValueOnce(broken()).mockImplementation(real);
    await app.onMessage({ type: 'timer/start', details: emptyStart() }, page());
    expect(await fakeBrowser.action.getBadgeText({})).toBe('0m');
    expect(log).not.toHaveBeenCalled();
  });

  it('toggles the timer by keyboard shortcut even when the badge fails, and logs it', async () => {
    const { app, db, log } = await setup();
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValue(broken());
    await app.onCommand(TOGGLE_COMMAND);
    expect(await readTimer(db)).toMatchObject({ status: 'running', details: { organisationId: 'caf' } });
    expect(log).toHaveBeenCalledOnce();
  });

  it('logs a keyboard shortcut that fails, once, instead of dropping it unheard', async () => {
    const { app, db, log } = await setup();
    vi.spyOn(fakeBrowser.tabs, 'query').mockRejectedValue(broken());
    await expect(app.onCommand(TOGGLE_COMMAND)).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledOnce();
    expect(log.mock.calls[0]?.[0]).toBe('Contretemps: keyboard shortcut failed: Error');
    expect(await readTimer(db)).toEqual({ status: 'idle' });
  });

  it('keeps a detected friction when the tab’s hint cannot be shown, and logs it once', async () => {
    const { app, db, log } = await setup();
    vi.spyOn(fakeBrowser.action, 'setTitle').mockRejectedValue(broken());
    const window = await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({
      url: 'https://wwwd.caf.fr/connexion',
      active: true,
      windowId: window?.id,
    });
    const reply = await app.onMessage(
      { type: 'probe/page', signals: ['locked_error'] },
      { id: fakeBrowser.runtime.id, url: tab.url, tab: { id: tab.id } },
    );
    expect(reply).toEqual({ ok: true, siteTime: false });
    expect(await db.frictions.count()).toBe(1);
    expect(log).toHaveBeenCalledOnce();
    expect(log.mock.calls[0]?.[0]).toBe('Contretemps: tab hint failed after the change was saved: Error');
  });

  it('logs a probe message that fails, once, and answers no', async () => {
    const { app, db, log } = await setup();
    vi.spyOn(db.settings, 'get').mockRejectedValue(broken());
    const reply = await app.onMessage(
      { type: 'probe/page', signals: ['locked_error'] },
      { id: fakeBrowser.runtime.id, url: 'https://wwwd.caf.fr/connexion', tab: { id: 7 } },
    );
    expect(reply).toEqual({ ok: false });
    expect(log).toHaveBeenCalledOnce();
    expect(log.mock.calls[0]?.[0]).toBe('Contretemps: probe message failed: Error');
  });

  it('registers the probe again on the counsellor’s sites when the worker starts, mending a failed registration', async () => {
    const { app, db } = await setup();
    await writeSettings(db, {
      ...defaultSettings,
      customDomains: [{ domain: 'laposte.net', organisationId: 'autre' }],
    });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => true) as never);
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([] as never);
    await app.syncProbe();
    expect(register).toHaveBeenCalledWith([expect.objectContaining({ matches: ['https://*.laposte.net/*'] })]);
  });

  it('registers the probe only on the added sites whose access the browser grants (a restored backup may name others)', async () => {
    const { app, db } = await setup();
    await writeSettings(db, {
      ...defaultSettings,
      customDomains: [
        { domain: 'laposte.net', organisationId: 'autre' },
        { domain: 'mairie-exemple.fr', organisationId: 'autre' },
      ],
    });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async ({ origins }: { origins: string[] }) =>
      origins.every((o) => o === 'https://*.laposte.net/*')) as never);
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([] as never);
    await app.syncProbe();
    expect(register).toHaveBeenCalledWith([expect.objectContaining({ matches: ['https://*.laposte.net/*'] })]);
  });
});

describe('the probe’s registration', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('runs one sync at a time, each with the sites stored when its turn comes', async () => {
    const { app, db } = await setup();
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => true) as never);
    // The browser's registered scripts, each call taking a moment, as in Chromium.
    const scripts: { id: string; matches: string[] }[] = [];
    let running = 0;
    let overlapped = false;
    const slow = async <T>(work: () => T): Promise<T> => {
      running += 1;
      if (running > 1) overlapped = true;
      await new Promise((done) => setTimeout(done, 5));
      running -= 1;
      return work();
    };
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((() =>
      slow(() => scripts.map((s) => ({ ...s })))) as never);
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(((list: typeof scripts) =>
      slow(() => {
        for (const s of list) {
          if (scripts.some((x) => x.id === s.id)) throw new Error('Duplicate script ID');
          scripts.push({ id: s.id, matches: s.matches });
        }
      })) as never);
    vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockImplementation(((list: typeof scripts) =>
      slow(() => {
        for (const s of list) {
          const found = scripts.find((x) => x.id === s.id);
          if (found) found.matches = s.matches;
        }
      })) as never);
    const laposte = { domain: 'laposte.net', organisationId: 'autre' };
    await writeSettings(db, { ...defaultSettings, customDomains: [laposte] });
    const first = app.syncProbe();
    await writeSettings(db, {
      ...defaultSettings,
      customDomains: [laposte, { domain: 'mairie-exemple.fr', organisationId: 'autre' }],
    });
    await Promise.all([first, app.syncProbe()]);
    expect(overlapped).toBe(false);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.matches).toContain('https://*.mairie-exemple.fr/*');
  });
});

describe('the toolbar button’s menu', () => {
  it('gets one « Tableau de bord » item at install, on the button only, which opens the dashboard in a tab', async () => {
    const { app } = await setup();
    const created: unknown[] = [];
    fakeBrowser.contextMenus.removeAll = (async () => void created.splice(0)) as never;
    fakeBrowser.contextMenus.create = ((item: unknown) => created.push(item)) as never;
    await app.installMenu();
    await app.installMenu();
    expect(created).toEqual([{ id: 'open-dashboard', title: 'Tableau de bord', contexts: ['action'] }]);
    await app.onMenuClick('open-dashboard');
    await app.onMenuClick('something-else');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.filter((tab) => tab.url?.endsWith('/dashboard.html'))).toHaveLength(1);
  });
});
