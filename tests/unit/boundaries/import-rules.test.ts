// The import rules of .dependency-cruiser.cjs and .dependency-cruiser-shipped.cjs
// (run on the real tree by `npm run lint:deps`), checked on small trees written
// for the purpose: each rule must catch the import it forbids, and let through
// what is allowed.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve('.');
const load = createRequire(import.meta.url);
const folders = load(join(root, '.dependency-cruiser.cjs'));
const shipped = load(join(root, '.dependency-cruiser-shipped.cjs'));
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

async function violations(baseDir: string, paths: string[], config = folders): Promise<string[]> {
  const result = await cruise(paths, {
    ...config.options,
    validate: true,
    ruleSet: { forbidden: config.forbidden },
    baseDir,
  });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

/** A throw-away tree: files and their contents, plus the project's node_modules. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'contretemps-rules-'));
  scratch.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  writeFileSync(join(dir, 'tsconfig.json'), '{"compilerOptions":{"module":"esnext","moduleResolution":"bundler"}}');
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  // Packages resolve from the project's own node_modules.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('import rules', () => {
  it.each([
    [
      'a folder importing one above it',
      {
        'lib/db/a.ts': "import { b } from '../timer/b';\nexport const a = b;",
        'lib/timer/b.ts': 'export const b = 1;',
      },
      'layer-db',
    ],
    [
      'the bottom folder importing any other',
      {
        'lib/core/a.ts': "import { b } from '../catalogue/b';\nexport const a = b;",
        'lib/catalogue/b.ts': 'export const b = 1;',
      },
      'layer-core',
    ],
    [
      'a lib folder with no place among the layers',
      {
        'lib/db/a.ts': "import { b } from '../misc/b';\nexport const a = b;",
        'lib/misc/b.ts': 'export const b = 1;',
      },
      'lib-folder-has-a-layer',
    ],
    [
      'shipped code importing build-time code',
      {
        'entrypoints/popup/main.ts': "import { b } from '../../lib/build/b';\nexport const a = b;",
        'lib/build/b.ts': 'export const b = 1;',
      },
      'build-code-never-ships',
    ],
    [
      'a page running a background service',
      {
        'components/V.tsx': "import { h } from '../lib/messages/handlers';\nexport const V = h;",
        'lib/messages/handlers.ts': 'export const h = 1;',
      },
      'pages-ask-the-background',
    ],
    [
      'the background importing a view',
      {
        'entrypoints/background.ts': "import { V } from '../components/V';\nexport const a = V;",
        'components/V.tsx': 'export const V = 1;',
      },
      'background-has-no-view',
    ],
    [
      'a cycle between two modules',
      {
        'lib/core/a.ts': "import { b } from './b';\nexport const a = b;",
        'lib/core/b.ts': "import { a } from './a';\nexport const b = a;",
      },
      'no-circular',
    ],
    [
      'lib importing a view',
      {
        'lib/stats/a.ts': "import { V } from '../../components/V';\nexport const a = V;",
        'components/V.tsx': 'export const V = 1;',
      },
      'lib-knows-no-view',
    ],
    [
      'a view importing an entrypoint',
      {
        'components/V.tsx': "import { e } from '../entrypoints/e';\nexport const V = e;",
        'entrypoints/e.ts': 'export const e = 1;',
      },
      'views-import-no-entrypoint',
    ],
    [
      'lib outside platform touching the browser API',
      { 'lib/timer/a.ts': "import { browser } from 'wxt/browser';\nexport const a = browser;" },
      'lib-knows-no-browser',
    ],
    [
      'the probe importing Zod',
      { 'lib/probe/page/run.ts': "import { z } from 'zod';\nexport const r = z;" },
      'content-script-stays-tiny',
    ],
    [
      'the probe importing outside its page folder',
      {
        'lib/probe/page/run.ts': "import { s } from '../service';\nexport const r = s;",
        'lib/probe/service.ts': 'export const s = 1;',
      },
      'content-script-stays-tiny',
    ],
  ])('catch %s', async (_name, files, rule) => {
    const dir = tree(files);
    const found = await violations(
      dir,
      Object.keys(files)
        .map((f) => f.split('/')[0] as string)
        .filter((v, i, a) => a.indexOf(v) === i),
    );
    expect(found.map((v) => v.split(':')[0])).toContain(rule);
  });

  it('let the probe take its message types from the background, type-only, and pages read the database', async () => {
    const files = {
      'lib/probe/page/run.ts': "import type { M } from '../messages';\nexport const r = (m: M) => m;",
      'lib/probe/messages.ts': 'export type M = { type: string };',
      'components/V.tsx': "import { q } from '../lib/db/queries';\nexport const V = q;",
      'lib/db/queries.ts': "import type { E } from '../model/records';\nexport const q = (e: E) => e;",
      'lib/model/records.ts': 'export type E = { id: string };',
    };
    expect(await violations(tree(files), ['lib', 'components'])).toEqual([]);
  });

  const firstRead = (chain: string) => ({
    'entrypoints/popup-early.ts': "import { q } from '../lib/db/raw';\nexport const e = q;",
    'lib/db/raw.ts': `${chain}\nexport const q = 1;`,
    'lib/db/database.ts': "import Dexie from 'dexie';\nexport type DB = Dexie;\nexport const d = Dexie;",
  });

  it('keep Dexie out of the popup’s first read through a real import', async () => {
    const dir = tree(firstRead("import { d } from './database';\nexport const x = d;"));
    const found = await violations(dir, ['entrypoints'], shipped);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^popup-first-read-is-bare: entrypoints\/popup-early\.ts → .*node_modules\/dexie\//);
  });

  it('let the popup’s first read name Dexie’s types, which are erased', async () => {
    const dir = tree(firstRead("import type { DB } from './database';\nexport type X = DB;"));
    expect(await violations(dir, ['entrypoints'], shipped)).toEqual([]);
  });

  it('keep the content script within its folder through real imports', async () => {
    const dir = tree({
      'entrypoints/probe.ts': "import { r } from '../lib/probe/page/run';\nexport const p = r;",
      'lib/probe/page/run.ts': "import { z } from 'zod';\nexport const r = z;",
    });
    expect((await violations(dir, ['entrypoints'], shipped)).map((v) => v.split(':')[0])).toContain(
      'content-script-reaches-its-folder-only',
    );
  });
});
