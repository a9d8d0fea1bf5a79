// The command line's three commands over lib/evidence: the same reading,
// checks and merge code as the dashboard. Files are taken one at a time —
// read, checked, folded into the merge, forgotten — so a branch's year of
// files never sits in memory. A refused file is reported (one French line per
// problem: `path : sentence`) and nothing of it is merged; the others go on.

import { createHash } from 'node:crypto';
import { createBranchMerger } from '../evidence/branch';
import { type Sha256Hex, setSha256 } from '../evidence/digest';
import { type ReadResult, readEvidence } from '../evidence/read';
import { type BranchFile, defaultRules, type TeamFile } from '../evidence/schema';
import { createTeamMerger, type MergeResult, type PreviousSummary } from '../evidence/team';
import { summaryCsv } from '../evidence/team-csv';
import { type Command, parseArgs, USAGE } from './args';
import { describeValid, KIND_NAMES } from './describe';
import { expand, readText, writeAll } from './files';
import { type CliProblem, loadSentences } from './sentences';

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Now, in ms: files of weeks not yet begun are refused. */
  now: number;
}

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

type Kind = Extract<ReadResult, { ok: true }>['kind'];

/** The same digest as the dashboard's WebCrypto, without a thread-pool round trip per file. */
export const nodeSha256: Sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Runs one command line; the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`${parsed.reason}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { command } = parsed;
  setSha256(nodeSha256);
  if (command.name === 'help') {
    io.out(USAGE);
    return EXIT.ok;
  }
  return new Session(io).run(command);
}

class Session {
  private readonly phrase = loadSentences();
  private failed = false;
  /** Bad usage found only once files are listed (exit 2). */
  private usage = false;

  constructor(private readonly io: Io) {}

  report(path: string, problems: CliProblem[]) {
    for (const p of problems) this.io.err(`${path} : ${this.phrase(p)}`);
    if (problems.length > 0) this.failed = true;
  }

  /** The file read and checked, of the expected kind; null (problems reported) otherwise. */
  async read<K extends Kind>(path: string, kinds: K[]): Promise<Extract<ReadResult, { kind: K }> | null> {
    const text = readText(path);
    const read: ReadResult = text.ok
      ? await readEvidence(text.text, { now: this.io.now })
      : { ok: false, problems: [text.problem] };
    if (!read.ok) {
      this.report(path, read.problems);
      return null;
    }
    if (!kinds.includes(read.kind as K)) {
      const wanted = kinds.map((k) => KIND_NAMES[k]).join(' ou ');
      this.report(path, [{ code: 'kind_unexpected', values: [KIND_NAMES[read.kind], wanted] }]);
      return null;
    }
    return read as Extract<ReadResult, { kind: K }>;
  }

  async run(command: Exclude<Command, { name: 'help' }>): Promise<number> {
    if (command.name === 'verify') await this.verify(command.files, command.in);
    else if (command.name === 'merge') await this.merge(command);
    else await this.summarise(command);
    if (this.usage) return EXIT.usage;
    return this.failed ? EXIT.invalid : EXIT.ok;
  }

  async verify(files: string[], summaryPath?: string) {
    let inputs: Set<string> | null = null;
    if (summaryPath !== undefined) {
      const summary = await this.read(summaryPath, ['team', 'branch']);
      if (!summary) return;
      inputs = new Set(summary.file.inputs);
    }
    for await (const path of expand(files)) {
      const read = await this.read(path, ['individual', 'team', 'branch']);
      if (!read) continue;
      if (!inputs) for (const line of describeValid(path, read)) this.io.out(line);
      else if (inputs.has(read.file.digest))
        this.io.out(
          `${path} : son empreinte ${read.file.digest} figure parmi les ${inputs.size} fichiers de ${summaryPath}.`,
        );
      else this.report(path, [{ code: 'not_in_inputs', values: [summaryPath as string] }]);
    }
  }

  async merge(command: Extract<Command, { name: 'merge' }>) {
    // Earlier summaries first: when one cannot be read the guard cannot be applied, so nothing is merged.
    const previous: PreviousSummary[] = [];
    let named = 0;
    for await (const path of expand(command.previous)) {
      named += 1;
      const read = await this.read(path, ['team']);
      if (read) previous.push({ weeks: read.file.weeks, inputs: read.file.inputs });
    }
    if (this.failed) return;
    // --previous given but naming nothing: a guard silently off would be worse than no option at all.
    if (command.previous.length > 0 && named === 0) {
      this.io.err(this.phrase({ code: 'previous_empty' }));
      this.usage = true;
      return;
    }
    const rules = command.min === undefined ? defaultRules : { ...defaultRules, minContributors: command.min };
    const merger = createTeamMerger(rules);
    for await (const path of expand(command.files)) {
      const read = await this.read(path, ['individual']);
      if (read) this.report(path, merger.add(read.file));
    }
    // The merger compares those of overlapping weeks and ignores the others.
    await this.write(await merger.finish({ previous }), command, 'une synthèse d’équipe');
  }

  async summarise(command: Extract<Command, { name: 'summarise' }>) {
    const merger = createBranchMerger(defaultRules);
    for await (const path of expand(command.files)) {
      const read = await this.read(path, ['team']);
      if (read) this.report(path, merger.add(read.file));
    }
    await this.write(await merger.finish(), command, 'une synthèse de branche');
  }

  /** Writes the summary (JSON, and CSV when asked), or says why there is none: then nothing is written. */
  async write(result: MergeResult<TeamFile | BranchFile>, command: { out: string; csv?: string }, what: string) {
    // Problems of single files were reported as they were added; the others refuse the whole summary.
    const whole = result.problems.filter((p) => p.file === undefined);
    this.report(command.out, whole);
    if (!result.ok) return;
    const outputs = [{ path: command.out, text: `${JSON.stringify(result.summary, null, 2)}\n` }];
    if (command.csv !== undefined) outputs.push({ path: command.csv, text: summaryCsv(result.summary) });
    if (!(await writeAll(outputs))) return this.report(command.out, [{ code: 'output_unwritable' }]);
    const { summary } = result;
    this.io.out(
      `${command.out} : ${what} écrite, ${summary.contributors} contributeurs, ${summary.inputs.length} fichiers en entrée, ` +
        `empreinte ${summary.digest}.`,
    );
    if (command.csv !== undefined) this.io.out(`${command.csv} : la même synthèse en CSV.`);
  }
}
