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
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('probe in a page', () => {
  const probe = () => {
    const send = vi.fn(async (_message: ProbeMessage) => ({ ok: true, siteTime: false }));
    startProbe(window, send, { rescanMs: 1000 });
    return send;
  };
  const pages = (send: ReturnType<typeof probe>) => send.mock.calls.filter(([m]) => m.type === 'probe/page');
  const gesture = (id: string) =>
    document.getElementById(id)?.dispatchEvent(new Event('pointerdown', { bubbles: true }));

  it('costs a page load nothing: it reads nothing and sends nothing before the first gesture', async () => {
    const reads = ['getElementsByTagName', 'getElementsByClassName', 'querySelectorAll', 'querySelector'] as const;
    const spies = reads.map((name) => vi.spyOn(document, name));
    const send = probe();
    await vi.advanceTimersByTimeAsync(5000);
    expect(send).not.toHaveBeenCalled();
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    gesture('p');
    expect(send.mock.calls).toEqual([[{ type: 'probe/page', signals: ['login_form'] }]]);
  });

  it('announces the page once at the first gesture, then each click signal once', async () => {
    const send = probe();
    document.getElementById('p')?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    gesture('p');
    document.getElementById('oubli')?.click();
    document.getElementById('oubli')?.click();
    expect(send.mock.calls).toEqual([
      [{ type: 'probe/page', signals: ['login_form'] }],
      [{ type: 'probe/signals', signals: ['forgot_password_click'] }],
    ]);
  });

  it('does not take a field the page focused itself (autofocus at load) for a gesture', async () => {
    Object.defineProperty(navigator, 'userActivation', { value: { hasBeenActive: false }, configurable: true });
    try {
      const send = probe();
      document.getElementById('p')?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      expect(send).not.toHaveBeenCalled();
      gesture('p');
      expect(pages(send)).toHaveLength(1);
    } finally {
      Reflect.deleteProperty(navigator, 'userActivation');
    }
  });

  it('a click alone (a keyboard activation) announces the page before its signal', async () => {
    const send = probe();
    document.getElementById('oubli')?.click();
    expect(send.mock.calls.map(([m]) => m.type)).toEqual(['probe/page', 'probe/signals']);
  });

  it('announces a page left without any gesture, once', async () => {
    document.body.innerHTML = '<main><h1>Compte bloqué</h1><p role="alert">Votre compte est bloqué.</p></main>';
    const send = probe();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(send.mock.calls).toEqual([[{ type: 'probe/page', signals: ['locked_error'] }]]);
  });

  it('announces the page when it is hidden (tab switched or closed)', async () => {
    const send = probe();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    expect(pages(send)).toEqual([[{ type: 'probe/page', signals: ['login_form'] }]]);
  });

  it('notices an error shown after submit, with one throttled rescan', async () => {
    const send = probe();
    gesture('p');
    const zone = document.getElementById('zone') as HTMLElement;
    zone.innerHTML = '<p role="alert">Identifiant ou mot de passe incorrect.</p>';
    zone.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(1100);
    expect(send).toHaveBeenLastCalledWith({ type: 'probe/signals', signals: ['credentials_error'] });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('treats an in-page navigation as a new page, announced at the next gesture', async () => {
    const send = probe();
    gesture('p');
    document.body.innerHTML = '<main><h1 id="titre">Mot de passe oublié</h1></main>';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(pages(send)).toHaveLength(1);
    gesture('titre');
    expect(pages(send)).toEqual([
      [{ type: 'probe/page', signals: ['login_form'] }],
      [{ type: 'probe/page', signals: ['reset_page'] }],
    ]);
  });

  it('a return to a page kept in the back/forward cache is a new visit', async () => {
    const send = probe();
    // happy-dom's PageTransitionEvent has no `persisted`: the browser's event, by hand.
    const transition = (type: string) => Object.assign(new Event(type), { persisted: true });
    window.dispatchEvent(transition('pagehide'));
    window.dispatchEvent(transition('pageshow'));
    gesture('p');
    expect(pages(send)).toHaveLength(2);
  });

  it('never sends anything but enum signals', async () => {
    (document.getElementById('p') as HTMLInputElement).value = 'Canari-Secret';
    const send = probe();
    gesture('p');
    document.getElementById('oubli')?.click();
    expect(send).toHaveBeenCalledTimes(2);
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
