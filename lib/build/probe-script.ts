// Builds the probe's content script, probe.js, from entrypoints/probe.ts. WXT
// would wrap it as an unlisted script in a loader (a logger and its « crashed on
// startup » strings, about 150 bytes of the 3 KB gzip budget) that a script
// which only adds listeners does not need. So this module, which WXT loads as
// every file of lib/build (wxt.config.ts `modulesDir`), takes the probe out of WXT's
// entrypoints and bundles it with Vite as one minified, self-contained IIFE,
// written with the public files (in `npm run build` and `npm start` alike).
// Its keywords are not in it: the bundle takes lib/probe/page/words.i18n.ts
// for ./words, and each locale file gets them as `probe_words`, whence the
// probe reads them when it first reads a page (i18n.getMessage).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { defineWxtModule } from 'wxt/modules';
import { WORDS } from '../probe/page/words';

const ENTRY = 'entrypoints/probe.ts';
const OUTPUT = 'probe.js';
const LOCALE = /^_locales\/[^/]+\/messages\.json$/;

/** A locale file with the probe's keywords added: the same in every locale (the listed sites are French). */
export function withWords(messages: string): string {
  const parsed = JSON.parse(messages) as Record<string, unknown>;
  parsed.probe_words = {
    message: JSON.stringify(WORDS),
    description:
      'Mots-clés de la sonde (lib/probe/page/words.ts), lus dans les pages des sites listés ; pas un texte affiché.',
  };
  return JSON.stringify(parsed);
}

/** The probe, bundled: the code of its only chunk. */
export async function bundleProbe(root: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      // The browsers the manifest allows (Chrome MV3, Firefox 142): no syntax lowering.
      target: 'es2022',
      lib: { entry: resolve(root, ENTRY), formats: ['iife'], name: 'probe' },
    },
    resolve: { alias: [{ find: /^\.\/words$/, replacement: resolve(root, 'lib/probe/page/words.i18n.ts') }] },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  if (chunks.length !== 1 || !chunks[0]) throw new Error(`probe.js : ${chunks.length} morceaux au lieu d’un seul`);
  return chunks[0].code;
}

export default defineWxtModule({
  name: 'probe-script',
  setup(wxt) {
    const entry = resolve(wxt.config.root, ENTRY);
    wxt.hooks.hook('entrypoints:found', (_wxt, infos) => {
      const at = infos.findIndex((info) => resolve(info.inputPath) === entry);
      if (at >= 0) infos.splice(at, 1);
    });
    wxt.hooks.hook('build:publicAssets', async (_wxt, files) => {
      for (const [at, file] of files.entries()) {
        if (!LOCALE.test(file.relativeDest) || !('absoluteSrc' in file)) continue;
        files[at] = { relativeDest: file.relativeDest, contents: withWords(await readFile(file.absoluteSrc, 'utf8')) };
      }
      files.push({ relativeDest: OUTPUT, contents: await bundleProbe(wxt.config.root) });
    });
  },
});
