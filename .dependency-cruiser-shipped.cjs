// What ships where, once types are erased: the code each size- or speed-bound
// runtime can reach through real imports. Run by `npm run lint:deps` after
// .dependency-cruiser.cjs (which checks folders, type imports included).
module.exports = {
  forbidden: [
    {
      name: 'content-script-reaches-its-folder-only',
      comment:
        'The probe runs in every page of the listed sites (≤ 3 KB gzip): it reaches lib/probe/page/ only; no Zod, Dexie, Preact or polyfill.',
      severity: 'error',
      from: { path: '^entrypoints/probe\\.ts$' },
      to: { pathNot: '^lib/probe/page/', reachable: true },
    },
    {
      name: 'popup-first-read-is-bare',
      comment:
        'The popup’s first paint (entrypoints/popup-early.ts) reads IndexedDB with the bare API and writes plain DOM: no Zod, Dexie or Preact may reach it.',
      severity: 'error',
      from: { path: '^entrypoints/popup-early\\.ts$' },
      to: { path: 'node_modules/(zod|dexie|preact)/', reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.output|\\.wxt)/' },
    // Only the imports that remain in the bundle.
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
