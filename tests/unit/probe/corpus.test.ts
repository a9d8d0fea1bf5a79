// @vitest-environment happy-dom
// The probe against a corpus of French fixture pages in the styles of CAF,
// Ameli, France Travail, impots.gouv and a DSFR state site, plus pages that
// must raise nothing. Precision and recall are printed with the results.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyClick, scanPage } from '../../../lib/probe/scan';
import corpus from '../../fixtures/sites/corpus.json';

const DIR = join(import.meta.dirname, '../../fixtures/sites');

function load(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(DIR, file), 'utf8'), 'text/html');
}

const tally = { tp: 0, fp: 0, fn: 0 };
function count(expected: string[], found: string[]) {
  for (const s of found) expected.includes(s) ? tally.tp++ : tally.fp++;
  for (const s of expected) if (!found.includes(s)) tally.fn++;
}

describe('page probe on the fixture corpus', () => {
  for (const page of corpus) {
    const kind = page.expected.length === 0 ? 'raises nothing on' : `finds ${page.expected.join(', ')} on`;
    it(`${kind} ${page.file}`, () => {
      const doc = load(page.file);
      const found = scanPage(doc).sort();
      count(page.expected, found);
      expect(found).toEqual(page.expected);
      for (const click of page.clicks) {
        const target = doc.querySelector(click.selector);
        if (!target) throw new Error(`${click.selector} absent de ${page.file}`);
        const signal = classifyClick(target);
        count([click.expected], signal ? [signal] : []);
        expect(signal, click.selector).toBe(click.expected);
      }
    });
  }

  it('ignores clicks on ordinary links and buttons', () => {
    for (const page of corpus) {
      const doc = load(page.file);
      const wanted = new Set(page.clicks.map((c) => c.selector));
      for (const el of doc.querySelectorAll('a,button')) {
        if ([...wanted].some((s) => el.matches(s))) continue;
        const signal = classifyClick(el);
        if (signal !== null) count([], [signal]);
        expect(signal, `${page.file}: ${el.outerHTML.slice(0, 80)}`).toBeNull();
      }
    }
  });

  afterAll(() => {
    const precision = tally.tp / (tally.tp + tally.fp);
    const recall = tally.tp / (tally.tp + tally.fn);
    console.info(
      `probe corpus: ${corpus.length} pages, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (TP ${tally.tp}, FP ${tally.fp}, FN ${tally.fn})`,
    );
  });
});

describe('page probe, privacy', () => {
  it('never reads what was typed into a field', () => {
    const doc = load('caf/login.html');
    const password = doc.querySelector('input[type=password]') as HTMLInputElement;
    let reads = 0;
    const proto = Object.getPrototypeOf(password);
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
    Object.defineProperty(password, 'value', {
      get() {
        reads++;
        return 'canary';
      },
      set(v: string) {
        descriptor?.set?.call(password, v);
      },
    });
    scanPage(doc);
    for (const el of doc.querySelectorAll('*')) classifyClick(el);
    expect(reads).toBe(0);
  });
});
