import { existsSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { popupHtmlBuild } from './lib/build/popup-html';
import { catalogue, defaultEnabledOrganisations } from './lib/catalogue';
import { checkCatalogue } from './lib/catalogue/check';
import { hostPatterns } from './lib/catalogue/host-permissions';

// A broken catalogue fails the build, not a counsellor's popup.
checkCatalogue(catalogue);

const listedSites = hostPatterns(defaultEnabledOrganisations());

// popup.html: stylesheet inlined (its hash added to the CSP), App loaded after the first paint.
const popupHtml = popupHtmlBuild();

// Extension pages may load nothing but their own files and connect nowhere:
// the CSP itself enforces "no network request, ever". The dev server (npm start)
// needs a socket to reload pages, so only production builds get connect-src 'none'.
const productionCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "connect-src 'none'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
].join('; ');

const chromium = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Build-time WXT modules (Node only, nothing of them ships): every file of lib/build.
  modulesDir: 'lib/build',
  imports: false,
  vite: () => ({ plugins: [preact({ devToolsEnabled: false }), popupHtml.plugin] }),
  hooks: { 'build:manifestGenerated': popupHtml.manifestGenerated },
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // idle: whether the counsellor is at the keyboard (no install warning).
    // contextMenus: « Tableau de bord » in the toolbar button's menu (no install warning).
    permissions: ['alarms', 'activeTab', 'scripting', 'idle', 'contextMenus', 'unlimitedStorage'],
    // Reminders are opt-in: asked from the options page when turned on.
    optional_permissions: ['notifications'],
    // The counsellor's own sites, granted one by one from the options page.
    optional_host_permissions: ['https://*/*'],
    host_permissions: listedSites,
    // The probe runs on the enabled organisations' sites only; custom domains
    // are registered at run time once the counsellor has granted them.
    content_scripts: [{ matches: listedSites, js: ['probe.js'], run_at: 'document_idle' }],
    action: { default_title: '__MSG_actionTitle__' },
    // Chrome accepts at most four suggested keys, and leaves unset one that is its own
    // (Alt+Shift+T focuses its toolbar, Alt+Shift+P and Alt+Shift+C were not given either);
    // the counsellor changes them in the browser (the options page lists them and says where).
    commands: {
      'toggle-timer': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandToggleTimer__',
      },
      'pause-timer': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_commandPauseTimer__',
      },
      'log-friction': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandLogFriction__',
      },
      _execute_action: { suggested_key: { default: 'Alt+Shift+O' } },
    },
    ...(command === 'build' ? { content_security_policy: { extension_pages: productionCsp } } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // Never to change: Firefox ties the add-on's stored data, its updates and its store
              // listing to it. name@domain on a domain reserved by RFC 2606 (.example), which no
              // one can register: the id names the project without claiming anyone's domain.
              id: 'contretemps@missions-locales.example',
              // 140 (desktop, the ESR of 2025): first release to read data_collection_permissions;
              // MV3 background scripts, scripting and optional host permissions are older.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // Firefox's store asks for the sources that rebuild the add-on: the project's own
  // files that `npm ci && npm run build:firefox` needs, nothing else (no tests or
  // fixtures, no dependencies, build output, local files or git history).
  zip: {
    includeSources: [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'biome.json',
      'README.md',
      'LICENSE',
      'entrypoints/**',
      'components/**',
      'lib/**',
      'public/**',
    ],
  },
  webExt: {
    // `npm start` opens the browser it finds: CHROMIUM_PATH if set, Debian's
    // Chromium where it is installed, otherwise whatever Chrome or Chromium WXT
    // finds on Linux, macOS or Windows.
    ...(chromium ? { binaries: { chrome: chromium } } : {}),
    chromiumArgs: [
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // Chromium refuses to start as root with its sandbox on (CI containers).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  },
});
