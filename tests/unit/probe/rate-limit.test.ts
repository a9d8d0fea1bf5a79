import { describe, expect, it, vi } from 'vitest';
import { BURST, createRateLimit } from '../../../lib/probe/rate-limit';
import { fakeClock } from '../../helpers/db';

function setup() {
  const clock = fakeClock();
  const log = vi.fn();
  const limit = createRateLimit({ clock, log });
  /** How many of `n` messages sent at once from a tab get through. */
  const burst = (tabId: number, n: number) =>
    Array.from({ length: n }, () => limit.allow(tabId)).filter(Boolean).length;
  return { clock, log, limit, burst };
}

describe('probe rate limit, per tab', () => {
  it('lets a burst of twenty through, then drops', () => {
    const { burst } = setup();
    expect(BURST).toBe(20);
    expect(burst(5, 50)).toBe(20);
  });

  it('gives back one message a second, up to the burst', () => {
    const { clock, burst } = setup();
    burst(5, 20);
    clock.advance(1000);
    expect(burst(5, 5)).toBe(1);
    clock.advance(3500);
    expect(burst(5, 5)).toBe(3);
    clock.advance(60 * 60_000);
    expect(burst(5, 50)).toBe(20);
  });

  it('counts each tab apart: one flooding tab costs another nothing', () => {
    const { burst } = setup();
    expect(burst(5, 100)).toBe(20);
    expect(burst(6, 20)).toBe(20);
  });

  it('gives nothing back for a clock set back, and counts on from there', () => {
    const { clock, burst } = setup();
    burst(5, 20);
    clock.advance(-10 * 60_000);
    expect(burst(5, 5)).toBe(0);
    clock.advance(1000);
    expect(burst(5, 5)).toBe(1);
  });

  it('logs drops once per tab per minute, with their count, not once per message', () => {
    const { clock, log, burst } = setup();
    burst(5, 120);
    burst(6, 30);
    expect(log.mock.calls).toEqual([
      ['Contretemps: probe messages over the rate limit dropped (tab 5, 1 so far)'],
      ['Contretemps: probe messages over the rate limit dropped (tab 6, 1 so far)'],
    ]);
    clock.advance(30_000);
    burst(5, 100);
    expect(log).toHaveBeenCalledTimes(2);
    clock.advance(30_000);
    burst(5, 100);
    expect(log).toHaveBeenCalledTimes(3);
    // Logged at the third burst's first drop: 100, then 80 (the bucket full again after 30 s), then 1.
    expect(log).toHaveBeenLastCalledWith('Contretemps: probe messages over the rate limit dropped (tab 5, 181 so far)');
  });
});
