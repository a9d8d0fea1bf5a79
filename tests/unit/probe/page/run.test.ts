// @vitest-environment happy-dom
import { Window as HappyWindow } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ProbeMessage, startProbe } from '../../../../lib/probe/page/run';
import { MAX_SHOWN_MS } from '../../../../lib/probe/page/signals';
import { startSiteTime } from '../../../../lib/probe/page/site-time';

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

/**
 * An event as the browser dispatches it: trusted. A page script's event is
 * not, and neither is one a test dispatches as it is (happy-dom has no
 * `isTrusted`), so every event of the browser or the counsellor goes through here.
 */
function fire(target: EventTarget | null | undefined, event: Event) {
  Object.defineProperty(event, 'isTrusted', { value: true });
  target?.dispatchEvent(event);
}

describe('probe in a page', () => {
  // Each test has its own window: a probe lives as long as its page, and has no stop.
  let win: Window & typeof globalThis;
  let doc: Document;
  beforeEach(() => {
    const page = new HappyWindow({ url: 'https://wwwd.caf.fr/connexion' });
    win = page as unknown as Window & typeof globalThis;
    doc = win.document;
    doc.body.innerHTML = LOGIN;
  });
  afterEach(() => (win as unknown as HappyWindow).happyDOM.close());
  const probe = () => {
    const send = vi.fn(async (_message: ProbeMessage) => ({ ok: true, siteTime: false }));
    startProbe(win, send, { rescanMs: 1000 });
    return send;
  };
  type Sent = ReturnType<typeof probe>;
  /** What was sent, without the time a page had been shown (checked on its own). */
  const sent = (send: Sent) =>
    send.mock.calls.map(([m]) => (m.type === 'probe/page' ? { type: m.type, signals: m.signals, left: m.left } : m));
  const pages = (send: Sent) => sent(send).filter((m) => m.type === 'probe/page');
  const page = (signals: string[], left = false) => ({ type: 'probe/page', signals, left });
  /** A pointer pressed on an element; the page is read just after the gesture's own handling. */
  const gesture = async (id: string) => {
    fire(doc.getElementById(id), new Event('pointerdown', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(0);
  };
  /** The counsellor clicks (or activates with the keyboard) an element. */
  const click = (id: string) => fire(doc.getElementById(id), new MouseEvent('click', { bubbles: true }));

  it('costs a page load nothing: it reads nothing and sends nothing before the first gesture', async () => {
    const reads = ['getElementsByTagName', 'getElementsByClassName', 'querySelectorAll', 'querySelector'] as const;
    const spies = reads.map((name) => vi.spyOn(doc, name));
    const send = probe();
    await vi.advanceTimersByTimeAsync(5000);
    expect(send).not.toHaveBeenCalled();
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    await gesture('p');
    expect(sent(send)).toEqual([page(['login_form'])]);
  });

  it('reads the page after the gesture’s own handling, not inside it', async () => {
    const send = probe();
    fire(doc.getElementById('p'), new Event('pointerdown', { bubbles: true }));
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('says how long the page had been shown when it is announced', async () => {
    const now = vi.spyOn(win.performance, 'now').mockReturnValue(90_000.4);
    const send = probe();
    await gesture('p');
    expect(send.mock.calls[0]?.[0]).toMatchObject({ type: 'probe/page', shownMs: 90_000 });
    // An in-page navigation at 100 s, its first gesture at 130 s.
    now.mockReturnValue(100_000);
    fire(win, new HashChangeEvent('hashchange'));
    now.mockReturnValue(130_000);
    await gesture('p');
    expect(send.mock.calls[1]?.[0]).toMatchObject({ type: 'probe/page', shownMs: 30_000 });
  });

  it('announces the page once at the first gesture, then each click signal once', async () => {
    const send = probe();
    fire(doc.getElementById('p'), new FocusEvent('focusin', { bubbles: true }));
    await gesture('p');
    click('oubli');
    click('oubli');
    expect(sent(send)).toEqual([page(['login_form']), { type: 'probe/signals', signals: ['forgot_password_click'] }]);
  });

  it('ignores gestures and navigations a page script fakes: nothing is read, nothing sent', async () => {
    const reads = vi.spyOn(doc, 'getElementsByTagName');
    const send = probe();
    const link = doc.getElementById('oubli');
    for (const event of [
      new Event('pointerdown', { bubbles: true }),
      new FocusEvent('focusin', { bubbles: true }),
      new MouseEvent('click', { bubbles: true }),
    ]) {
      link?.dispatchEvent(event);
    }
    link?.click();
    for (const type of ['pagehide', 'hashchange', 'popstate', 'prerenderingchange']) win.dispatchEvent(new Event(type));
    win.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    vi.spyOn(doc, 'visibilityState', 'get').mockReturnValue('hidden');
    doc.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(5000);
    expect(send).not.toHaveBeenCalled();
    expect(reads).not.toHaveBeenCalled();
  });

  it('once the page is announced, a faked click reports nothing; the counsellor’s own does', async () => {
    const send = probe();
    await gesture('p');
    doc.getElementById('oubli')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(sent(send)).toEqual([page(['login_form'])]);
    click('oubli');
    expect(sent(send)).toEqual([page(['login_form']), { type: 'probe/signals', signals: ['forgot_password_click'] }]);
  });

  it.each([
    ['hashchange', (w: Window) => w.dispatchEvent(new HashChangeEvent('hashchange'))],
    ['popstate', (w: Window) => w.dispatchEvent(new PopStateEvent('popstate'))],
    ['pageshow', (w: Window) => w.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }))],
    [
      'currententrychange',
      (w: Window) => {
        w.history.pushState({}, '', '/ailleurs');
        (w as unknown as { navigation: EventTarget }).navigation.dispatchEvent(new Event('currententrychange'));
      },
    ],
  ])('a faked %s starts no new page: its signals are not sent again', async (_type, fake) => {
    Object.defineProperty(win, 'navigation', { value: new EventTarget(), configurable: true });
    const send = probe();
    await gesture('p');
    fake(win);
    await gesture('p');
    expect(pages(send)).toEqual([page(['login_form'])]);
  });

  it('does not take a field the page focused itself (autofocus at load) for a gesture', async () => {
    Object.defineProperty(win.navigator, 'userActivation', { value: { hasBeenActive: false }, configurable: true });
    try {
      const send = probe();
      fire(doc.getElementById('p'), new FocusEvent('focusin', { bubbles: true }));
      await vi.advanceTimersByTimeAsync(0);
      expect(send).not.toHaveBeenCalled();
      await gesture('p');
      expect(pages(send)).toHaveLength(1);
    } finally {
      Reflect.deleteProperty(win.navigator, 'userActivation');
    }
  });

  it('a click alone (a keyboard activation) announces the page before its signal', async () => {
    const send = probe();
    click('oubli');
    expect(send.mock.calls.map(([m]) => m.type)).toEqual(['probe/page', 'probe/signals']);
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('announces a page left without any gesture, once, as left', async () => {
    doc.body.innerHTML = '<main><h1>Compte bloqué</h1><p role="alert">Votre compte est bloqué.</p></main>';
    const send = probe();
    fire(win, new Event('pagehide'));
    fire(win, new Event('pagehide'));
    expect(sent(send)).toEqual([page(['locked_error'], true)]);
  });

  it('announces the page when it is hidden (another tab, the window minimised): not as left', async () => {
    const send = probe();
    vi.spyOn(doc, 'visibilityState', 'get').mockReturnValue('hidden');
    fire(doc, new Event('visibilitychange', { bubbles: true }));
    expect(pages(send)).toEqual([page(['login_form'], false)]);
  });

  it('counts a page opened in a background tab, or prerendered, from when it comes on screen', async () => {
    const now = vi.spyOn(win.performance, 'now').mockReturnValue(0);
    const send = probe();
    // Loaded hidden; brought forward at 50 s; first gesture at 80 s.
    now.mockReturnValue(50_000);
    fire(doc, new Event('visibilitychange', { bubbles: true }));
    now.mockReturnValue(80_000);
    await gesture('p');
    expect(send.mock.calls[0]?.[0]).toMatchObject({ type: 'probe/page', shownMs: 30_000 });
    // A prerendered page shown at 200 s, touched at 210 s (after an in-page navigation).
    fire(win, new HashChangeEvent('hashchange'));
    now.mockReturnValue(200_000);
    fire(doc, new Event('prerenderingchange'));
    now.mockReturnValue(210_000);
    await gesture('p');
    expect(send.mock.calls[1]?.[0]).toMatchObject({ type: 'probe/page', shownMs: 10_000 });
  });

  it('caps the time a page is said to have been on screen', async () => {
    vi.spyOn(win.performance, 'now').mockReturnValue(5 * 60 * 60_000);
    const send = probe();
    await gesture('p');
    expect(send.mock.calls[0]?.[0]).toMatchObject({ type: 'probe/page', shownMs: MAX_SHOWN_MS });
  });

  it('notices an error shown after submit, with one throttled rescan', async () => {
    const send = probe();
    await gesture('p');
    const zone = doc.getElementById('zone') as HTMLElement;
    zone.innerHTML = '<p role="alert">Identifiant ou mot de passe incorrect.</p>';
    zone.append(doc.createElement('span'));
    await vi.advanceTimersByTimeAsync(1100);
    expect(send).toHaveBeenLastCalledWith({ type: 'probe/signals', signals: ['credentials_error'] });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('treats an in-page navigation as a new page, announced at the next gesture', async () => {
    const send = probe();
    await gesture('p');
    doc.body.innerHTML = '<main><h1 id="titre">Mot de passe oublié</h1></main>';
    fire(win, new HashChangeEvent('hashchange'));
    expect(pages(send)).toHaveLength(1);
    await gesture('titre');
    expect(pages(send)).toEqual([page(['login_form']), page(['reset_page'])]);
  });

  it('after an in-page navigation, reports nothing of the new page before announcing it', async () => {
    const send = probe();
    await gesture('p');
    fire(win, new HashChangeEvent('hashchange'));
    // The new view is drawn: the old page's observer must not report it as signals of the old page.
    const zone = doc.getElementById('zone') as HTMLElement;
    zone.innerHTML = '<h2 id="titre">Mot de passe oublié</h2>';
    await vi.advanceTimersByTimeAsync(1100);
    expect(sent(send)).toEqual([page(['login_form'])]);
    await gesture('titre');
    expect(sent(send)).toEqual([page(['login_form']), page(['login_form', 'reset_page'])]);
  });

  it('follows a single-page application’s views through the Navigation API', async () => {
    const navigation = new EventTarget();
    Object.defineProperty(win, 'navigation', { value: navigation, configurable: true });
    const go = (path: string, how: 'push' | 'replace' | 'traverse') => {
      if (how === 'push') win.history.pushState({}, '', path);
      else win.history.replaceState({}, '', path);
      fire(navigation, Object.assign(new Event('currententrychange'), { navigationType: how }));
    };
    const send = probe();
    // Before the first announcement a new view is just the page the first gesture reads.
    go('/connexion/etape-1', 'push');
    await gesture('p');
    expect(pages(send)).toHaveLength(1);
    // Signed in: pushState to the account's home, a new view read at the next gesture.
    doc.body.innerHTML = '<main><h1 id="titre">Mon espace</h1></main>';
    go('/espace/accueil', 'push');
    await gesture('titre');
    // The same address tidied up, then a redirection by replaceState, then Back.
    go('/espace/accueil', 'replace');
    await gesture('titre');
    go('/espace/demarches', 'replace');
    await gesture('titre');
    go('/espace/accueil', 'traverse');
    await gesture('titre');
    expect(pages(send)).toEqual([page(['login_form']), page([]), page([]), page([])]);
  });

  it('starts counting site time when the counsellor opted in', async () => {
    vi.spyOn(doc, 'hasFocus').mockReturnValue(true);
    const send = vi.fn(async (_message: ProbeMessage) => ({ ok: true, siteTime: true }));
    startProbe(win, send);
    await gesture('p');
    for (let i = 0; i < 8; i++) {
      fire(win, new Event('pointermove'));
      await vi.advanceTimersByTimeAsync(15_000);
    }
    expect(send.mock.calls.map(([m]) => m.type)).toEqual(['probe/page', 'probe/time']);
  });

  it('a return to a page kept in the back/forward cache is a new visit', async () => {
    const send = probe();
    // happy-dom's PageTransitionEvent has no `persisted`: the browser's event, by hand.
    const transition = (type: string) => Object.assign(new Event(type), { persisted: true });
    fire(win, transition('pagehide'));
    fire(win, transition('pageshow'));
    await gesture('p');
    expect(pages(send)).toEqual([page(['login_form'], true), page(['login_form'])]);
  });

  it('never sends anything but enum signals and numbers', async () => {
    (doc.getElementById('p') as HTMLInputElement).value = 'Canari-Secret';
    const send = probe();
    await gesture('p');
    click('oubli');
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
      if (active) fire(window, new Event('pointermove'));
      await vi.advanceTimersByTimeAsync(15_000);
    };
    for (let i = 0; i < 4; i++) await tick(true);
    // Then no activity: still counted for under a minute, then no more.
    for (let i = 0; i < 6; i++) await tick(false);
    fire(window, new Event('pagehide'));
    const total = flush.mock.calls.reduce((sum, [ms]) => sum + ms, 0);
    expect(total).toBe(60_000 + 45_000);
  });

  it('does not count activity a page script fakes', async () => {
    let now = 0;
    const flush = vi.fn();
    const page = new HappyWindow({ url: 'https://wwwd.caf.fr/' });
    try {
      const doc = page.document as unknown as Document;
      vi.spyOn(doc, 'hasFocus').mockReturnValue(true);
      startSiteTime(doc, flush, () => now);
      // Two minutes past the last real activity (the start), with fake pointer moves all along.
      for (let i = 0; i < 8; i++) {
        now += 15_000;
        page.dispatchEvent(new page.Event('pointermove'));
        await vi.advanceTimersByTimeAsync(15_000);
      }
      fire(page as unknown as EventTarget, new Event('pagehide'));
      const total = flush.mock.calls.reduce((sum, [ms]) => sum + ms, 0);
      expect(total).toBe(45_000);
    } finally {
      await page.happyDOM.close();
    }
  });

  it('counts a scroll or a focus move only during a gesture of the counsellor, not when the page makes it', async () => {
    let now = 0;
    const flush = vi.fn();
    const page = new HappyWindow({ url: 'https://wwwd.caf.fr/' });
    const activation = { isActive: false };
    Object.defineProperty(page.navigator, 'userActivation', { value: activation });
    try {
      const doc = page.document as unknown as Document;
      vi.spyOn(doc, 'hasFocus').mockReturnValue(true);
      startSiteTime(doc, flush, () => now);
      const step = async (type: string) => {
        now += 15_000;
        fire(page as unknown as EventTarget, new Event(type));
        await vi.advanceTimersByTimeAsync(15_000);
      };
      // Two minutes of scrolls and focus moves made by the page's own script (trusted, no activation).
      for (let i = 0; i < 4; i++) await step('scroll');
      for (let i = 0; i < 4; i++) await step('focusin');
      fire(page as unknown as EventTarget, new Event('pagehide'));
      expect(flush.mock.calls.reduce((sum, [ms]) => sum + ms, 0)).toBe(45_000);
      // The same, while the counsellor types and tabs: counted.
      flush.mockClear();
      activation.isActive = true;
      for (let i = 0; i < 4; i++) await step('focusin');
      fire(page as unknown as EventTarget, new Event('pagehide'));
      expect(flush.mock.calls.reduce((sum, [ms]) => sum + ms, 0)).toBe(60_000);
    } finally {
      await page.happyDOM.close();
    }
  });
});
