// @vitest-environment happy-dom
// The probe's corpus as the counsellor sees it: for each page, the friction
// kinds read from it (page signals and those the background derives from its
// address) and those of its clicks. Precision and recall over kinds are printed.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import kinds from '../../../fixtures/sites/kinds.json';
import { type CorpusPage, detect } from '../../../helpers/detection';

const DIR = join(import.meta.dirname, '../../../fixtures/sites');

const tally = { tp: 0, fp: 0, fn: 0 };
function count(expected: string[], found: string[]) {
  for (const k of found) expected.includes(k) ? tally.tp++ : tally.fp++;
  for (const k of expected) if (!found.includes(k)) tally.fn++;
}

describe('friction kinds read on the corpus pages', () => {
  for (const page of kinds as CorpusPage[]) {
    it(`${page.read.length ? page.read.join(', ') : 'nothing'} on ${page.file}${page.inserted ? ' (inserted)' : ''}`, () => {
      // Served under its address and classified as the background does (tests/helpers/detection).
      const found = detect(DIR, page);
      count(page.read, found.read);
      expect(found.read).toEqual(page.read);
      page.clicks.forEach((click, i) => {
        const kind = found.clicks[i] ?? null;
        count(click.expected ? [click.expected] : [], kind ? [kind] : []);
        expect(kind, click.selector).toBe(click.expected);
      });
    });
  }

  afterAll(() => {
    const precision = tally.tp / (tally.tp + tally.fp);
    const recall = tally.tp / (tally.tp + tally.fn);
    console.info(
      `probe kinds: ${kinds.length} pages, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (TP ${tally.tp}, FP ${tally.fp}, FN ${tally.fn})`,
    );
  });
});
