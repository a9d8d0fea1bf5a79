// Built sizes of each entrypoint of the Chrome build: the entry file plus every
// chunk it imports, raw and gzipped, as the browser loads them. Printed by the
// bench; the content script's budget is checked by tests/e2e/size.e2e.ts.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The content script runs on every page of the listed sites: 3 KB gzip (level 9), its own code only. */
export const CONTENT_SCRIPT_BUDGET_GZIP = 3 * 1024;

/** The dashboard's scripts, everything it loads but its page and stylesheet. */
export const DASHBOARD_SCRIPTS_BUDGET_GZIP = 60 * 1024;
const DASHBOARD_PAGE = 'dashboard.html';

export interface SizeRow {
  name: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
}

function importsOf(dir: string, file: string, dynamic: boolean): string[] {
  const text = readFileSync(join(dir, file), 'utf8');
  const found = new Set<string>();
  const patterns = file.endsWith('.html')
    ? // data-app: the popup's App, imported by popup-early.js after the first paint (lib/build/popup-html.ts).
      [/<script[^>]*src="([^"]+)"/g, /<link[^>]*href="([^"]+\.(?:js|css))"/g, /data-app="([^"]+)"/g]
    : [/(?:import|from)\s*["']([^"']+\.js)["']/g, ...(dynamic ? [/import\(["'`]([^"'`]+\.js)["'`]\)/g] : [])];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const target = match[1] as string;
      const resolved = target.startsWith('/') ? target.slice(1) : normalize(join(dirname(file), target));
      if (existsSync(join(dir, resolved))) found.add(resolved);
    }
  }
  return [...found];
}

/** Raw and gzipped size of these files of the build. */
function measure(dir: string, name: string, files: string[]): SizeRow {
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(join(dir, file));
    bytes += statSync(join(dir, file)).size;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { name, files, bytes, gzipBytes };
}

/** `dynamic`: also what the entry loads on demand (`import()`); otherwise what it loads before it runs. */
export function entrySize(dir: string, name: string, entry: string, dynamic = false): SizeRow {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(dir, file, dynamic));
  }
  return measure(dir, name, [...seen].sort());
}

/** The same row, its scripts only. */
function scriptsOnly(dir: string, row: SizeRow): SizeRow {
  return measure(
    dir,
    row.name,
    row.files.filter((f) => f.endsWith('.js')),
  );
}

export function buildSizes(dir: string): SizeRow[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const rows: SizeRow[] = [];
  if (manifest.background?.service_worker) rows.push(entrySize(dir, 'background', manifest.background.service_worker));
  if (manifest.action?.default_popup) {
    rows.push(entrySize(dir, 'popup', manifest.action.default_popup));
    // What the popup loads before its first text: the page (style inlined) and popup-early.js.
    const early = entrySize(dir, 'popup before its first text', 'popup-early.js');
    const html = readFileSync(join(dir, manifest.action.default_popup));
    rows.push({
      ...early,
      files: [manifest.action.default_popup, ...early.files],
      bytes: early.bytes + html.length,
      gzipBytes: early.gzipBytes + gzipSync(html, { level: 9 }).length,
    });
  }
  if (existsSync(join(dir, DASHBOARD_PAGE))) {
    // Budgeted: what the dashboard loads to show the weeks; the evidence views load when opened.
    rows.push(scriptsOnly(dir, entrySize(dir, 'dashboard scripts', DASHBOARD_PAGE)));
    rows.push(
      scriptsOnly(
        dir,
        entrySize(dir, 'dashboard scripts with what it loads after (Dexie, evidence views)', DASHBOARD_PAGE, true),
      ),
    );
  }
  for (const script of manifest.content_scripts ?? []) {
    for (const js of script.js ?? []) rows.push(entrySize(dir, `content script ${js}`, js));
  }
  return rows;
}
