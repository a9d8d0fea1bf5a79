// The real clock and id source, for wiring only; lib logic receives them.
import type { Clock } from '../core/clock';

export const systemClock: Clock = { now: () => Date.now() };

export const randomId = (): string => crypto.randomUUID();
