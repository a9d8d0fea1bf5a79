// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ProbeMessage, startProbe } from '../../../lib/probe/run';
import { startSiteTime } from '../../../lib/probe/site-time';

const LOGIN = `<main><h1>Connexion</h1><form><label for="p">Mot de passe</label><input id="p" type="password" />
  <a id="oubli" href="#">Mot de passe oublié ?</a><div id="zone"></div></form></main>`;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = LOGIN;
});
afterEach(() => vi.useRealTimers());

describe('probe in a page', () => {
  it('reports the page once on start, then each click signal once', async () => {
    const send = vi.fn(async (_message: ProbeMessage) => ({ ok: true, siteTime: false }));
    startProbe(document, send);
    expect(send).toHaveBeenCalledWith({ type: 'probe/page', signals: ['login_form'] });
    document.getElementById('oubli')?.click();
    document.getElementById('oubli')?.click();
    expect(send.mock.calls.filter(([m]) => m.type === 'probe/signals')).toEqual([
      [{ type: 'probe/signals', signals: ['forgot_password_click'] }],
    ]);
  });

  it('notices an error shown after submit, with one throttled rescan', async () => {
    const send = vi.fn(async (_message: ProbeMessage) => ({ ok: true, siteTime: false }));
    startProbe(document, send, { rescanMs: 1000 });
    const zone = document.getElementById('zone') as HTMLElement;
    zone.innerHTML = '<p role="alert">Identifiant ou mot de passe incorrect.</p>';
    zone.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(1100);
    expect(send).toHaveBeenLastCalledWith({ type: 'probe/signals', signals: ['credentials_error'] });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('announces a page with nothing to report at the first gesture, not at load', async () => {
    document.body.innerHTML = '<main><h1>Actualités</h1><p>Rien à signaler.</p><a id="lien" href="#">Lire</a></main>';
    const send = vi.fn(async (_message: ProbeMessage) => ({ ok: true, siteTime: false }));
    startProbe(document, send);
    expect(send).not.toHaveBeenCalled();
    document.getElementById('lien')?.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    document.getElementById('lien')?.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(send.mock.calls).toEqual([[{ type: 'probe/page', signals: [] }]]);
  });

  it('treats an in-page navigation as a new page', async () => {
    const send = vi.fn(async (_message: ProbeMessage) => ({ ok: true, siteTime: false }));
    startProbe(document, send);
    document.body.innerHTML = '<main><h1>Mot de passe oublié</h1></main>';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(send.mock.calls.filter(([m]) => m.type === 'probe/page')).toEqual([
      [{ type: 'probe/page', signals: ['login_form'] }],
      [{ type: 'probe/page', signals: ['reset_page'] }],
    ]);
  });

  it('never sends anything but enum signals', async () => {
    const send = vi.fn(async (_message: ProbeMessage) => ({ ok: true, siteTime: false }));
    (document.getElementById('p') as HTMLInputElement).value = 'Canari-Secret';
    startProbe(document, send);
    document.getElementById('oubli')?.click();
    expect(JSON.stringify(send.mock.calls)).not.toMatch(/Canari|Connexion|oubli/);
  });
});

describe('site time in a page', () => {
  it('counts active, visible, focused time in steps and sends it when the page is hidden', async () => {
    let now = 0;
    const flush = vi.fn();
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    startSiteTime(document, flush, () => now);
    const tick = async (active: boolean) => {
      now += 15_000;
      if (active) window.dispatchEvent(new Event('pointermove'));
      await vi.advanceTimersByTimeAsync(15_000);
    };
    for (let i = 0; i < 4; i++) await tick(true);
    // Then no activity: still counted for under a minute, then no more.
    for (let i = 0; i < 6; i++) await tick(false);
    window.dispatchEvent(new Event('pagehide'));
    const total = flush.mock.calls.reduce((sum, [ms]) => sum + ms, 0);
    expect(total).toBe(60_000 + 45_000);
  });
});
