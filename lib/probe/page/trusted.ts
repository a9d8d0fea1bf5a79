// Only the browser's own events count: a page script can dispatch a fake
// `click` on a « mot de passe oublié » link, a fake `pointerdown`, `hashchange`
// or `pagehide`, and the probe's listeners would otherwise take them for the
// counsellor's gestures or for the browser's navigation, and report frictions
// of the page's choosing. `isTrusted` is set by the browser alone (a page
// cannot redefine it on an event it makes). Navigations the page makes itself
// (history.pushState, location.hash) still come as trusted events: they start a
// new view, whose signals the page must then show and the counsellor touch.
export function trusted<E extends Event>(listener: (event: E) => unknown): (event: E) => void {
  return (event) => {
    if (event.isTrusted) listener(event);
  };
}
