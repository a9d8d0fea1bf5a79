// Opt-in focused time on a listed site: counted in 15-second steps while the
// page is visible, the window has focus and the pointer, scroll or focus moved
// in the last minute. No keystroke is listened to, and only the browser's own
// events count (a page script cannot fake activity). A page script can still
// scroll or move the focus itself, and those events come trusted: they count
// only during a gesture of the counsellor's (user activation, as keyboard
// scrolling and tabbing give). The total is sent when the
// page is hidden and every two minutes; never a trail of visits.
import { trusted } from './trusted';

const STEP_MS = 15_000;
const ACTIVE_MS = 60_000;
const FLUSH_MS = 120_000;

export function startSiteTime(doc: Document, flush: (ms: number) => void, now: () => number = Date.now) {
  const view = doc.defaultView;
  if (!view) return;
  let lastActivity = now();
  let pending = 0;
  let lastFlush = now();
  const mark = trusted(() => {
    lastActivity = now();
  });
  const markInGesture = trusted(() => {
    if (view.navigator.userActivation?.isActive) lastActivity = now();
  });
  for (const type of ['pointermove', 'pointerdown', 'wheel', 'scroll', 'focusin']) {
    view.addEventListener(type, type === 'scroll' || type === 'focusin' ? markInGesture : mark, {
      capture: true,
      passive: true,
    });
  }
  const send = () => {
    if (pending > 0) flush(pending);
    pending = 0;
    lastFlush = now();
  };
  const hidden = trusted(() => doc.visibilityState === 'hidden' && send());
  setInterval(() => {
    if (doc.visibilityState === 'visible' && doc.hasFocus() && now() - lastActivity < ACTIVE_MS) pending += STEP_MS;
    if (now() - lastFlush >= FLUSH_MS) send();
  }, STEP_MS);
  doc.addEventListener('visibilitychange', hidden);
  view.addEventListener('pagehide', trusted(send));
}
