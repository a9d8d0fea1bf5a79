// A view loaded only when it is asked for: the dashboard's first render does
// not carry the evidence code (exports, team merge, verification), which a
// counsellor opens once a week at most.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function useLazy<P>(load: () => Promise<ComponentType<P>>): ComponentType<P> | null {
  const [component, setComponent] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((c) => {
      if (live) setComponent(() => c);
    });
    return () => {
      live = false;
    };
  }, [load]);
  return component;
}
