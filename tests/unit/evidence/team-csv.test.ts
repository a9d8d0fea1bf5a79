import { describe, expect, it } from 'vitest';
import { defaultRules as rules } from '../../../lib/evidence/schema';
import { mergeTeam } from '../../../lib/evidence/team';
import { summaryCsv } from '../../../lib/evidence/team-csv';
import { individual } from './team-files';

describe('summary CSV', () => {
  it('is UTF-8 with BOM, ; and CRLF, French headers and labels, <5 as text, hidden lines « non ventilé »', async () => {
    const caf = { organisation: 'caf', procedure: 'prime_activite', count: 1 };
    const ameli = { organisation: 'ameli', procedure: 'mon_espace_sante', count: 1 };
    const files = await Promise.all(
      [
        [{ ...caf, minutes: 20 }],
        [{ ...caf, minutes: 25 }],
        [{ ...ameli, minutes: 90 }],
        [{ ...ameli, minutes: 5 }],
        [{ ...ameli, minutes: 5 }],
      ].map((extra, i) =>
        individual({
          // Five counsellors, five contents: counts 2, 3, 1, 4, 0 of the shared cell (10 in all).
          cells: [{ count: 2 + ([0, 1, -1, 2, -2][i] as number), minutes: 60 }, ...extra],
          // One counsellor alone measures site time: that total is secret.
          siteTime: i === 0 ? [{ week: '2026-W47', organisation: 'francetravail', minutes: 60 }] : [],
        }),
      ),
    );
    const result = await mergeTeam(files, rules);
    if (!result.ok) throw new Error('expected a summary');
    const csv = summaryCsv(result.summary);
    expect(csv.startsWith('\uFEFFtableau;clé;libellé;démarches;minutes\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n').filter((l) => l.startsWith('par organisme'))).toEqual([
      'par organisme;ameli;Ameli (Assurance Maladie);<5;non ventilé',
      'par organisme;caf;CAF;<5;non ventilé',
      'par organisme;francetravail;France Travail;10;300',
      'par organisme;autres;autres / non ventilé (2 lignes);5;150',
    ]);
    expect(csv).toContain('totaux;sites;Temps mesuré sur les sites;;secret\r\n');
    // A spreadsheet copy keeps the period, the contributors, the rules and the digest.
    const file = csv.split('\r\n').filter((l) => l.startsWith('fichier;'));
    expect(file).toEqual([
      `fichier;semaines;Semaines : ${result.summary.weeks.join(', ')};;`,
      'fichier;contributeurs;Fichiers individuels additionnés;5;',
      expect.stringMatching(/^fichier;regles;Règles : au moins 5 fichiers, 3 par case, aucun au-delà de 85 %/),
      `fichier;empreinte;${result.summary.digest};;`,
    ]);
  });
});
