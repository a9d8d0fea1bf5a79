// No user-visible word written into a view: every text of every page comes
// from public/_locales (French and English). The views are parsed with the
// TypeScript compiler; JSX text with a letter in it, and the attributes a user
// sees or hears (aria-label, title, placeholder, alt, aria-description), must
// not be string literals.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

function views(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? views(path) : name.endsWith('.tsx') ? [path] : [];
  });
}

const SEEN_ATTRIBUTES = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'aria-description',
  'aria-roledescription',
]);
/** A letter of any script: digits, symbols and punctuation alone (« · », « → », « : ») are no words. */
const WORD = /\p{L}/u;

function hardCoded(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORD.test(node.text)) found.push(`${at(node)} « ${node.text.trim()} »`);
    if (
      ts.isJsxAttribute(node) &&
      SEEN_ATTRIBUTES.has(node.name.getText(source)) &&
      node.initializer !== undefined &&
      ts.isStringLiteral(node.initializer) &&
      WORD.test(node.initializer.text)
    )
      found.push(`${at(node)} ${node.name.getText(source)}="${node.initializer.text}"`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('views', () => {
  it('write no word themselves: every visible text comes from the locales', () => {
    const files = [...views('components'), ...views('entrypoints')];
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap(hardCoded)).toEqual([]);
  });

  it('would see a word written into a view', () => {
    const probe = join('.test-results', 'hard-coded-probe.tsx');
    // The check itself, on a view that breaks the rule twice.
    mkdirSync('.test-results', { recursive: true });
    writeFileSync(probe, 'export const V = () => <p title="Fermer">Bonjour {1}</p>;\n');
    try {
      expect(hardCoded(probe)).toHaveLength(2);
    } finally {
      rmSync(probe);
    }
  });
});
