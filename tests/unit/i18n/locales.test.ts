import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator, pluralKey } from '../../../lib/i18n/translator';
import { errorMessages } from '../../../lib/messages/errors';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('locales', () => {
  it('French and English define the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('every key used by the views exists', () => {
    const used = new Set<string>();
    for (const file of [...sources('components'), ...sources('entrypoints')]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z_]+)'/g)) used.add(match[1] as string);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(fr, key).toHaveProperty(key);
  });

  it('translates every error code, and the French text matches the background’s', () => {
    for (const [code, sentence] of Object.entries(errorMessages)) {
      expect(fr).toHaveProperty(`error_${code}`);
      expect(en).toHaveProperty(`error_${code}`);
      expect(sentence).toMatch(/[.]$/);
    }
  });

  it('substitutes placeholders and picks the French singular for 0 and 1', () => {
    const t = createTranslator(fr);
    expect(t(pluralKey('fr', 0, 'proceduresOne', 'proceduresMany'), 0)).toBe('0 démarche');
    expect(t(pluralKey('fr', 2, 'proceduresOne', 'proceduresMany'), 2)).toBe('2 démarches');
    expect(createTranslator(en)(pluralKey('en', 0, 'proceduresOne', 'proceduresMany'), 0)).toBe('0 procedures');
  });
});
