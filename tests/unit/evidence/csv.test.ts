import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvDocument, csvLines, INDIVIDUAL_CSV_HEADERS, individualCsv } from '../../../lib/evidence/csv';
import type { IndividualFile } from '../../../lib/evidence/schema';

const fixture = JSON.parse(readFileSync('tests/fixtures/evidence/individuel-v1.json', 'utf8')) as IndividualFile;
const W = '2026-W47';
const file: IndividualFile = {
  ...fixture,
  weeks: [W],
  cells: [
    {
      week: W,
      organisation: 'caf',
      procedure: 'prime_activite',
      mode: 'faire_ensemble',
      outcome: 'none',
      count: 2,
      minutes: 35,
    },
  ],
  reasons: [{ week: W, reason: 'illectronisme', count: 2, minutes: 35 }],
  frictions: [{ week: W, organisation: 'none', kind: 'mdp_oublie', count: 1, loginMinutes: 5 }],
  siteTime: [{ week: W, organisation: 'imilo', minutes: 40 }],
};

describe('the CSV of an individual file', () => {
  const text = individualCsv(file);
  const lines = text.slice(1).split('\r\n');

  it('starts with the UTF-8 byte order mark and ends every line with CRLF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('is one table with French headers, separated by `;`, a first column « Tableau »', () => {
    expect(lines[0]).toBe(INDIVIDUAL_CSV_HEADERS.join(';'));
    expect(lines[0]).toBe(
      'Tableau;Semaine;Organisme;Organisme (libellé);Démarche;Démarche (libellé);Mode;Mode (libellé);' +
        'Résultat;Résultat (libellé);Raison;Raison (libellé);Difficulté;Difficulté (libellé);' +
        'Nombre;Minutes;Minutes de connexion',
    );
    for (const line of lines.slice(0, -1)) expect(line.split(';')).toHaveLength(17);
    expect(lines.slice(1, -1).map((l) => l.split(';')[0])).toEqual([
      'Démarches',
      'Raisons',
      'Difficultés',
      'Temps sur les sites',
    ]);
  });

  it('writes each line with the ids, their French labels (accents kept) and the figures', () => {
    expect(lines[1]?.split(';')).toEqual([
      'Démarches',
      W,
      'caf',
      'CAF',
      'prime_activite',
      expect.stringContaining('activité'),
      'faire_ensemble',
      expect.any(String),
      'none',
      'Non précisé',
      '',
      '',
      '',
      '',
      '2',
      '35',
      '',
    ]);
    expect(lines[3]?.split(';').slice(-7)).toEqual(['', '', 'mdp_oublie', expect.any(String), '1', '', '5']);
    expect(lines[4]?.split(';').slice(2, 4)).toEqual(['imilo', 'i-milo']);
  });

  it('quotes as RFC 4180 says: fields with `;`, a quote or a line break, quotes doubled', () => {
    expect(csvLines([['a;b', 'dit "non"', 'deux\nlignes', 'simple', 'é']])).toBe(
      '"a;b";"dit ""non""";"deux\nlignes";simple;é\r\n',
    );
    expect(csvDocument([['x']])).toBe('\ufeffx\r\n');
    expect(csvLines([])).toBe('');
  });
});
