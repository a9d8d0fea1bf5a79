// @vitest-environment happy-dom
// The probe's corpus as the counsellor sees it: for each page, the friction
// kinds read from it (page signals and those the background derives from its
// address) and those of its clicks. Precision and recall over kinds are printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../../../lib/catalogue';
import { frictionKinds } from '../../../../lib/probe/classify';
import { deriveSignals } from '../../../../lib/probe/derive';
import { classifyClick, scanPage } from '../../../../lib/probe/page/scan';
import { signalsInScope } from '../../../../lib/probe/scope';
import kinds from '../../../fixtures/sites/kinds.json';

const DIR = join(import.meta.dirname, '../../../fixtures/sites');

interface Page {
  file: string;
  url: string;
  read: string[];
  clicks: Array<{ selector: string; expected: string | null }>;
  inserted?: { into: string; html: string };
}

function organisationOf(url: string): string | null {
  const host = new URL(url).hostname;
  return catalogue.organisations.find((o) => o.domains.includes(host))?.id ?? null;
}

const tally = { tp: 0, fp: 0, fn: 0 };
function count(expected: string[], found: string[]) {
  for (const k of found) expected.includes(k) ? tally.tp++ : tally.fp++;
  for (const k of expected) if (!found.includes(k)) tally.fn++;
}

describe('friction kinds read on the corpus pages', () => {
  for (const page of kinds as Page[]) {
    it(`${page.read.length ? page.read.join(', ') : 'nothing'} on ${page.file}${page.inserted ? ' (inserted)' : ''}`, () => {
      // Served under its address: the probe reads the host name of FranceConnect's own pages.
      const win = new Window({ url: page.url });
      const doc = win.document as unknown as Document;
      doc.write(readFileSync(join(DIR, page.file), 'utf8'));
      if (page.inserted) doc.querySelector(page.inserted.into)?.insertAdjacentHTML('beforeend', page.inserted.html);
      const organisation = organisationOf(page.url);
      const found = [...scanPage(doc), ...(organisation ? deriveSignals(organisation, page.url) : [])];
      // As the background does (lib/probe/scope).
      const signals = organisation ? signalsInScope(organisation, found, false) : found;
      const read = frictionKinds(signals, null).sort();
      count(page.read, read);
      expect(read).toEqual(page.read);
      const channel = signals.filter((s) => s === 'code_sms' || s === 'code_email' || s === 'code_by_post');
      for (const click of page.clicks) {
        const target = doc.querySelector(click.selector);
        if (!target) throw new Error(`${click.selector} absent de ${page.file}`);
        const signal = classifyClick(target);
        const kind = signal ? (frictionKinds([signal, ...channel], null)[0] ?? null) : null;
        count(click.expected ? [click.expected] : [], kind ? [kind] : []);
        expect(kind, click.selector).toBe(click.expected);
      }
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
