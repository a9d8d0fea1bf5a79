// The probe's life in a page: one scan when the page is ready, one per
// in-page navigation, a throttled rescan when a scoped part of the page
// changes (an error appears after submit), and one delegated click listener.
// It sends enum signals only, each once per page. A page with nothing to
// report is announced at the counsellor's first gesture on it (or when it is
// hidden), not at load: most pages of a site are read, not worked on, and a
// message costs more main-thread time than the whole scan. So a login episode
// ends at the first gesture on the first page after the login pages.
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

export function startProbe(doc: Document, send: Send, { rescanMs = 1000, maxRescans = 30 }: ProbeOptions = {}) {
  let sent = new Set<Signal>();
  let rescans = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let siteTime = false;

  const fresh = (signals: Signal[]) => signals.filter((s) => !sent.has(s) && sent.add(s));
  const quiet = (p: Promise<unknown>) => p.catch(() => undefined);

  let announced = false;

  function announce(signals: Signal[]) {
    announced = true;
    void quiet(send({ type: 'probe/page', signals })).then((reply) => {
      if (!siteTime && (reply as { siteTime?: boolean } | undefined)?.siteTime) {
        siteTime = true;
        startSiteTime(doc, (ms) => void quiet(send({ type: 'probe/time', ms })));
      }
    });
  }

  function page() {
    sent = new Set();
    rescans = 0;
    announced = false;
    const signals = fresh(scanPage(doc));
    // FranceConnect pages are announced at once: a redirection loop has no gesture in it.
    if (signals.length > 0 || /(^|\.)franceconnect\.gouv\.fr$/.test(doc.location?.hostname ?? '')) announce(signals);
  }

  const gesture = () => announced || announce([]);
  for (const type of ['pointerdown', 'focusin']) doc.addEventListener(type, gesture, { capture: true, passive: true });
  doc.addEventListener('visibilitychange', () => doc.visibilityState === 'hidden' && gesture());

  function report(signals: Signal[]) {
    const news = fresh(signals);
    if (news.length > 0) void quiet(send({ type: 'probe/signals', signals: news }));
  }

  page();
  doc.addEventListener(
    'click',
    (e) => e.target instanceof Element && report([classifyClick(e.target)].filter((s) => s !== null)),
    {
      capture: true,
      passive: true,
    },
  );
  const view = doc.defaultView;
  view?.addEventListener('hashchange', page);
  view?.addEventListener('popstate', page);

  // Errors and code prompts often appear without a page load: watch the main
  // content (or the body) for added nodes, and rescan at most once a second.
  const scope = doc.getElementsByTagName('main')[0] ?? doc.forms[0] ?? doc.body;
  if (scope && view?.MutationObserver) {
    const observer = new view.MutationObserver(() => {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        report(scanPage(doc));
        if (++rescans >= maxRescans) observer.disconnect();
      }, rescanMs);
    });
    observer.observe(scope === doc.body ? scope : (scope.parentElement ?? scope), {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden', 'class', 'style', 'aria-hidden'],
    });
  }
}
