import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeIndividual as describeIn, frenchDuration, weekWords } from '../../../lib/evidence/describe';
import type { IndividualFile } from '../../../lib/evidence/schema';
import { createTranslator } from '../../../lib/i18n/translator';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';

const french = createTranslator(fr);
const english = createTranslator(en);
/** The preview in the French interface (the sentences live in public/_locales). */
const describeIndividual = (f: IndividualFile) => describeIn(f, french, 'fr');

const fixture = JSON.parse(readFileSync('tests/fixtures/evidence/individuel-v1.json', 'utf8')) as IndividualFile;
const W = '2026-W47';
const file: IndividualFile = {
  ...fixture,
  demonstration: false,
  weeks: [W],
  cells: [
    { week: W, organisation: 'caf', procedure: 'none', mode: 'none', outcome: 'none', count: 2, minutes: 35 },
    { week: W, organisation: 'ants', procedure: 'none', mode: 'none', outcome: 'none', count: 1, minutes: 60 },
  ],
  reasons: [],
  frictions: [{ week: W, organisation: 'caf', kind: 'mdp_oublie', count: 3, loginMinutes: 20 }],
  siteTime: [
    { week: W, organisation: 'caf', minutes: 70 },
    { week: W, organisation: 'imilo', minutes: 40 },
  ],
};

describe('the preview of an individual file', () => {
  it('gives the totals of each week from the file’s own figures', () => {
    expect(describeIndividual(file)[2]).toBe(
      '– 2026-W47 (du 16 novembre 2026 au 22 novembre 2026) : 3 démarches commencées, 1 h 35 min de démarches ; ' +
        '3 difficultés de connexion (20 min sur les pages de connexion) ; ' +
        'temps mesuré sur les sites : 1 h 10 min, i-milo : 40 min.',
    );
  });

  it('says what the file contains and what it does not, its salt, digest and purpose', () => {
    const text = describeIndividual(file).join('\n');
    expect(text).toContain('2 lignes de démarches');
    expect(text).toContain('Il ne contient pas : votre nom');
    expect(text).toContain('rien sur les jeunes accompagnés');
    expect(text).toContain(file.digest);
    expect(text).toContain(file.salt);
    expect(text).toContain(file.purpose);
    expect(text).not.toContain('démonstration');
    expect(describeIndividual(fixture)[0]).toContain('données de démonstration');
  });

  it('writes durations and weeks in French', () => {
    expect(frenchDuration(0)).toBe('0 min');
    expect(frenchDuration(120)).toBe('2 h');
    expect(frenchDuration(335)).toBe('5 h 35 min');
    expect(weekWords('2026-W53', french, 'fr')).toBe('2026-W53 (du 28 décembre 2026 au 3 janvier 2027)');
  });

  it('is in English in the English interface, with the same figures', () => {
    const lines = describeIn(file, english, 'en');
    expect(lines[0]).toBe('Contretemps individual record (format contretemps-individuel, version 1).');
    expect(lines[1]).toBe('1 whole week, Monday to Sunday:');
    expect(lines[2]).toBe(
      '– 2026-W47 (16 November 2026 to 22 November 2026): 3 procedures started, 1 h 35 min of procedures; ' +
        '3 login difficulties (20 min on login pages); time measured on the sites: 1 h 10 min, i-milo: 40 min.',
    );
    // Every sentence in English; only the purpose quoted from the file stays in French.
    const text = lines.slice(0, -1).join('\n');
    expect(text).toContain('It contains: 2 lines of procedures');
    expect(text).toContain('nothing about the young people supported');
    expect(text).not.toMatch(/démarche|semaine|Il contient/);
    expect(lines[lines.length - 1]).toBe(`Its purpose, written in the file (in French): “${file.purpose}”`);
  });
});
