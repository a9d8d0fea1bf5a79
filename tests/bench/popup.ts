// Popup first text against a static page, in the same browser and the same run.
// The extension is copied to a temporary folder with one more file, a static
// page of one line of text (never shipped), so both pages load from the same
// extension. Each load is timed from navigation start to the moment the
// browser painted the text (Element Timing), and the popup is timed empty and
// with two years of data (60,000 entries, 30,000 frictions) seeded through the
// extension's own IndexedDB.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launch, type Session } from '../e2e/harness';
import { median } from './median';

const DAY = 86_400_000;
const LINE = 'Aujourd’hui : 0 min · 0 démarche · 0 difficulté de connexion';
const page = (body: string) => `<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8" /><title>Contretemps</title></head>
  <body>${body}</body>
</html>
`;
/**
 * Reference pages (never shipped), to tell what any popup must pay: the static
 * page; the floor of a page whose text comes from a script (Manifest V3 allows
 * no inline script); and the floor of one whose text comes from IndexedDB.
 */
const REFERENCE_FILES: Record<string, string> = {
  'bench-static.html': page(`<p id="line">${LINE}</p>`),
  'bench-script.html': page('<p id="line"></p><script src="/bench-script.js"></script>'),
  'bench-script.js': `document.getElementById('line').textContent = ${JSON.stringify(LINE)};`,
  'bench-idb.html': page('<p id="line"></p><script src="/bench-idb.js"></script>'),
  // Today's entries by the start index, as the popup's first read does.
  'bench-idb.js': `const open = indexedDB.open('contretemps');
open.onsuccess = () => {
  const from = new Date().setHours(0, 0, 0, 0);
  const read = open.result.transaction('entries').objectStore('entries').index('start').getAll(IDBKeyRange.lowerBound(from));
  read.onsuccess = () => { document.getElementById('line').textContent = ${JSON.stringify(LINE)} + ' ' + read.result.length; };
};`,
};

/** Seeds `entries` entries and `frictions` frictions spread over `days` days ending now. */
export async function seed(page: Page, entries: number, frictions: number, days: number) {
  await page.evaluate(
    async ({ entries, frictions, days, DAY }) => {
      const db: IDBDatabase = await new Promise((ok, ko) => {
        const r = indexedDB.open('contretemps');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
      const orgs = ['caf', 'ameli', 'francetravail', 'impots', 'imilo', 'ants'];
      const now = Date.now();
      const tx = db.transaction(['entries', 'frictions'], 'readwrite');
      for (let i = 0; i < entries; i++) {
        const start = now - Math.floor((i / entries) * days * DAY) - 3_600_000;
        tx.objectStore('entries').put({
          id: `bench-entry-${String(i).padStart(8, '0')}`,
          start,
          end: start + 900_000,
          activeMs: 840_000,
          organisationId: orgs[i % orgs.length],
          procedureId: null,
          modeId: 'faire_ensemble',
          reasonIds: ['illectronisme'],
          outcomeId: 'abouti',
          source: 'timer',
          createdAt: start,
          updatedAt: start,
        });
      }
      for (let i = 0; i < frictions; i++) {
        const at = now - Math.floor((i / frictions) * days * DAY) - 3_000_000;
        tx.objectStore('frictions').put({
          id: `bench-friction-${String(i).padStart(8, '0')}`,
          at,
          organisationId: orgs[i % orgs.length],
          kind: 'mdp_oublie',
          detection: 'manual',
          status: 'confirmed',
          entryId: null,
          loginMs: null,
        });
      }
      await new Promise((ok, ko) => {
        tx.oncomplete = ok;
        tx.onerror = () => ko(tx.error);
      });
      db.close();
    },
    { entries, frictions, days, DAY },
  );
}

interface Watch {
  /** Paint time of the watched element's text, ms from navigation start. */
  paint: number | null;
  /** Every distinct non-empty text the watched element had, in order. */
  texts: string[];
  /** Whether `also` was in the page when the text was painted. */
  alsoThere: boolean | null;
}

/**
 * Runs in the page before its own scripts: marks the element `selector` for
 * Element Timing as soon as it is inserted, records when its text is painted,
 * and every text it ever has (a placeholder replaced later would show here).
 */
function watchFirstText({ selector, also }: { selector: string; also: string | null }) {
  const watch: Watch = { paint: null, texts: [], alsoThere: null };
  (window as unknown as { __bench: Watch }).__bench = watch;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { renderTime: number; identifier: string }>) {
      if (entry.identifier !== 'bench-first-text' || watch.paint !== null) continue;
      watch.paint = entry.renderTime;
      watch.alsoThere = also === null || document.querySelector(also) !== null;
    }
  }).observe({ type: 'element', buffered: true });
  new MutationObserver(() => {
    const element = document.querySelector(selector);
    if (!element) return;
    if (!element.hasAttribute('elementtiming')) element.setAttribute('elementtiming', 'bench-first-text');
    const text = element.textContent?.trim() ?? '';
    if (text !== '' && watch.texts.at(-1) !== text) watch.texts.push(text);
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

export interface Target {
  path: string;
  selector: string;
  /** Also on screen with the first text (the popup's start button). */
  also: string | null;
  /** Shown once the page is fully working (the popup's form), to check the text never changed. */
  settled: string;
}

const reference = (path: string): Target => ({ path, selector: '#line', also: null, settled: '#line' });
export const staticTarget = reference('bench-static.html');
const scriptTarget = reference('bench-script.html');
const idbTarget = reference('bench-idb.html');
const popupTarget: Target = {
  path: 'popup.html',
  selector: '[data-testid="today"]',
  also: 'button.primary.big',
  settled: 'select option:nth-child(2)',
};

/** Milliseconds from navigation start to the target's first text painted, one load. */
export async function firstText(session: Session, target: Target): Promise<number> {
  const page = await session.context.newPage();
  await page.addInitScript(watchFirstText, { selector: target.selector, also: target.also });
  await page.goto(`chrome-extension://${session.extensionId}/${target.path}`);
  await page.locator(target.settled).first().waitFor({ state: 'attached' });
  await page.waitForFunction(() => (window as unknown as { __bench: Watch }).__bench.paint !== null);
  await page.waitForTimeout(100);
  const watch = await page.evaluate(() => (window as unknown as { __bench: Watch }).__bench);
  await page.close();
  if (watch.texts.length !== 1) {
    throw new Error(`${target.path} : le premier texte a changé après coup (${JSON.stringify(watch.texts)})`);
  }
  if (!watch.alsoThere) throw new Error(`${target.path} : ${target.also} absent au premier texte`);
  return watch.paint as number;
}

/** Static page and popup loads, alternated so that both see the same machine load. */
async function round(session: Session, runs: number) {
  const targets = [staticTarget, scriptTarget, idbTarget, popupTarget];
  const times = targets.map((): number[] => []);
  for (const target of targets) await firstText(session, target); // warm-up: code cache, worker start
  for (let i = 0; i < runs; i++) {
    for (const [k, target] of targets.entries()) times[k]?.push(await firstText(session, target));
  }
  if (process.env.BENCH_DEBUG) console.log(JSON.stringify(times));
  const [staticMs, scriptMs, idbMs, popupMs] = times.map((t) => median(t)) as [number, number, number, number];
  return { staticMs, scriptMs, idbMs, popupMs };
}

export interface PopupBench {
  runs: number;
  /** Static page, in the round with two years of data stored (the ratio's denominator). */
  staticMs: number;
  /** Floor of a text written by one classic script, same round. */
  scriptMs: number;
  /** Floor of a text read from the extension's IndexedDB by one classic script, same round. */
  idbMs: number;
  emptyMs: number;
  fullMs: number;
  /** Popup with two years of data over the static page, same run. */
  ratio: number;
}

/**
 * A browser with the built extension plus the reference pages (copied to a
 * temporary folder, never shipped), for `work`; closed and removed after.
 */
export async function withReferencePages<T>(work: (session: Session) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'contretemps-bench-'));
  const extensionDir = join(dir, 'extension');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  for (const [name, text] of Object.entries(REFERENCE_FILES)) writeFileSync(join(extensionDir, name), text);
  const session = await launch({ extensionDir });
  try {
    const result = await work(session);
    if (session.violations.length > 0) throw new Error(`requêtes sorties : ${session.violations.join(', ')}`);
    return result;
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Two years of data (60,000 entries, 30,000 frictions), written through a page of the extension. */
export async function seedTwoYears(session: Session) {
  const setup = await session.context.newPage();
  await setup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await setup.locator('select').first().waitFor();
  await seed(setup, 60_000, 30_000, 730);
  await setup.close();
}

export function popupFirstText(runs = 15): Promise<PopupBench> {
  return withReferencePages(async (session) => {
    const empty = await round(session, runs);
    await seedTwoYears(session);
    const full = await round(session, runs);
    return {
      runs,
      staticMs: full.staticMs,
      scriptMs: full.scriptMs,
      idbMs: full.idbMs,
      emptyMs: empty.popupMs,
      fullMs: full.popupMs,
      ratio: full.popupMs / full.staticMs,
    };
  });
}
