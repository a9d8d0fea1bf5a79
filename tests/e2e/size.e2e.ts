// The content script's size budget, checked on the production build that the
// rest of the end-to-end suite runs on: `npm test` fails when probe.js, with
// anything it would load, is over 3 KB gzip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSizes, CONTENT_SCRIPT_BUDGET_GZIP, DASHBOARD_SCRIPTS_BUDGET_GZIP } from '../bench/sizes';
import { EXTENSION_DIR } from './harness';

describe('content script budget', () => {
  const scripts = buildSizes(EXTENSION_DIR).filter((row) => row.name.startsWith('content script'));

  it('the manifest declares the probe as the only content script', () => {
    expect(scripts.map((row) => row.name)).toEqual(['content script probe.js']);
  });

  it.each(scripts)('$name is at most 3 KB gzip', (row) => {
    expect(row.files, 'one self-contained file, no shared chunk').toEqual(['probe.js']);
    expect(row.gzipBytes).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_GZIP);
  });

  it('the probe is one classic script, which neither imports nor loads anything', () => {
    const code = readFileSync(join(EXTENSION_DIR, 'probe.js'), 'utf8');
    expect(code).not.toMatch(/\bimport\s*[({"'`]|\bimport\s+\w|\brequire\(/);
  });
});

describe('dashboard budget', () => {
  it('the dashboard loads at most 60 KB gzip of scripts', () => {
    const row = buildSizes(EXTENSION_DIR).find((r) => r.name === 'dashboard scripts');
    expect(row?.files.length).toBeGreaterThan(0);
    expect(row?.gzipBytes).toBeLessThanOrEqual(DASHBOARD_SCRIPTS_BUDGET_GZIP);
  });
});
