// Detection figures in friction kinds, per kind and overall: on the fixture
// corpus written with the detection code (tests/fixtures/sites/kinds.json),
// and on the held-out corpora, each written by a session that never saw that
// code nor the other corpora (tests/fixtures/heldout, heldout-2 …). Only the
// figures are printed, never which page failed: a corpus not yet measured is
// not for tuning.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CorpusPage, type DetectionFigures, measure, precision, recall, type Tally } from '../helpers/detection';

/** The fixture corpus, then every held-out corpus in the order written (`heldout`, `heldout-2` …). */
export const CORPORA = [
  { name: 'fixtures (written with the code)', dir: 'tests/fixtures/sites', file: 'kinds.json' },
  ...readdirSync('tests/fixtures')
    .flatMap((dir) => {
      const match = /^heldout(?:-(\d+))?$/.exec(dir);
      return match ? [{ n: Number(match[1] ?? 1), dir }] : [];
    })
    .sort((a, b) => a.n - b.n)
    .map(({ n, dir }) => ({ name: `held-out ${n}`, dir: `tests/fixtures/${dir}`, file: 'corpus.json' })),
];

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
