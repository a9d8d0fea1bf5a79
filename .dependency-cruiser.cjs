// Import boundaries, checked by `npm run lint:deps` (part of `npm test`): one
// wrong import fails the build. Read top to bottom, it says which folder may
// use which. Type-only imports count here (a folder cycle of types is still a
// cycle). What each runtime may reach once types are erased (the content
// script, the popup's first read) is checked by .dependency-cruiser-shipped.cjs.

/** lib/ folders from the bottom up: a folder may import only the ones before it. */
const layers = [
  'core', // shared types and Zod-free helpers: Clock, error codes, day ranges
  'zod.ts', // the one entry point to Zod (jitless)
  'catalogue', // organisations, procedures, friction kinds; hostname matching
  'i18n',
  'model', // stored shapes: entries, frictions, the timer state
  'demo', // synthetic demonstration data (generator, `demo-` ids)
  'platform', // adapters over browser APIs
  'db',
  'stats',
  'evidence', // anonymised evidence files: formats, digests, protections, merge (Node and pages)
  'timer',
  'settings',
  'backup', // the counsellor's own backup file, restore, retention and « Tout effacer »
  'frictions',
  'probe',
  'messages',
  'background',
  'cli', // the Node command line over lib/evidence
];

const known = `^lib/(${[...layers, 'build'].map((l) => l.replace('.', '\\.')).join('|')})(/|$)`;

const layerRules = layers.map((name, i) => ({
  name: `layer-${name.replace('.ts', '')}`,
  comment: `lib/${name} may import only the folders below it: ${layers.slice(0, i).join(', ') || 'none'}`,
  severity: 'error',
  from: { path: `^lib/${name.replace('.', '\\.')}` },
  to: {
    path: `^lib/(${layers
      .slice(i + 1)
      .map((l) => l.replace('.', '\\.'))
      .join('|')})`,
  },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycle between modules.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...layerRules.slice(0, -1),
    {
      name: 'lib-folder-has-a-layer',
      comment: 'Every lib/ folder has its place in `layers` (or is lib/build): a new folder says where it stands.',
      severity: 'error',
      from: {},
      to: { path: '^lib/', pathNot: known },
    },
    {
      name: 'pages-ask-the-background',
      comment:
        'Pages (popup, options, their components) read the database and ask the background to act by message: they never run its services.',
      severity: 'error',
      from: { path: '^(components|entrypoints)/', pathNot: '^entrypoints/(background|probe)\\.ts$' },
      to: { path: '^lib/(background|frictions|probe|timer/service|messages/(handlers|router))(/|\\.ts$)' },
    },
    {
      name: 'background-has-no-view',
      comment: 'The service worker has no document: no Preact, no view.',
      severity: 'error',
      from: { path: '^(entrypoints/background\\.ts$|lib/background/)' },
      to: { path: '^components/|node_modules/preact/' },
    },
    {
      name: 'lib-knows-no-view',
      comment: 'lib/ is pure logic: no Preact view, no entrypoint.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(components|entrypoints)/|node_modules/preact' },
    },
    {
      name: 'lib-knows-no-browser',
      comment: 'Only lib/platform/ touches the browser API; the rest receives it.',
      severity: 'error',
      from: { path: '^lib/', pathNot: '^lib/(platform|build)/' },
      to: { path: 'node_modules/(webextension-polyfill|wxt|@wxt-dev)/' },
    },
    {
      name: 'build-code-never-ships',
      comment: 'lib/build/ runs in Node while building (WXT modules); no shipped code may import it.',
      severity: 'error',
      from: { pathNot: '^lib/build/' },
      to: { path: '^lib/build/' },
    },
    {
      name: 'views-import-no-entrypoint',
      comment: 'Shared components are used by entrypoints, never the other way round.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'content-script-stays-tiny',
      comment:
        'The probe runs in every page of the listed sites (≤ 3 KB gzip): it imports its own page-side folder only, no Zod, Dexie, Preact or polyfill.',
      severity: 'error',
      from: { path: '^(entrypoints/probe\\.ts$|lib/probe/page/)' },
      to: { pathNot: '^lib/probe/page/', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.output|\\.wxt)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
