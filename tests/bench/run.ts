// `npm run bench`: measures what design.md budgets, on the production build.
// Figures are printed as a Markdown table (copied into the README) and saved
// to .test-results/bench.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../e2e/harness';
import { type BackgroundBench, backgroundCost } from './background';
import { contentScriptCost } from './content-script';
import { type DashboardBench, dashboardFirstRender } from './dashboard';
import { detectionFigures, detectionTable } from './detection';
import { type EvidenceBench, evidenceAtScale } from './evidence';
import { type PopupBench, popupFirstText } from './popup';
import { buildSizes, type SizeRow } from './sizes';
import { type StatsBench, weeklySummariesOfAYear } from './stats';

type Row = [string, string, string];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function zipSize(): number {
  execFileSync('npx', ['wxt', 'zip'], { stdio: 'ignore' });
  const zip = readdirSync('.output').find((f) => f.endsWith('-chrome.zip'));
  if (!zip) throw new Error('pas de zip Chrome dans .output');
  return statSync(join('.output', zip)).size;
}

function sizeRow(s: SizeRow): Row {
  return [
    `${s.name} (with shared chunks)`,
    `${kb(s.bytes)} (${kb(s.gzipBytes)} gzip)`,
    s.name.startsWith('content') ? '≤ 3 KB gzip' : s.name === 'dashboard scripts' ? '≤ 60 KB gzip' : '—',
  ];
}

function popupRows(popup: PopupBench): Row[] {
  const runs = `median of ${popup.runs}, same run`;
  return [
    [`static extension page, one line of text (${runs})`, `${popup.staticMs.toFixed(1)} ms`, '—'],
    [
      `floor: one line written by one classic script (${runs})`,
      `${popup.scriptMs.toFixed(1)} ms (× ${(popup.scriptMs / popup.staticMs).toFixed(2)})`,
      '—',
    ],
    [
      `floor: one line read from IndexedDB (60k + 30k) by one classic script (${runs})`,
      `${popup.idbMs.toFixed(1)} ms (× ${(popup.idbMs / popup.staticMs).toFixed(2)})`,
      '—',
    ],
    [`popup first text, empty database (${runs})`, `${popup.emptyMs.toFixed(1)} ms`, '—'],
    [`popup first text, 60k entries + 30k frictions (${runs})`, `${popup.fullMs.toFixed(1)} ms`, '—'],
    ['popup (60k + 30k) / static page, same run', `× ${popup.ratio.toFixed(2)}`, '≤ × 1.2'],
  ];
}

function dashboardRows(d: DashboardBench): Row[] {
  const runs = `median of ${d.runs}, same run`;
  return [
    [`static extension page, one line of text (${runs})`, `${d.staticMs.toFixed(1)} ms`, '—'],
    [
      `dashboard, 12-week view, first render (the week's figures and charts) with 60k entries + 30k frictions (${runs})`,
      `${d.dashboardMs.toFixed(1)} ms`,
      '≤ 200 ms',
    ],
    [`dashboard, the same load until the 12-week trend is drawn (${runs})`, `${d.trendMs.toFixed(1)} ms`, '—'],
  ];
}

function statsRow(stats: StatsBench): Row {
  return [
    `dashboard statistics: one year (30,000 entries + 15,000 frictions) into 52 weekly summaries, Node (median of ${stats.runs})`,
    `${stats.ms.toFixed(1)} ms`,
    '≤ 30 ms',
  ];
}

function evidenceRows(e: EvidenceBench): Row[] {
  const mb = (n: number) => `${n.toFixed(0)} MB`;
  return [
    [
      `command line: merge ${e.merge.files.toLocaleString('en')} individual files (${e.merge.cellsPerFile.toFixed(0)} cells each on average): read, verify, merge, write (one process)`,
      `${(e.merge.ms / 1000).toFixed(2)} s (CPU ${(e.merge.cpuMs / 1000).toFixed(2)} s), peak RSS ${mb(e.merge.maxRssMb)}`,
      '≤ 1 s',
    ],
    [
      `command line: summarise a branch's year, ${e.summarise.files.toLocaleString('en')} team summaries (${e.summarise.teams.toLocaleString('en')} teams × ${e.summarise.weeks} weeks, one summary per week, one process)`,
      `${(e.summarise.ms / 1000).toFixed(1)} s (CPU ${(e.summarise.cpuMs / 1000).toFixed(1)} s), peak RSS ${mb(e.summarise.maxRssMb)}`,
      '≤ 60 s, ≤ 500 MB',
    ],
  ];
}

function backgroundRows(b: BackgroundBench): Row[] {
  const alarms = b.alarms.map(
    (a) => `${a.name} (${a.periodMinutes === null ? 'once' : `every ${a.periodMinutes} min`})`,
  );
  return [
    [
      `background: start-up script time of the service worker woken by the popup, module compile + top-level evaluation (median of ${b.runs})`,
      `${b.startMs.toFixed(1)} ms (compile ${b.compileMs.toFixed(1)}, evaluation ${b.evaluateMs.toFixed(1)}; ${b.startMinMs.toFixed(0)} to ${b.startMaxMs.toFixed(0)})`,
      '≤ 50 ms',
    ],
    [
      'background: alarms set while no timer runs (each wakes the service worker when it rings)',
      alarms.length > 0 ? alarms.join(', ') : 'none',
      alarms.length > 0 ? 'no wake-ups while no timer runs: not met' : 'no wake-ups while no timer runs',
    ],
  ];
}

function printRows(rows: Row[]) {
  console.log('| what | measured | budget |\n|---|---|---|');
  for (const [what, measured, budget] of rows) console.log(`| ${what} | ${measured} | ${budget} |`);
}

async function main() {
  // `tsx tests/bench/run.ts popup`: the popup's figures alone, on the existing build.
  if (process.argv.includes('popup')) {
    const sizes = buildSizes(EXTENSION_DIR).filter((s) => s.name.startsWith('popup'));
    const popup = await popupFirstText();
    printRows([...sizes.map(sizeRow), ...popupRows(popup)]);
    return;
  }
  // `tsx tests/bench/run.ts dashboard`: the dashboard's figures alone, on the existing build.
  if (process.argv.includes('dashboard')) {
    const sizes = buildSizes(EXTENSION_DIR).filter((s) => s.name.startsWith('dashboard'));
    printRows([...sizes.map(sizeRow), ...dashboardRows(await dashboardFirstRender())]);
    return;
  }
  // `tsx tests/bench/run.ts stats`: the statistics alone, in Node (no build needed).
  if (process.argv.includes('stats')) {
    printRows([statsRow(weeklySummariesOfAYear())]);
    return;
  }
  // `tsx tests/bench/run.ts detection`: precision and recall per friction kind, in Node (no build needed).
  if (process.argv.includes('detection')) {
    console.log(detectionTable(detectionFigures()));
    return;
  }
  // `tsx tests/bench/run.ts probe`: the content script's size and costs alone, on the existing build.
  if (process.argv.includes('probe')) {
    const sizes = buildSizes(EXTENSION_DIR).filter((s) => s.name.startsWith('content script'));
    const content = await contentScriptCost(false);
    const login = await contentScriptCost(true);
    printRows([
      ...sizes.map(sizeRow),
      [
        'script per load, content page / login page',
        `${content.costMs.toFixed(2)} / ${login.costMs.toFixed(2)} ms`,
        '≤ 1 ms',
      ],
      [
        'read at the first gesture, content page / login page',
        `${content.gestureMs.toFixed(2)} / ${login.gestureMs.toFixed(2)} ms`,
        '≤ 3.5 ms',
      ],
    ]);
    return;
  }
  // `tsx tests/bench/run.ts background`: the service worker's start-up and wake-ups alone, on the existing build.
  if (process.argv.includes('background')) {
    printRows(backgroundRows(await backgroundCost()));
    return;
  }
  // `tsx tests/bench/run.ts evidence`: the evidence command line alone, in Node (no build needed).
  if (process.argv.includes('evidence')) {
    printRows(evidenceRows(await evidenceAtScale()));
    return;
  }
  const zip = zipSize();
  const sizes = buildSizes(EXTENSION_DIR);
  const popup = await popupFirstText();
  const dashboard = await dashboardFirstRender();
  const content = await contentScriptCost(false);
  const login = await contentScriptCost(true);
  const background = await backgroundCost();
  const stats = weeklySummariesOfAYear();
  const evidence = await evidenceAtScale();
  const detection = detectionFigures();
  const rows: Row[] = [
    ...sizes.map(sizeRow),
    ['Chrome zip', kb(zip), '≤ 300 KB'],
    [
      `content script, main-thread script per load, 5,000-node content page (median of ${content.runs})`,
      `${content.costMs.toFixed(2)} ms`,
      '≤ 1 ms',
    ],
    [
      `content script, main-thread script per load, 5,000-node login page (median of ${login.runs})`,
      `${login.costMs.toFixed(2)} ms`,
      '≤ 1 ms',
    ],
    [
      `content script, at the first gesture on (or the leaving of) the 5,000-node content page: page read, one message`,
      `${content.gestureMs.toFixed(2)} ms`,
      '—',
    ],
    [
      `content script, at the first gesture on (or the leaving of) the 5,000-node login page: page read, one message`,
      `${login.gestureMs.toFixed(2)} ms`,
      '—',
    ],
    ...backgroundRows(background),
    ...popupRows(popup),
    ...dashboardRows(dashboard),
    statsRow(stats),
    ...evidenceRows(evidence),
  ];
  printRows(rows);
  console.log(`\nDetection, in friction kinds (P precision, R recall, found/expected):\n${detectionTable(detection)}`);
  mkdirSync('.test-results', { recursive: true });
  writeFileSync(
    '.test-results/bench.json',
    JSON.stringify(
      {
        date: new Date().toISOString(),
        sizes,
        zip,
        popup,
        dashboard,
        content,
        login,
        background,
        stats,
        evidence,
        detection: detection.corpora.map((c) => ({
          name: c.name,
          pages: c.figures.pages,
          overall: c.figures.overall,
          byKind: Object.fromEntries(c.figures.byKind),
        })),
      },
      null,
      2,
    ),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
