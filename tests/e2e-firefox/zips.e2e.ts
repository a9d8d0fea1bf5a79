// `wxt zip -b firefox --mv3` (part of `npm run zip`): the add-on zip Firefox installs, and the sources zip
// its store asks for, limited to the project's own files that rebuild the add-on.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { zipEntries } from './zip-entries';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
let sources: string[];
let addon: string[];

beforeAll(() => {
  // Vitest sets NODE_ENV=test, which would build development JSX (with absolute source paths).
  const { NODE_ENV: _, ...env } = process.env;
  execFileSync('npx', ['wxt', 'zip', '-b', 'firefox', '--mv3'], { stdio: 'pipe', env });
  sources = zipEntries(`.output/${name}-${version}-sources.zip`);
  addon = zipEntries(`.output/${name}-${version}-firefox.zip`);
}, 120_000);

describe('the Firefox zips', () => {
  it('the add-on zip has the manifest and the pages at its root, built for production', () => {
    expect(addon).toEqual(expect.arrayContaining(['manifest.json', 'popup.html', 'options.html', 'background.js']));
    // Development JSX would carry this machine's source paths.
    const withPaths = addon.filter(
      (file) => file.endsWith('.js') && readFileSync(`.output/firefox-mv3/${file}`, 'utf8').includes(process.cwd()),
    );
    expect(withPaths).toEqual([]);
    const manifest = JSON.parse(readFileSync('.output/firefox-mv3/manifest.json', 'utf8'));
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('the sources zip has what rebuilds the add-on', () => {
    expect(sources).toEqual(
      expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md']),
    );
    for (const folder of ['lib/', 'entrypoints/', 'components/', 'public/_locales/']) {
      expect(sources.some((file) => file.startsWith(folder))).toBe(true);
    }
  });

  it('the sources zip has nothing else: no dependencies, build output, tests, local files or git', () => {
    const foreign = sources.filter((file) =>
      /(^|\/)(node_modules|\.output|\.wxt|\.test-results|\.git|tests)\/|^\.|\.(test|spec)\.tsx?$|\.log$|web-ext\.config\.ts$/.test(
        file,
      ),
    );
    expect(foreign).toEqual([]);
  });
});
