// An organisation switched off in the options page: the manifest's probe still
// runs on its pages, but the background ignores what it sends and answers so
// (`ok: false`); nothing is timed or recorded there, while the other
// organisations are followed as before.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundApp, matcherOf } from '../../../lib/background/app';
import { defaultSettings } from '../../../lib/settings/schema';
import { writeSettings } from '../../../lib/settings/store';
import { fakeClock, freshDb, sequentialIds } from '../../helpers/db';

const page = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
const tab = (url: string, id = 7) => ({ id: fakeBrowser.runtime.id, url, tab: { id } });
const locked = { type: 'probe/page', signals: ['locked_error', 'login_form'] };

async function setup() {
  const db = freshDb();
  await writeSettings(db, { ...defaultSettings, siteTime: true });
  const app = createBackgroundApp(fakeBrowser as never, {
    db,
    clock: fakeClock(),
    newId: sequentialIds('rec'),
    log: vi.fn(),
  });
  return { db, app };
}

describe('an organisation switched off', () => {
  it('records nothing from its pages, and answers the probe that it is ignored', async () => {
    const { db, app } = await setup();
    expect(
      await app.onMessage({ type: 'organisation/toggle', organisationId: 'caf', on: false }, page()),
    ).toMatchObject({ ok: true });
    expect(await app.onMessage(locked, tab('https://wwwd.caf.fr/wps/portal/caffr/login'))).toEqual({ ok: false });
    expect(await db.frictions.count()).toBe(0);
    expect(await db.siteTime.count()).toBe(0);
  });

  it('leaves the other organisations followed, and is followed again once switched back on', async () => {
    const { db, app } = await setup();
    await app.onMessage({ type: 'organisation/toggle', organisationId: 'caf', on: false }, page());
    expect(await app.onMessage(locked, tab('https://www.ameli.fr/assure', 8))).toMatchObject({ ok: true });
    expect((await db.frictions.toArray()).map((f) => f.organisationId)).toEqual(['ameli']);
    await app.onMessage({ type: 'organisation/toggle', organisationId: 'caf', on: true }, page());
    expect(await app.onMessage(locked, tab('https://wwwd.caf.fr/wps/portal/caffr/login', 9))).toMatchObject({
      ok: true,
    });
    expect((await db.frictions.toArray()).map((f) => f.organisationId).sort()).toEqual(['ameli', 'caf']);
  });

  it('also silences the sites the counsellor added under it', () => {
    const settings = {
      ...defaultSettings,
      organisationsOff: ['caf'],
      customDomains: [{ domain: 'caf-partenaire.example.org', organisationId: 'caf' }],
    };
    const match = matcherOf(settings);
    expect(match('caf-partenaire.example.org')).toBeNull();
    expect(match('www.caf.fr')).toBeNull();
    expect(match('www.ameli.fr')).toBe('ameli');
  });
});
