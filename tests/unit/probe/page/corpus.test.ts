// @vitest-environment happy-dom
// The probe against a corpus of French fixture pages in the styles of CAF,
// Ameli, France Travail, impots.gouv and a DSFR state site, plus pages that
// must raise nothing. Precision and recall are printed with the results.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyClick, scanPage } from '../../../../lib/probe/page/scan';
import corpus from '../../../fixtures/sites/corpus.json';

const DIR = join(import.meta.dirname, '../../../fixtures/sites');

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

describe('page probe, typed text', () => {
  // Each element marked data-typed holds, or is, text the counsellor may have
  // typed: a form control, a contenteditable region, a text box, or a block
  // around one. Its text, and that of everything inside it, is trapped.
  const PAGE = `<main><h1>Mot de passe oublié</h1><form>
    <label for="m">Votre message</label>
    <div class="champ erreur" data-typed><textarea id="m">Mot de passe incorrect, compte bloqué</textarea></div>
    <div role="alert" contenteditable data-typed>Identifiant ou mot de passe incorrect</div>
    <div class="alert" data-typed><div contenteditable="true"><h2>Compte bloqué</h2><p>Code reçu par SMS</p></div></div>
    <div role="textbox" class="error" data-typed><p>Je ne suis pas un robot</p></div>
    <label data-typed>Question <select><option>Trop de tentatives : compte bloqué</option></select></label>
    <button type="button" data-typed><span role="textbox">Mot de passe oublié</span></button>
    <a href="#" contenteditable data-typed>Créer un compte</a>
    <input type="password" /></form>
    <div class="well info" style="color: red" data-typed><textarea>Votre session a expiré</textarea></div>
    <p class="jumbotron" data-typed><span contenteditable>Le SMS n'a pas pu être envoyé</span></p>
    <section><input id="hors-formulaire" /><div class="message-erreur" data-typed><textarea>Code envoyé par courrier</textarea></div></section></main>`;

  it('never reads the text of a field, of an editable region, or of anything in or around one', () => {
    const doc = new DOMParser().parseFromString(PAGE, 'text/html');
    const reads: string[] = [];
    const trapped = doc.querySelectorAll('[data-typed], [data-typed] *');
    for (const el of trapped) {
      for (const name of ['textContent', 'innerText', 'outerHTML', 'innerHTML']) {
        Object.defineProperty(el, name, {
          get() {
            reads.push(`${el.tagName}.${name}`);
            return 'canary';
          },
        });
      }
    }
    expect(trapped.length).toBeGreaterThan(10);
    // The page's own heading is still read.
    expect(scanPage(doc).sort()).toEqual(['login_form', 'reset_page']);
    for (const el of doc.querySelectorAll('*')) classifyClick(el);
    expect(reads).toEqual([]);
  });
});
