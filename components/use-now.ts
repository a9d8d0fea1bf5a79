// The current time, refreshed every `everyMs` while `active`; nothing ticks otherwise.
import { useEffect, useState } from 'preact/hooks';

export function useNow(active: boolean, everyMs = 1000, clock: () => number = Date.now): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    setNow(clock());
    if (!active) return;
    const id = setInterval(() => setNow(clock()), everyMs);
    return () => clearInterval(id);
  }, [active, everyMs, clock]);
  return now;
}
