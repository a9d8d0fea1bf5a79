// Firefox smoke test: the built add-on (.output/firefox-mv3, test-only copy) in
// Firefox ESR over WebDriver BiDi, one browser at a time.
import './node20.ts';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/firefox.json' },
  },
});
