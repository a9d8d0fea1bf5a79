// Detection figures in friction kinds, per kind and overall: on the fixture
// corpus written with the detection code (tests/fixtures/sites/kinds.json),
// and on the held-out corpora, each written by a session that never saw that
// code nor the other corpora (tests/fixtures/heldout, heldout-2 …). Only the
// figures are printed, never which page failed: a corpus not yet measured is
// not for tuning.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CorpusPage, type DetectionFigures, measure, precision, recall, type Tally } from '../helpers/detection';

export const CORPORA = [
  { name: 'fixtures (written with the code)', dir: 'tests/fixtures/sites', file: 'kinds.json' },
  { name: 'held-out 1', dir: 'tests/fixtures/heldout', file: 'corpus.json' },
  { name: 'held-out 2', dir: 'tests/fixtures/heldout-2', file: 'corpus.json' },
  { name: 'held-out 3', dir: 'tests/fixtures/heldout-3', file: 'corpus.json' },
  { name: 'held-out 4', dir: 'tests/fixtures/heldout-4', file: 'corpus.json' },
  { name: 'held-out 5', dir: 'tests/fixtures/heldout-5', file: 'corpus.json' },
  { name: 'held-out 6', dir: 'tests/fixtures/heldout-6', file: 'corpus.json' },
  { name: 'held-out 7', dir: 'tests/fixtures/heldout-7', file: 'corpus.json' },
  { name: 'held-out 8', dir: 'tests/fixtures/heldout-8', file: 'corpus.json' },
  { name: 'held-out 9', dir: 'tests/fixtures/heldout-9', file: 'corpus.json' },
  { name: 'held-out 10', dir: 'tests/fixtures/heldout-10', file: 'corpus.json' },
  { name: 'held-out 11', dir: 'tests/fixtures/heldout-11', file: 'corpus.json' },
] as const;

export interface DetectionBench {
  corpora: { name: string; figures: DetectionFigures }[];
}

export function detectionFigures(): DetectionBench {
  const corpora = CORPORA.filter((c) => existsSync(join(c.dir, c.file))).map((c) => ({
    name: c.name,
    figures: measure(c.dir, JSON.parse(readFileSync(join(c.dir, c.file), 'utf8')) as CorpusPage[]),
  }));
  return { corpora };
}

const cell = (t: Tally | undefined) =>
  t === undefined ? '—' : `P ${precision(t).toFixed(2)} · R ${recall(t).toFixed(2)} (${t.tp}/${t.tp + t.fn})`;

/** One Markdown table: a line per kind, a column per corpus, then the overall line. */
export function detectionTable(bench: DetectionBench): string {
  const kinds = [...new Set(bench.corpora.flatMap((c) => [...c.figures.byKind.keys()]))].sort();
  const head = `| kind | ${bench.corpora.map((c) => `${c.name}, ${c.figures.pages} pages`).join(' | ')} |`;
  const rule = `|---|${bench.corpora.map(() => '---').join('|')}|`;
  const lines = kinds.map((k) => `| ${k} | ${bench.corpora.map((c) => cell(c.figures.byKind.get(k))).join(' | ')} |`);
  const overall = `| **overall** | ${bench.corpora.map((c) => `**${cell(c.figures.overall)}**`).join(' | ')} |`;
  return [head, rule, ...lines, overall].join('\n');
}
