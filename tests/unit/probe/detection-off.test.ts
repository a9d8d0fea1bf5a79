// The counsellor switched a detected kind off in the options page: the probe's
// signals for it are never recorded, and nothing else changes.

import { describe, expect, it } from 'vitest';
import type { ProbeSignalMessage } from '../../../lib/probe/messages';
import { type ProbeMessageRaw, ProbeMessageSchema } from '../../../lib/probe/messages';
import { createProbeService } from '../../../lib/probe/service';
import { createSettingsService } from '../../../lib/settings/service';
import { fakeClock, freshDb, sequentialIds } from '../../helpers/db';

const MIN = 60_000;

function setup() {
  const db = freshDb();
  const clock = fakeClock();
  const probe = createProbeService({ db, clock, newId: sequentialIds('rec') });
  const settings = createSettingsService({
    db,
    permitted: async () => true,
    onDomainsChange: async () => {},
    log: () => {},
  });
  const send = (tabId: number, message: ProbeMessageRaw) =>
    probe({
      tabId,
      organisationId: 'caf',
      derived: [],
      message: ProbeMessageSchema.parse(message) as ProbeSignalMessage,
    });
  return { db, clock, settings, send };
}

describe('a detected kind switched off', () => {
  it('is never recorded nor reported, while the other kinds of the same page are', async () => {
    const { db, settings, send } = setup();
    await settings.setDetection('compte_bloque', false);
    const outcome = await send(7, { type: 'probe/page', signals: ['locked_error', 'captcha', 'login_form'] });
    expect(outcome.detected).toEqual(['captcha_antibot']);
    expect((await db.frictions.toArray()).map((f) => f.kind)).toEqual(['captcha_antibot']);
  });

  it('is recorded again as soon as it is switched back on, not held back by the deduplication window', async () => {
    const { db, clock, settings, send } = setup();
    await settings.setDetection('mdp_oublie', false);
    expect((await send(7, { type: 'probe/signals', signals: ['forgot_password_click'] })).detected).toEqual([]);
    await settings.setDetection('mdp_oublie', true);
    clock.advance(MIN);
    expect((await send(7, { type: 'probe/signals', signals: ['forgot_password_click'] })).detected).toEqual([
      'mdp_oublie',
    ]);
    expect(await db.frictions.count()).toBe(1);
  });

  it('leaves the login episode timed: the kinds still on carry its whole length', async () => {
    const { db, clock, settings, send } = setup();
    await settings.setDetection('mdp_oublie', false);
    await send(7, { type: 'probe/page', signals: ['login_form'] });
    clock.advance(MIN);
    await send(7, { type: 'probe/signals', signals: ['forgot_password_click'] });
    clock.advance(MIN);
    await send(7, { type: 'probe/page', signals: ['locked_error', 'login_form'] });
    clock.advance(2 * MIN);
    await send(7, { type: 'probe/page', signals: [] });
    const rows = await db.frictions.toArray();
    expect(rows).toMatchObject([{ kind: 'compte_bloque', loginMs: 4 * MIN, episode: rows[0]?.id }]);
  });

  it('covers a FranceConnect loop too, noticed by the background itself', async () => {
    const { db, settings, send, clock } = setup();
    await settings.setDetection('franceconnect_boucle', false);
    const probe = createProbeService({ db, clock, newId: sequentialIds('fc') });
    for (let i = 0; i < 3; i++) {
      await probe({
        tabId: 9,
        organisationId: 'franceconnect',
        derived: [],
        message: ProbeMessageSchema.parse({ type: 'probe/page', signals: [] }) as ProbeSignalMessage,
      });
      clock.advance(MIN);
    }
    await send(9, { type: 'probe/page', signals: [] });
    expect(await db.frictions.count()).toBe(0);
  });
});
