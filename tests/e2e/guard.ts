// Shared end-to-end bookkeeping: one session per test, closed afterwards, and
// the test fails if anything left the fixtures or broke the CSP.
import { afterEach, expect } from 'vitest';
import type { Session } from './harness';

let current: Session | undefined;

export function track(session: Session): Session {
  current = session;
  return session;
}

afterEach(async () => {
  const s = current;
  current = undefined;
  if (!s) return;
  const violations = [...s.violations];
  const cspErrors = [...s.cspErrors];
  await s.close();
  expect(violations, 'requests that left the fixtures').toEqual([]);
  expect(cspErrors, 'Content-Security-Policy violations').toEqual([]);
});
