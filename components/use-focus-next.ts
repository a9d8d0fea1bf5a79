// Moves focus to the control that comes next after an action (« Arrêter »
// after « Démarrer », « Reprendre » after « Pause »…). The control may appear
// only on a later render (once the stored state has changed, or once the
// button is enabled again), so the move waits until it is there.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export function useFocusNext<T extends HTMLElement>(): {
  root: RefObject<T | null>;
  /** Focuses the first element under `root` matching `selector`, as soon as there is one that can take focus. */
  focusNext: (selector: string) => void;
} {
  const root = useRef<T>(null);
  const [selector, focusNext] = useState<string | null>(null);
  useEffect(() => {
    if (selector === null) return;
    const target = root.current?.querySelector<HTMLElement>(selector);
    if (!target || (target as HTMLButtonElement).disabled) return;
    target.focus();
    // Only this request is done: one made since (a click before this effect ran) still waits.
    focusNext((current) => (current === selector ? null : current));
  });
  return { root, focusNext };
}
