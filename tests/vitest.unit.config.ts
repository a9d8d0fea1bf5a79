// Unit and component tests: lib/ on Node with fake-indexeddb and WXT's fake
// browser, components/ on happy-dom (per-file docblock). Dates are checked in
// the counsellors' time zone.
import './node20.ts';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

process.env.TZ = 'Europe/Paris';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/unit.json' },
  },
});
