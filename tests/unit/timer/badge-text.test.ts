import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../lib/timer/badge-text';

const MIN = 60_000;

describe('badge text', () => {
  it('shows minutes under an hour', () => {
    expect(badgeText(0)).toBe('0m');
    expect(badgeText(59_999)).toBe('0m');
    expect(badgeText(12 * MIN + 30_000)).toBe('12m');
    expect(badgeText(59 * MIN)).toBe('59m');
  });

  it('shows hours and minutes from one hour', () => {
    expect(badgeText(60 * MIN)).toBe('1h00');
    expect(badgeText(65 * MIN)).toBe('1h05');
    expect(badgeText(9 * 60 * MIN + 59 * MIN)).toBe('9h59');
  });

  it('never exceeds four characters and never shows a negative time', () => {
    expect(badgeText(10 * 60 * MIN)).toBe('10h+');
    expect(badgeText(150 * 60 * MIN).length).toBeLessThanOrEqual(4);
    expect(badgeText(-5 * MIN)).toBe('0m');
  });
});
