// Prints the totals of the unit, end-to-end (Chromium) and Firefox runs on one line,
// `N passed, N failed`, from Vitest's JSON reports. A stage that failed before
// any test ran (install, type check, lint, build) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
let reports = 0;
const names = ['unit', 'firefox', 'e2e'];
for (const name of names) {
  const file = `.test-results/${name}.json`;
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  reports += 1;
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrors ?? 0);
  // A suite that failed to load has no tests but must not pass silently.
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
}
if (status !== 0 && (failed === 0 || reports < names.length)) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
