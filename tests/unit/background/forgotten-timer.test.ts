// The background and a forgotten timer, with WXT's fake browser and a clock
// the test moves: the reminder, the end-of-day stop, time away from the
// screen, a browser started again, the answers from the popup.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BADGE_ALARM,
  createBackgroundApp,
  END_OF_DAY_ALARM,
  REMINDER_ALARM,
  REMINDER_NOTIFICATION,
} from '../../../lib/background/app';
import { readTimer } from '../../../lib/db/timer-store';
import { defaultSettings, type Settings } from '../../../lib/settings/schema';
import { writeSettings } from '../../../lib/settings/store';
import { fakeClock, freshDb, sequentialIds } from '../../helpers/db';

const MIN = 60_000;
const page = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
/** Local (Paris) time on Monday 24 November 2025. */
const at = (h: number, m = 0, nextDay = 0) => new Date(2025, 10, 24 + nextDay, h, m).getTime();
const details = { organisationId: 'caf', procedureId: null, modeId: null, reasonIds: [], outcomeId: null };

async function setup(options: { settings?: Partial<Settings>; notifications?: boolean; start?: number } = {}) {
  const db = freshDb();
  const clock = fakeClock(options.start ?? at(9));
  const log = vi.fn();
  await writeSettings(db, { ...defaultSettings, ...options.settings });
  fakeBrowser.permissions.contains = (async (p: { permissions?: string[] }) =>
    options.notifications === true && (p.permissions ?? []).includes('notifications')) as never;
  const idleInterval = vi.fn();
  fakeBrowser.idle.setDetectionInterval = idleInterval as never;
  const app = createBackgroundApp(fakeBrowser as never, { db, clock, newId: sequentialIds('rec'), log });
  const send = (message: unknown) => app.onMessage(message, page());
  return { db, clock, log, app, send, idleInterval };
}

const alarmNames = async () => (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
const notifications = () =>
  (fakeBrowser.notifications as unknown as { getAllCreateOptions(): Record<string, unknown> }).getAllCreateOptions();

describe('the end-of-day stop', () => {
  it('sets one alarm at the end of the working day while a timer runs, none at rest', async () => {
    const { send, app } = await setup({ start: at(17) });
    await app.refreshBadge();
    expect(await alarmNames()).toEqual([]);
    await send({ type: 'timer/start', details });
    expect((await fakeBrowser.alarms.get(END_OF_DAY_ALARM))?.scheduledTime).toBe(at(18, 30));
    await send({ type: 'timer/stop' });
    expect(await alarmNames()).toEqual([]);
  });

  it('stops the running entry at the end of the day, flagged auto_stopped, even when the alarm comes late', async () => {
    const { db, clock, send, app } = await setup({ start: at(17) });
    await send({ type: 'timer/start', details });
    clock.set(at(7, 30, 1));
    await app.onAlarm({ name: END_OF_DAY_ALARM });
    expect(await readTimer(db)).toEqual({ status: 'idle' });
    expect(await db.entries.toArray()).toMatchObject([
      { start: at(17), end: at(18, 30), activeMs: 90 * 60_000, review: 'auto_stopped' },
    ]);
    expect(await alarmNames()).toEqual([]);
  });

  it('follows the counsellor’s own end of day', async () => {
    const { send } = await setup({ start: at(15), settings: { endOfDay: '16:45' } });
    await send({ type: 'timer/start', details });
    expect((await fakeBrowser.alarms.get(END_OF_DAY_ALARM))?.scheduledTime).toBe(at(16, 45));
  });

  it('moves the alarm when the end of day changes while a timer runs', async () => {
    const { send } = await setup({ start: at(15) });
    await send({ type: 'timer/start', details });
    expect(await send({ type: 'settings/update', patch: { endOfDay: '17:15' } })).toMatchObject({ ok: true });
    expect((await fakeBrowser.alarms.get(END_OF_DAY_ALARM))?.scheduledTime).toBe(at(17, 15));
  });
});

describe('the working day’s settings', () => {
  it('a change keeps the other settings as they were, and a malformed one changes nothing', async () => {
    const { db, send } = await setup({ settings: { dedupeMinutes: 9, remindersEnabled: true } });
    expect(await send({ type: 'settings/update', patch: { maxEntryHours: 6 } })).toMatchObject({
      ok: true,
      data: { dedupeMinutes: 9, remindersEnabled: true, maxEntryHours: 6, endOfDay: '18:30' },
    });
    for (const patch of [{ endOfDay: '25:00' }, { endOfDay: '9h' }, { idleMinutes: 0 }, { reminderMinutes: 2 }]) {
      expect(await send({ type: 'settings/update', patch })).toEqual({ ok: false, error: 'invalid_message' });
    }
    expect((await db.settings.get('settings'))?.value).toMatchObject({ maxEntryHours: 6, endOfDay: '18:30' });
  });
});

describe('stopping at a chosen time', () => {
  it('stops when the counsellor said, and refuses a time past the end of the day with its code', async () => {
    const { db, clock, send } = await setup({ start: at(17) });
    await send({ type: 'timer/start', details });
    clock.set(at(9, 0, 1));
    expect(await send({ type: 'timer/stop', at: at(19) })).toEqual({ ok: false, error: 'stop_after_day_end' });
    expect(await db.entries.count()).toBe(0);
    const stopped = await send({ type: 'timer/stop', at: at(17, 40) });
    expect(stopped).toMatchObject({ ok: true, data: { finished: { end: at(17, 40), activeMs: 40 * MIN } } });
  });

  it('« Enchaîner » after a forgotten night is one request: the entry ends when said, with its outcome, the next starts now', async () => {
    const { db, clock, send } = await setup({ start: at(17) });
    await send({ type: 'timer/start', details });
    clock.set(at(9, 0, 1));
    const switched = await send({
      type: 'timer/switch',
      details: { ...details, organisationId: 'ameli' },
      ended: { outcomeId: 'abouti' },
      at: at(17, 40),
    });
    expect(switched).toMatchObject({ ok: true, data: { finished: { end: at(17, 40), outcomeId: 'abouti' } } });
    expect(await db.entries.toArray()).toMatchObject([{ organisationId: 'caf', outcomeId: 'abouti', end: at(17, 40) }]);
    expect(await readTimer(db)).toMatchObject({
      status: 'running',
      startedAt: at(9, 0, 1),
      details: { organisationId: 'ameli' },
    });
    // Refused as a whole: nothing ends, nothing starts.
    expect(await send({ type: 'timer/switch', details, at: at(8, 0, 1) })).toMatchObject({ ok: false });
    expect(await db.entries.count()).toBe(1);
  });

  it('rejects a malformed time as an invalid message', async () => {
    const { send } = await setup();
    await send({ type: 'timer/start', details });
    expect(await send({ type: 'timer/stop', at: -5 })).toEqual({ ok: false, error: 'invalid_message' });
    expect(await send({ type: 'timer/stop', at: '17:40' })).toEqual({ ok: false, error: 'invalid_message' });
  });
});

describe('the reminder', () => {
  it('is off by default: no reminder alarm, no wake-up', async () => {
    const { send } = await setup({ notifications: true });
    await send({ type: 'timer/start', details });
    expect(await alarmNames()).toEqual([BADGE_ALARM, END_OF_DAY_ALARM]);
  });

  it('needs the notifications permission even when turned on', async () => {
    const { send } = await setup({ settings: { remindersEnabled: true }, notifications: false });
    await send({ type: 'timer/start', details });
    expect(await alarmNames()).not.toContain(REMINDER_ALARM);
  });

  it('turned on and granted: an alarm every reminderMinutes while running, none while paused', async () => {
    const { send } = await setup({ settings: { remindersEnabled: true, reminderMinutes: 30 }, notifications: true });
    await send({ type: 'timer/start', details });
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.periodInMinutes).toBe(30);
    await send({ type: 'timer/pause' });
    expect(await alarmNames()).toEqual([END_OF_DAY_ALARM]);
  });

  it('asks « Arrêter » or « Continuer »; « Arrêter » stops the timer, once', async () => {
    const { db, clock, send, app } = await setup({ settings: { remindersEnabled: true }, notifications: true });
    await send({ type: 'timer/start', details });
    clock.advance(45 * MIN);
    await app.onAlarm({ name: REMINDER_ALARM });
    expect(notifications()[REMINDER_NOTIFICATION]).toMatchObject({
      title: 'Démarche toujours en cours',
      message: 'Le chronomètre tourne depuis 45m. La démarche est-elle terminée ?',
      buttons: [{ title: 'Arrêter' }, { title: 'Continuer' }],
    });
    await app.onNotificationButton(REMINDER_NOTIFICATION, 0);
    await app.onNotificationButton(REMINDER_NOTIFICATION, 0);
    expect(await readTimer(db)).toEqual({ status: 'idle' });
    expect(await db.entries.toArray()).toMatchObject([{ activeMs: 45 * MIN }]);
    expect(notifications()).toEqual({});
  });

  it('« Continuer » keeps the timer running and closes the notification', async () => {
    const { db, clock, send, app } = await setup({ settings: { remindersEnabled: true }, notifications: true });
    await send({ type: 'timer/start', details });
    clock.advance(45 * MIN);
    await app.onAlarm({ name: REMINDER_ALARM });
    await app.onNotificationButton(REMINDER_NOTIFICATION, 1);
    expect(await readTimer(db)).toMatchObject({ status: 'running' });
    expect(notifications()).toEqual({});
  });

  it('shows nothing if the timer stopped in the meantime', async () => {
    const { send, app } = await setup({ settings: { remindersEnabled: true }, notifications: true });
    await send({ type: 'timer/start', details });
    await send({ type: 'timer/stop' });
    await app.onAlarm({ name: REMINDER_ALARM });
    expect(notifications()).toEqual({});
  });
});

describe('time away from the screen', () => {
  it('sets the idle threshold from the settings, and again when they change', async () => {
    const { app, send, idleInterval } = await setup({ settings: { idleMinutes: 12 } });
    await app.syncIdle();
    expect(idleInterval).toHaveBeenLastCalledWith(720);
    await send({ type: 'settings/update', patch: { idleMinutes: 5 } });
    expect(idleInterval).toHaveBeenLastCalledWith(300);
  });

  it('idle while a timer runs, then back: the time away (from when input stopped) awaits a decision', async () => {
    const { db, clock, send, app } = await setup();
    await send({ type: 'timer/start', details });
    clock.set(at(9, 40));
    await app.onIdleState('idle');
    clock.set(at(10, 15));
    await app.onIdleState('active');
    expect(await readTimer(db)).toMatchObject({ awayPeriods: [{ from: at(9, 30), to: at(10, 15), kind: 'idle' }] });
  });

  /** A timer from 09:00, the screen locked from 09:20 to 10:00. */
  async function lockedForFortyMinutes() {
    const context = await setup();
    await context.send({ type: 'timer/start', details });
    context.clock.set(at(9, 20));
    await context.app.onIdleState('locked');
    context.clock.set(at(10));
    await context.app.onIdleState('active');
    return context;
  }

  it('discarding it through the popup takes it out of the active time', async () => {
    const { db, send } = await lockedForFortyMinutes();
    expect(await send({ type: 'timer/resolve-away', from: at(9, 20), decision: 'discard' })).toMatchObject({
      ok: true,
    });
    const stopped = await send({ type: 'timer/stop' });
    expect(stopped).toMatchObject({ ok: true, data: { finished: { activeMs: 20 * MIN } } });
    // The entry keeps no trace of the time away, only its effect.
    const [entry] = await db.entries.toArray();
    expect(Object.keys(entry ?? {})).not.toContain('awayPeriods');
  });

  it('keeping part of it, or all of it', async () => {
    const { send } = await lockedForFortyMinutes();
    expect(await send({ type: 'timer/resolve-away', from: at(9, 20), decision: 'part' })).toEqual({
      ok: false,
      error: 'invalid_message',
    });
    const kept = await send({ type: 'timer/resolve-away', from: at(9, 20), decision: 'part', keptMinutes: 10 });
    expect(kept).toMatchObject({ ok: true, data: { state: { discarded: [{ from: at(9, 30), to: at(10) }] } } });
    expect(await send({ type: 'timer/resolve-away', from: at(9, 20), decision: 'keep' })).toEqual({
      ok: false,
      error: 'away_not_found',
    });
  });

  it('idle with no timer running records nothing', async () => {
    const { db, app } = await setup();
    await app.onIdleState('idle');
    await app.onIdleState('active');
    expect(await readTimer(db)).toEqual({ status: 'idle' });
  });
});

describe('a sleep or a browser restart with a timer running', () => {
  it('a long silence between two badge alarms (a sleep) awaits a decision', async () => {
    const { db, clock, send, app } = await setup();
    await send({ type: 'timer/start', details });
    clock.set(at(9, 0) + 30_000);
    await app.onAlarm({ name: BADGE_ALARM });
    clock.set(at(11));
    await app.onAlarm({ name: BADGE_ALARM });
    expect(await readTimer(db)).toMatchObject({
      awayPeriods: [{ from: at(9, 0) + 30_000, to: at(11), kind: 'sleep' }],
    });
  });

  it('after a restart the same day, the time closed awaits a decision', async () => {
    const { db, clock, send, app } = await setup();
    await send({ type: 'timer/start', details });
    clock.set(at(9, 0) + 30_000);
    await app.onAlarm({ name: BADGE_ALARM });
    clock.set(at(10, 30));
    await app.onStartup();
    expect(await readTimer(db)).toMatchObject({
      status: 'running',
      awayPeriods: [{ from: at(9, 0) + 30_000, to: at(10, 30), kind: 'closed' }],
    });
  });

  it('after a restart the next morning, the timer is stopped at the end of the day before', async () => {
    const { db, clock, send, app } = await setup({ start: at(17) });
    await send({ type: 'timer/start', details });
    clock.set(at(8, 30, 1));
    await app.onStartup();
    expect(await readTimer(db)).toEqual({ status: 'idle' });
    expect(await db.entries.toArray()).toMatchObject([{ end: at(18, 30), review: 'auto_stopped' }]);
  });

  it('a worker starting after a long silence (no onStartup) records it too, and stops a timer past its day', async () => {
    const { db, clock, send, app } = await setup({ start: at(17) });
    await send({ type: 'timer/start', details });
    clock.set(at(17, 30));
    await app.refreshBadge();
    expect(await readTimer(db)).toMatchObject({ awayPeriods: [{ from: at(17), to: at(17, 30), kind: 'sleep' }] });
    clock.set(at(8, 0, 1));
    await app.refreshBadge();
    expect(await db.entries.toArray()).toMatchObject([{ end: at(18, 30), review: 'auto_stopped' }]);
    expect(await alarmNames()).toEqual([]);
  });
});

describe('correcting the start of the running timer', () => {
  it('moves the start when the counsellor says when they really began, the entry counting from there', async () => {
    const { db, clock, send } = await setup({ start: at(10, 15) });
    await send({ type: 'timer/start', details });
    clock.set(at(10, 30));
    expect(await send({ type: 'timer/set-start', at: at(10, 5) })).toMatchObject({
      ok: true,
      data: { state: { status: 'running', startedAt: at(10, 5) } },
    });
    expect(await readTimer(db)).toMatchObject({ startedAt: at(10, 5), accumulatedMs: 10 * MIN });
  });

  it('refuses a malformed or impossible start and changes nothing', async () => {
    const { db, clock, send } = await setup({ start: at(10, 15) });
    await send({ type: 'timer/start', details });
    clock.set(at(10, 30));
    const before = await readTimer(db);
    for (const bad of [{}, { at: -1 }, { at: '10:05' }, { at: 1.5 }, { at: at(10), extra: 1 }]) {
      expect(await send({ type: 'timer/set-start', ...bad })).toEqual({ ok: false, error: 'invalid_message' });
    }
    expect(await send({ type: 'timer/set-start', at: at(10, 45) })).toEqual({ ok: false, error: 'start_in_future' });
    expect(await send({ type: 'timer/set-start', at: at(23, 0, -1) })).toEqual({
      ok: false,
      error: 'start_before_today',
    });
    expect(await readTimer(db)).toEqual(before);
  });
});
