// The probe's life in a page. At load it only listens, on the window: most
// pages of a site are read, not worked on, and reading the page and sending
// one message cost more main-thread time than the budget of a load. The page
// is read and announced once: just after the first gesture on it (pointer,
// focus), at once on a click (its signal follows), or when it is hidden or
// left, whichever comes first; so a FranceConnect redirection loop with no
// gesture in it is still seen. The announcement says how long the page had
// been on screen (from its load, or from when it was first shown if it was
// opened in a background tab or prerendered), so login time still counts from
// the showing of the first login page. From then on a scoped, throttled observer rescans when the page
// changes (an error shown after submit), and clicks are classified. Enum
// signals only, each once per page; an in-page navigation (a hash, a new
// address in a single-page application as the Navigation API reports it), or
// a return to a page kept in the back/forward cache, is a new page. Every
// listener takes the browser's own events only (./trusted): a page script's
// fake click or navigation counts for nothing. This folder is what ships in
// the content script: it imports nothing from outside it.
import type { ProbeMessageRaw as ProbeMessage, ProbeReply } from '../messages';
import { classifyClick, scanPage } from './scan';
import { MAX_SHOWN_MS, type Signal } from './signals';
import { startSiteTime } from './site-time';
import { trusted } from './trusted';
import { ask } from './words';

// Types only (erased at build): the contract is the background's schema.
export type { ProbeMessage, ProbeReply };

/** Carries a message to the background; the reply is undefined when no one answered. */
export type Send = (message: ProbeMessage) => Promise<ProbeReply | undefined>;

export interface ProbeOptions {
  rescanMs?: number;
  maxRescans?: number;
}

const LISTEN = { capture: true, passive: true } as const;

/** A message the background could not take is simply lost: the page goes on. */
function quiet<T>(p: Promise<T>): Promise<T | undefined> {
  return p.catch(() => undefined);
}

/** Starts the probe on a window, for the page's lifetime. */
export function startProbe(
  win: Window & typeof globalThis,
  send: Send,
  { rescanMs = 1000, maxRescans = 30 }: ProbeOptions = {},
) {
  let sent = new Set<Signal>();
  let announced = false;
  /** When the page was shown, on the page's clock: 0 is the navigation that loaded it. */
  let shownAt = 0;
  let soon: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | undefined;
  let rescans = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let siteTime = false;

  const fresh = (signals: Signal[]) => signals.filter((s) => !sent.has(s) && sent.add(s));

  function report(signals: Signal[]) {
    const news = fresh(signals);
    if (news.length > 0) void quiet(send({ type: 'probe/signals', signals: news }));
  }

  function announce(left: boolean) {
    clearTimeout(soon);
    soon = undefined;
    if (announced) return;
    announced = true;
    const doc = win.document;
    const shownMs = Math.min(Math.round(win.performance.now() - shownAt), MAX_SHOWN_MS);
    const signals = fresh(scanPage(doc));
    void quiet(send({ type: 'probe/page', signals, shownMs, left })).then((reply) => {
      if (!siteTime && reply?.ok && reply.siteTime) {
        siteTime = true;
        startSiteTime(doc, (ms) => void quiet(send({ type: 'probe/time', ms })));
      }
    });
    watch(doc);
    follow();
  }

  // Single-page applications (France Travail's candidate space, i-milo) change
  // views with history.pushState or replaceState, which no event reports to a
  // content script but the Navigation API's (Chrome, Firefox 147 and later;
  // before, hashchange and popstate only). A new path or query is a new view
  // (a hash alone is hashchange's). Followed from the first announcement:
  // before it, a new view is just the page the first gesture will read.
  let following = false;
  function follow() {
    if (following) return;
    following = true;
    const where = () => win.location.pathname + win.location.search;
    let at = where();
    (win as { navigation?: EventTarget }).navigation?.addEventListener(
      'currententrychange',
      trusted(() => {
        if (where() !== at) newPage();
        at = where();
      }),
    );
  }

  /**
   * Once the keywords are here: at once, or when the background has sent them
   * (./words.i18n; the page left before, they are read from the locale files).
   */
  function worded(job: () => void) {
    const asked = ask();
    if (asked) void asked.then(job);
    else job();
  }

  /** After the gesture's own handling, not inside it: the page answers the counsellor first. */
  function gesture() {
    if (!announced && soon === undefined) soon = setTimeout(() => worded(() => announce(false)), 0);
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
        if (++rescans >= maxRescans) unwatch();
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

  function unwatch() {
    observer?.disconnect();
    observer = undefined;
    clearTimeout(timer);
    timer = undefined;
  }

  function newPage() {
    unwatch();
    clearTimeout(soon);
    soon = undefined;
    sent = new Set();
    rescans = 0;
    announced = false;
    shown();
  }

  /** The page comes on screen now (in-page navigation, a background tab brought forward, a prerender shown). */
  function shown() {
    if (!announced) shownAt = win.performance.now();
  }

  // A focus the page gives itself (an autofocused field at load) is not a gesture.
  const activated = () => (win.navigator as { userActivation?: { hasBeenActive: boolean } }).userActivation;
  const listeners: Array<[string, (e: Event) => void]> = [
    ['pointerdown', gesture],
    ['focusin', () => activated()?.hasBeenActive !== false && gesture()],
    [
      'click',
      (e) =>
        worded(() => {
          announce(false);
          const click = e.target instanceof Element ? classifyClick(e.target) : null;
          if (click) report([click]);
        }),
    ],
    ['pagehide', () => announce(true)],
    // Hidden: another tab, or the window minimised; the page may never come back.
    // (A page being left gets `pagehide` first.)
    ['visibilitychange', () => (win.document.visibilityState === 'hidden' ? announce(false) : shown())],
    ['prerenderingchange', shown],
    ['hashchange', newPage],
    ['popstate', newPage],
    // Back to a page kept in the back/forward cache: a new visit of it.
    ['pageshow', (e) => (e as PageTransitionEvent).persisted && newPage()],
  ];
  // Each one ignores events a page script dispatched (see ./trusted).
  for (const [type, listener] of listeners) win.addEventListener(type, trusted(listener), LISTEN);
}
