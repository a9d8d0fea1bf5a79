// The probe's life in a page. At load it only listens, on the window: a page
// costs its load nothing until the counsellor works on it (most pages of a
// site are read, not worked on, and reading the page and sending one message
// cost more main-thread time than the budget of a load). The page is read and
// announced once, at the first gesture on it (pointer, focus, click) or when
// it is left (hidden, pagehide), whichever comes first, so a FranceConnect
// redirection loop with no gesture in it is still seen. From then on a scoped,
// throttled observer rescans when the page changes (an error shown after
// submit), and clicks are classified. Enum signals only, each once per page;
// an in-page navigation, or a return to a page kept in the back/forward
// cache, is a new page. A login episode thus starts at the first gesture on
// the first login page and ends at the first gesture on (or the leaving of)
// the first page after the login pages.
import { classifyClick, scanPage } from './scan';
import type { Signal } from './signals';
import { startSiteTime } from './site-time';

export type ProbeMessage =
  | { type: 'probe/page'; signals: Signal[] }
  | { type: 'probe/signals'; signals: Signal[] }
  | { type: 'probe/time'; ms: number };

export type Send = (message: ProbeMessage) => Promise<unknown>;

export interface ProbeOptions {
  rescanMs?: number;
  maxRescans?: number;
}

const LISTEN = { capture: true, passive: true } as const;

export function startProbe(
  win: Window & typeof globalThis,
  send: Send,
  { rescanMs = 1000, maxRescans = 30 }: ProbeOptions = {},
) {
  let sent = new Set<Signal>();
  let announced = false;
  let observer: MutationObserver | undefined;
  let rescans = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let siteTime = false;

  const fresh = (signals: Signal[]) => signals.filter((s) => !sent.has(s) && sent.add(s));
  const quiet = (p: Promise<unknown>) => p.catch(() => undefined);

  function report(signals: Signal[]) {
    const news = fresh(signals);
    if (news.length > 0) void quiet(send({ type: 'probe/signals', signals: news }));
  }

  function announce() {
    if (announced) return;
    announced = true;
    const doc = win.document;
    void quiet(send({ type: 'probe/page', signals: fresh(scanPage(doc)) })).then((reply) => {
      if (!siteTime && (reply as { siteTime?: boolean } | undefined)?.siteTime) {
        siteTime = true;
        startSiteTime(doc, (ms) => void quiet(send({ type: 'probe/time', ms })));
      }
    });
    watch(doc);
  }

  // Errors and code prompts often appear without a page load: watch the main
  // content (or the body) for added nodes, and rescan at most once a second.
  function watch(doc: Document) {
    const scope = doc.getElementsByTagName('main')[0] ?? doc.forms[0] ?? doc.body;
    if (observer || !scope || !win.MutationObserver) return;
    const watching = new win.MutationObserver(() => {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        report(scanPage(doc));
        if (++rescans >= maxRescans) {
          watching.disconnect();
          observer = undefined;
        }
      }, rescanMs);
    });
    watching.observe(scope === doc.body ? scope : (scope.parentElement ?? scope), {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden', 'class', 'style', 'aria-hidden'],
    });
    observer = watching;
  }

  function newPage() {
    sent = new Set();
    rescans = 0;
    announced = false;
  }

  win.addEventListener('pointerdown', announce, LISTEN);
  // A focus the page gives itself (an autofocused field at load) is not a gesture.
  const activated = () => (win.navigator as { userActivation?: { hasBeenActive: boolean } }).userActivation;
  win.addEventListener('focusin', () => activated()?.hasBeenActive !== false && announce(), LISTEN);
  win.addEventListener('pagehide', announce, LISTEN);
  win.addEventListener('visibilitychange', () => win.document.visibilityState === 'hidden' && announce(), LISTEN);
  win.addEventListener(
    'click',
    (e) => {
      announce();
      const click = e.target instanceof Element ? classifyClick(e.target) : null;
      if (click) report([click]);
    },
    LISTEN,
  );
  win.addEventListener('hashchange', newPage);
  win.addEventListener('popstate', newPage);
  // Back to a page kept in the back/forward cache: a new visit of it.
  win.addEventListener('pageshow', (e) => (e as PageTransitionEvent).persisted && newPage());
}
