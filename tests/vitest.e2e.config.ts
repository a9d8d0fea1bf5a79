// End-to-end tests: the built extension (.output/chrome-mv3) in real Chromium,
// one browser at a time (the machines have two cores).
import './node20.ts';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/e2e.json' },
  },
});
