// The evidence command line at scale, as design.md budgets it: a team lead's
// merge of 1,000 individual files, and a branch's year of team summaries
// (1,000 teams × 50 weeks = 50,000 files) summarised week by week. Files are
// generated into a temporary folder first (not timed), then a child process
// runs the command line's own code (lib/cli/run.ts: read, verify, fold in,
// write) and reports its time and its peak resident memory.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../lib/cli/run';
import { generateDemo } from '../../lib/demo/generate';
import { withDigest } from '../../lib/evidence/digest';
import { buildIndividual } from '../../lib/evidence/individual';
import { defaultRules, type IndividualFile, type TeamFile } from '../../lib/evidence/schema';
import { mergeTeam } from '../../lib/evidence/team';
import { type Week, weekOf } from '../../lib/stats/week';

const PARIS = 'Europe/Paris';
const NOW = Date.parse('2026-11-20T12:00:00+01:00');
const CHILD = 'CONTRETEMPS_EVIDENCE_BENCH_CHILD';

export interface EvidenceBench {
  merge: { files: number; cellsPerFile: number } & ChildFigures;
  summarise: { files: number; teams: number; weeks: number } & ChildFigures;
}

/** The `count` whole weeks before NOW's week, oldest first. */
function weeksBefore(count: number): Week[] {
  const weeks: Week[] = [];
  let week = weekOf(NOW, PARIS);
  for (let i = 0; i < count; i++) {
    week = weekOf(week.from - 1, PARIS);
    weeks.unshift(week);
  }
  return weeks;
}

/** `n` × 32 hex from a counter: salts and stand-in digests that differ, the same on every run. */
const hex = (n: number, width = 32) => n.toString(16).padStart(width, '0');

/**
 * 1,000 individual files of 3 weeks (40–100 cells each): 20 demo counsellors' weeks, each copy with its
 * own salt and its own content (the first cell's minutes raised by a multiple of 5), since the merge
 * refuses the same content twice as one person's export.
 */
async function individualFiles(dir: string, count = 1_000): Promise<number> {
  const weeks = weeksBefore(3);
  const bases: IndividualFile[] = [];
  for (let seed = 1; seed <= 20; seed++) {
    const data = generateDemo({ now: NOW, timeZone: PARIS, seed, weeks: 8 });
    bases.push(await buildIndividual(data, weeks, { salt: hex(seed), demonstration: true, timeZone: PARIS }));
  }
  let cells = 0;
  for (let n = 0; n < count; n++) {
    const base = bases[n % bases.length] as IndividualFile;
    const round = Math.floor(n / bases.length);
    const own = base.cells.map((c, i) => (i === 0 ? { ...c, minutes: c.minutes + 5 * round } : c));
    const file = await withDigest<IndividualFile>({ ...base, cells: own, salt: hex(n + 1_000) });
    cells += file.cells.length;
    writeFileSync(join(dir, `releve-${hex(n, 4)}.json`), JSON.stringify(file, null, 2));
  }
  return cells / count;
}

/** A branch's year: for each of 50 weeks, a real team summary of 5 demo counsellors, given to 1,000 teams (each its own inputs). */
async function teamSummaries(dir: string, teams = 1_000, weekCount = 50): Promise<string[]> {
  const weeks = weeksBefore(weekCount);
  const data = [1, 2, 3, 4, 5].map((seed) => generateDemo({ now: NOW, timeZone: PARIS, seed, weeks: weekCount + 2 }));
  const dirs: string[] = [];
  let serial = 0;
  for (const week of weeks) {
    const files = await Promise.all(
      data.map((d, i) => buildIndividual(d, [week], { salt: hex(i + 1), demonstration: true, timeZone: PARIS })),
    );
    const merged = await mergeTeam(files, defaultRules);
    if (!merged.ok) throw new Error(`semaine ${week.id} : ${merged.problems.map((p) => p.code).join(', ')}`);
    const weekDir = join(dir, week.id);
    mkdirSync(weekDir);
    dirs.push(weekDir);
    for (let t = 0; t < teams; t++) {
      const inputs = [0, 1, 2, 3, 4].map(() => `sha256:${hex(++serial, 64)}`);
      const team = await withDigest<TeamFile>({ ...merged.summary, inputs });
      writeFileSync(join(weekDir, `equipe-${hex(t, 4)}.json`), JSON.stringify(team));
    }
  }
  return dirs;
}

/** In the child: runs each command line in turn (the CLI's code), prints total ms and peak RSS. */
async function child(commands: string[][]) {
  let lines = 0;
  const io = { out: () => lines++, err: (line: string) => process.stderr.write(`${line}\n`), now: Date.now() };
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const argv of commands) {
    const code = await run(argv, io);
    if (code !== 0) throw new Error(`code ${code} : ${argv.join(' ')}`);
  }
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  process.stdout.write(JSON.stringify({ ms, cpuMs, maxRssMb: process.resourceUsage().maxRSS / 1024, lines }));
}

interface ChildFigures {
  /** Wall time of the commands (module loading excluded). */
  ms: number;
  /** CPU time of the process meanwhile (user + system): the wall time on a machine that is not shared. */
  cpuMs: number;
  maxRssMb: number;
}

function inChild(commands: string[][]): ChildFigures {
  const output = execFileSync('npx', ['tsx', 'tests/bench/evidence.ts'], {
    env: { ...process.env, [CHILD]: JSON.stringify(commands) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output);
}

export async function evidenceAtScale(): Promise<EvidenceBench> {
  const dir = mkdtempSync(join(tmpdir(), 'contretemps-bench-'));
  try {
    mkdirSync(join(dir, 'releves'));
    const cellsPerFile = await individualFiles(join(dir, 'releves'));
    const merge = inChild([['merge', join(dir, 'releves'), '--out', join(dir, 'equipe.json')]]);
    mkdirSync(join(dir, 'equipes'));
    const weekDirs = await teamSummaries(join(dir, 'equipes'));
    const summarise = inChild(weekDirs.map((d, i) => ['summarise', d, '--out', join(dir, `branche-${i}.json`)]));
    return {
      merge: { files: 1_000, cellsPerFile, ...merge },
      summarise: { files: weekDirs.length * 1_000, teams: 1_000, weeks: weekDirs.length, ...summarise },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const commands = process.env[CHILD];
if (commands) await child(JSON.parse(commands));
