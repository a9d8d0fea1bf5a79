import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../lib/core/error-codes';
import { createTranslator, pluralKey } from '../../../lib/i18n/translator';
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

  it('words every error code in every locale, as a whole sentence, the only place errors are worded', () => {
    const locales: Record<string, Record<string, { message: string }>> = { fr, en };
    for (const [lang, messages] of Object.entries(locales)) {
      for (const code of ERROR_CODES) {
        const sentence = messages[`error_${code}`]?.message;
        expect(sentence, `${lang}: error_${code}`).toMatch(/^[A-Z].{20,}[.]$/);
      }
    }
    // No second copy of an error sentence in the code: the views and the
    // background send codes, the locales hold the words.
    const firstWords = Object.keys(fr)
      .filter((k) => k.startsWith('error_'))
      .map((k) => (fr as Record<string, { message: string }>)[k]?.message.slice(0, 25) as string);
    for (const file of [...sources('lib'), ...sources('components'), ...sources('entrypoints')]) {
      const text = readFileSync(file, 'utf8');
      for (const words of firstWords) expect(text.includes(words), `${file} repeats « ${words}… »`).toBe(false);
    }
  });

  it('substitutes placeholders and picks the French singular for 0 and 1', () => {
    const t = createTranslator(fr);
    expect(t(pluralKey('fr', 0, 'proceduresOne', 'proceduresMany'), 0)).toBe('0 démarche');
    expect(t(pluralKey('fr', 2, 'proceduresOne', 'proceduresMany'), 2)).toBe('2 démarches');
    expect(createTranslator(en)(pluralKey('en', 0, 'proceduresOne', 'proceduresMany'), 0)).toBe('0 procedures');
  });
});
