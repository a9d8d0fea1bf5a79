import { describe, expect, it, vi } from 'vitest';
import { defaultEnabledOrganisations } from '../../../lib/catalogue';
import { createHostMatcher } from '../../../lib/catalogue/match-host';
import { emptyDetails } from '../../../lib/db/details';
import { readTimer } from '../../../lib/db/timer-store';
import { frictionKinds } from '../../../lib/probe/classify';
import type { ProbeSignalMessage } from '../../../lib/probe/messages';
import { type ProbeMessageRaw, ProbeMessageSchema } from '../../../lib/probe/messages';
import { WORDS } from '../../../lib/probe/page/words';
import { createProbeRouter } from '../../../lib/probe/router';
import { createProbeService } from '../../../lib/probe/service';
import { defaultSettings } from '../../../lib/settings/schema';
import { writeSettings } from '../../../lib/settings/store';
import { createTimerService } from '../../../lib/timer/service';
import { dumpDb, fakeClock, freshDb, sequentialIds } from '../../helpers/db';

const MIN = 60_000;

function setup() {
  const db = freshDb();
  const clock = fakeClock();
  const newId = sequentialIds('rec');
  const probe = createProbeService({ db, clock, newId });
  const send = (tabId: number, organisationId: string, message: ProbeMessageRaw) =>
    probe({ tabId, organisationId, derived: [], message: ProbeMessageSchema.parse(message) as ProbeSignalMessage });
  return { db, clock, newId, probe, send, timer: createTimerService({ db, clock, newId }) };
}

describe('friction classification', () => {
  it('turns page signals into the catalogue’s friction kinds', () => {
    expect(frictionKinds(['forgot_password_click'], null)).toEqual(['mdp_oublie']);
    expect(frictionKinds(['reset_page', 'credentials_error'], null)).toEqual(['mdp_oublie']);
    expect(frictionKinds(['forgot_identifier_click'], null)).toEqual(['identifiant_oublie']);
    expect(frictionKinds(['locked_error', 'login_form'], null)).toEqual(['compte_bloque']);
    expect(frictionKinds(['account_creation_page'], null)).toEqual(['creation_compte_requise']);
    expect(frictionKinds(['captcha'], null)).toEqual(['captcha_antibot']);
    expect(frictionKinds(['code_not_received_click'], 'sms')).toEqual(['code_2fa_inaccessible']);
    expect(frictionKinds(['code_not_received_click'], 'email')).toEqual(['email_non_recu']);
  });

  it('does not call a login form, a code prompt or a FranceConnect button a friction', () => {
    expect(
      frictionKinds(['login_form', 'code_sms', 'code_email', 'franceconnect_button', 'franceconnect_click'], null),
    ).toEqual([]);
  });
});

describe('probe service', () => {
  it('records a detected friction as pending, on the organisation derived by the background', async () => {
    const { db, send } = setup();
    const outcome = await send(7, 'caf', { type: 'probe/signals', signals: ['forgot_password_click'] });
    expect(outcome.detected).toEqual(['mdp_oublie']);
    expect(await db.frictions.toArray()).toMatchObject([
      { kind: 'mdp_oublie', organisationId: 'caf', detection: 'auto', status: 'pending', entryId: null },
    ]);
  });

  it('keeps one friction per kind and tab within the window', async () => {
    const { db, clock, send } = setup();
    await send(7, 'caf', { type: 'probe/signals', signals: ['forgot_password_click'] });
    clock.advance(2 * MIN);
    await send(7, 'caf', { type: 'probe/page', signals: ['reset_page'] });
    await send(8, 'caf', { type: 'probe/page', signals: ['reset_page'] });
    expect(await db.frictions.count()).toBe(2);
    clock.advance(4 * MIN);
    await send(7, 'caf', { type: 'probe/page', signals: ['reset_page'] });
    expect(await db.frictions.count()).toBe(3);
  });

  it('follows a configured deduplication window', async () => {
    const { db, clock, send } = setup();
    await writeSettings(db, { ...defaultSettings, dedupeMinutes: 1 });
    await send(7, 'caf', { type: 'probe/page', signals: ['locked_error'] });
    clock.advance(61_000);
    await send(7, 'caf', { type: 'probe/page', signals: ['locked_error'] });
    expect(await db.frictions.count()).toBe(2);
  });

  it('attaches the friction to the running entry', async () => {
    const { db, send, timer } = setup();
    await timer.apply({ type: 'start', details: { ...emptyDetails, organisationId: 'caf' } });
    const state = await readTimer(db);
    const outcome = await send(7, 'caf', { type: 'probe/page', signals: ['locked_error'] });
    expect(outcome.hint).toBe(false);
    const [friction] = await db.frictions.toArray();
    expect(friction?.entryId).toBe(state.status === 'running' ? state.entryId : 'none');
  });

  it('reads « Je n’ai pas reçu mon courrier » after a page saying a code comes by post as the post’s delay', async () => {
    const { db, clock, send } = setup();
    await send(7, 'caf', { type: 'probe/page', signals: ['code_by_post'] });
    // Past the deduplication window: the click's own friction is recorded, not folded into the page's.
    clock.advance(10 * MIN);
    await send(7, 'caf', { type: 'probe/signals', signals: ['code_not_received_click'] });
    const kinds = (await db.frictions.toArray()).map((f) => f.kind);
    expect(kinds).toEqual(['code_courrier', 'code_courrier']);
    expect((await db.probeTabs.get(7))?.lastCodeChannel).toBe('post');
  });

  it('reads what i-milo’s pages show only while signing in: a young person’s file is not the counsellor’s trouble', async () => {
    const { db, clock, send } = setup();
    await send(8, 'imilo', { type: 'probe/page', signals: ['locked_error', 'session_expired'] });
    expect(await db.frictions.count()).toBe(0);
    clock.advance(MIN);
    await send(8, 'imilo', { type: 'probe/page', signals: ['login_form', 'credentials_error'] });
    clock.advance(MIN);
    // An error shown later on the same sign-in page comes alone, in a rescan.
    await send(8, 'imilo', { type: 'probe/signals', signals: ['locked_error'] });
    expect((await db.frictions.toArray()).map((f) => f.kind).sort()).toEqual(['compte_bloque', 'mdp_oublie']);
  });

  it('measures the login time from the first login signal to the first page without one', async () => {
    const { db, clock, send } = setup();
    await send(7, 'impots', { type: 'probe/page', signals: ['login_form'] });
    clock.advance(MIN);
    await send(7, 'impots', { type: 'probe/signals', signals: ['forgot_password_click'] });
    clock.advance(3 * MIN);
    await send(7, 'impots', { type: 'probe/page', signals: ['code_email'] });
    clock.advance(2 * MIN);
    await send(7, 'impots', { type: 'probe/page', signals: [] });
    expect(await db.frictions.toArray()).toMatchObject([{ kind: 'mdp_oublie', loginMs: 6 * MIN }]);
  });

  it('marks the frictions of one login episode with the same episode, so its time counts once', async () => {
    const { db, clock, send } = setup();
    await send(7, 'caf', { type: 'probe/page', signals: ['login_form'] });
    clock.advance(MIN);
    await send(7, 'caf', { type: 'probe/signals', signals: ['forgot_password_click'] });
    clock.advance(MIN);
    await send(7, 'caf', { type: 'probe/page', signals: ['locked_error', 'login_form'] });
    clock.advance(2 * MIN);
    await send(7, 'caf', { type: 'probe/page', signals: [] });
    // A later episode on the same tab is another one.
    await send(7, 'caf', { type: 'probe/page', signals: ['captcha'] });
    clock.advance(MIN);
    await send(7, 'caf', { type: 'probe/page', signals: [] });
    const [first, second, later] = await db.frictions.orderBy('at').toArray();
    expect([first?.kind, second?.kind, later?.kind]).toEqual(['mdp_oublie', 'compte_bloque', 'captcha_antibot']);
    expect(first).toMatchObject({ loginMs: 4 * MIN, episode: first?.id });
    expect(second).toMatchObject({ loginMs: 4 * MIN, episode: first?.id });
    expect(later).toMatchObject({ loginMs: MIN, episode: later?.id });
  });

  it('counts login time from the showing of the pages, though they are announced later', async () => {
    const { db, clock, send } = setup();
    // The login page, shown 2 minutes before the first gesture on it.
    await send(7, 'caf', { type: 'probe/page', signals: ['login_form'], shownMs: 2 * MIN });
    clock.advance(MIN);
    await send(7, 'caf', { type: 'probe/signals', signals: ['forgot_password_click'] });
    // The page after the login pages, shown 30 s before it was left without a gesture.
    clock.advance(3 * MIN);
    await send(7, 'caf', { type: 'probe/page', signals: [], shownMs: 30_000, left: true });
    expect(await db.frictions.toArray()).toMatchObject([{ kind: 'mdp_oublie', loginMs: 5.5 * MIN }]);
  });

  it('hints on a page announced at a gesture, not on one announced as it was left', async () => {
    const { send } = setup();
    expect((await send(5, 'caf', { type: 'probe/page', signals: [], left: true })).hint).toBe(false);
    expect((await send(5, 'caf', { type: 'probe/page', signals: [] })).hint).toBe(true);
  });

  it('counts a FranceConnect redirection as part of the login episode', async () => {
    const { db, clock, send } = setup();
    await send(3, 'caf', { type: 'probe/page', signals: ['login_form', 'franceconnect_button'] });
    await send(3, 'caf', { type: 'probe/page', signals: ['credentials_error', 'login_form'] });
    clock.advance(MIN);
    await send(3, 'franceconnect', { type: 'probe/page', signals: [] });
    clock.advance(MIN);
    await send(3, 'caf', { type: 'probe/page', signals: [] });
    expect(await db.frictions.toArray()).toMatchObject([{ kind: 'mdp_oublie', loginMs: 2 * MIN }]);
  });

  it('notices a FranceConnect loop: three visits from one tab within five minutes', async () => {
    const { db, clock, send } = setup();
    for (let i = 0; i < 3; i++) {
      await send(4, 'franceconnect', { type: 'probe/page', signals: [] });
      clock.advance(MIN);
      await send(4, 'ameli', { type: 'probe/page', signals: ['login_form'] });
      clock.advance(30_000);
    }
    expect((await db.frictions.toArray()).map((f) => f.kind)).toEqual(['franceconnect_boucle']);
  });

  it('dates FranceConnect visits by their showing, though announced later', async () => {
    const { db, clock, send } = setup();
    // Three visits shown at 0, 1 and 2 minutes; the last one announced only at 7 minutes.
    await send(4, 'franceconnect', { type: 'probe/page', signals: [], left: true });
    clock.advance(MIN);
    await send(4, 'franceconnect', { type: 'probe/page', signals: [], left: true });
    clock.advance(6 * MIN);
    await send(4, 'franceconnect', { type: 'probe/page', signals: [], shownMs: 5 * MIN });
    expect((await db.frictions.toArray()).map((f) => f.kind)).toEqual(['franceconnect_boucle']);
  });

  it('adds site time only when the counsellor opted in', async () => {
    const { db, send } = setup();
    expect((await send(1, 'imilo', { type: 'probe/time', ms: 5 * MIN })).siteTime).toBe(false);
    expect(await db.siteTime.count()).toBe(0);
    await writeSettings(db, { ...defaultSettings, siteTime: true });
    await send(1, 'imilo', { type: 'probe/time', ms: 5 * MIN });
    await send(2, 'imilo', { type: 'probe/time', ms: 2 * MIN });
    expect(await db.siteTime.toArray()).toEqual([{ day: '2026-11-24', organisationId: 'imilo', ms: 7 * MIN }]);
  });

  it('forgets tab state after two hours', async () => {
    const { db, clock, send } = setup();
    await send(9, 'caf', { type: 'probe/page', signals: ['login_form'] });
    clock.advance(3 * 60 * MIN);
    await send(10, 'caf', { type: 'probe/page', signals: [] });
    expect((await db.probeTabs.toArray()).map((t) => t.tabId)).toEqual([10]);
  });
});

describe('probe router', () => {
  const EXT = 'ext-id';
  function routerSetup() {
    const s = setup();
    const log = vi.fn();
    const route = createProbeRouter({
      extensionId: EXT,
      service: s.probe,
      matcher: async () => createHostMatcher(defaultEnabledOrganisations()),
      derive: () => [],
      log,
      clock: s.clock,
    });
    return { ...s, route, log };
  }
  const caf = { id: EXT, url: 'https://wwwd.caf.fr/wpc-connexionportail-web/s/AccesPortail', tab: { id: 5 } };

  it('takes the organisation from the sender’s hostname', async () => {
    const { db, route } = routerSetup();
    expect(await route({ type: 'probe/page', signals: ['locked_error'] }, caf)).toEqual({ ok: true, siteTime: false });
    expect(await db.frictions.toArray()).toMatchObject([{ organisationId: 'caf', kind: 'compte_bloque' }]);
  });

  it('accepts a page message as the probe sends it, with how long the page was shown', async () => {
    const { db, clock, route } = routerSetup();
    const message = { type: 'probe/page', signals: ['login_form'], shownMs: 3 * MIN, left: false };
    expect(await route(message, caf)).toEqual({ ok: true, siteTime: false });
    expect(await db.probeTabs.get(5)).toMatchObject({ loginStartedAt: clock.now() - 3 * MIN, hinted: true });
  });

  it('gives a listed site’s probe its keywords, and records nothing', async () => {
    const { db, route } = routerSetup();
    const before = await dumpDb(db);
    const reply = await route({ type: 'probe/words' }, caf);
    expect(reply.ok && 'words' in reply && JSON.parse(reply.words)).toEqual(WORDS);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('gives no keywords to an unlisted site', async () => {
    const { route } = routerSetup();
    expect(await route({ type: 'probe/words' }, { ...caf, url: 'https://example.org/' })).toEqual({ ok: false });
  });

  it.each([
    ['an unknown signal', { type: 'probe/page', signals: ['keystrokes'] }],
    ['a claimed organisation', { type: 'probe/page', signals: ['locked_error'], organisationId: 'impots' }],
    ['page text', { type: 'probe/signals', signals: ['reset_page'], text: 'Mot de passe : hunter2' }],
    ['a huge payload', { type: 'probe/page', signals: Array.from({ length: 100_000 }, () => 'locked_error') }],
    ['an unknown type', { type: 'timer/start', details: emptyDetails }],
    ['an impossible time', { type: 'probe/time', ms: 1e12 }],
    ['a page shown too long ago', { type: 'probe/page', signals: ['locked_error'], shownMs: 1e9, left: false }],
    ['a negative showing', { type: 'probe/page', signals: ['locked_error'], shownMs: -1, left: false }],
    ['a fractional showing', { type: 'probe/page', signals: ['locked_error'], shownMs: 1.5, left: false }],
    ['a text for « left »', { type: 'probe/page', signals: ['locked_error'], shownMs: 0, left: 'oui' }],
    ['nothing', undefined],
  ])('rejects %s and changes nothing', async (_name, message) => {
    const { db, route, log } = routerSetup();
    const before = await dumpDb(db);
    expect(await route(message, caf)).toEqual({ ok: false });
    expect(log).toHaveBeenCalledOnce();
    expect(await dumpDb(db)).toEqual(before);
    expect(await db.probeTabs.count()).toBe(0);
  });

  it('drops a tab’s messages beyond the rate limit before reading them, and logs it once', async () => {
    const { db, route, log, clock } = routerSetup();
    const message = { type: 'probe/signals', signals: ['forgot_password_click'] };
    const replies = [];
    for (let i = 0; i < 30; i++) replies.push(await route(message, caf));
    expect(replies.filter((r) => r.ok)).toHaveLength(20);
    expect(log).toHaveBeenCalledOnce();
    // Another tab is not held back; this one is again after a while.
    expect(await route(message, { ...caf, tab: { id: 6 } })).toEqual({ ok: true, siteTime: false });
    clock.advance(1000);
    expect(await route(message, caf)).toEqual({ ok: true, siteTime: false });
    expect((await db.probeTabs.toArray()).map((t) => t.tabId).sort()).toEqual([5, 6]);
  });

  it.each([
    ['an unlisted site', { ...caf, url: 'https://caf.fr.evil.example/login' }],
    ['another extension', { ...caf, id: 'other' }],
    ['a sender without a tab', { id: EXT, url: caf.url }],
  ])('ignores %s', async (_name, sender) => {
    const { db, route, log } = routerSetup();
    expect(await route({ type: 'probe/page', signals: ['locked_error'] }, sender)).toEqual({ ok: false });
    expect(log).toHaveBeenCalledOnce();
    expect(await db.frictions.count()).toBe(0);
  });
});
