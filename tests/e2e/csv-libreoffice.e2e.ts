// The individual CSV as a French spreadsheet reads it: Debian's LibreOffice
// (soffice, headless) imports it as `;`-separated UTF-8 and writes it back as
// a `,`-separated CSV; the columns must come back as separate cells, the
// first header without the byte order mark glued to it, and accented labels
// intact. LibreOffice runs with a profile of its own, so it never meets a
// desktop session's.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { frenchLabel, INDIVIDUAL_CSV_HEADERS, individualCsv } from '../../lib/evidence/csv';
import { buildIndividual } from '../../lib/evidence/individual';
import { type Week, weekFromId } from '../../lib/stats/week';
import { entryAt, frictionAt } from '../helpers/records';

const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const TZ = 'Europe/Paris';
const W47 = weekFromId('2026-W47', TZ) as Week;
const dir = mkdtempSync(join(tmpdir(), 'contretemps-calc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** RFC 4180 fields of one `,`-separated line (LibreOffice quotes a field that holds a comma or a quote). */
function fields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out;
}

describe('the individual CSV in LibreOffice Calc', () => {
  it('opens with its columns as cells and its accents intact', { timeout: 180_000 }, async () => {
    expect(
      existsSync(SOFFICE),
      `${SOFFICE} missing: apt-get install --no-install-recommends libreoffice-calc-nogui`,
    ).toBe(true);
    const entry = { ...entryAt(W47.from + 10 * 3_600_000, 35 * 60_000, 'entry-1'), modeId: 'faire_ensemble' };
    const file = await buildIndividual(
      { entries: [entry], frictions: [frictionAt(1, W47.from + 10 * 3_600_000 + 60_000, 'entry-1')], siteTime: [] },
      [W47],
      { salt: 'a'.repeat(32), demonstration: false, timeZone: TZ },
    );
    const source = join(dir, 'contretemps-2026-W47.csv');
    writeFileSync(source, individualCsv(file));
    const out = join(dir, 'out');
    const run = spawnSync(
      SOFFICE,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        // Import: `;` (59) separated, `"` (34) quoted, UTF-8 (76), from line 1.
        '--infilter=CSV:59,34,76,1',
        // Export: `,` (44) separated, `"` quoted, UTF-8.
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76',
        '--outdir',
        out,
        source,
      ],
      { encoding: 'utf8', timeout: 170_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const lines = readFileSync(join(out, 'contretemps-2026-W47.csv'), 'utf8').split(/\r?\n/).filter(Boolean);

    expect(fields(lines[0] as string)).toEqual(INDIVIDUAL_CSV_HEADERS);
    const procedure = fields(lines.find((l) => l.startsWith('Démarches,')) as string);
    expect(procedure.slice(0, 8)).toEqual([
      'Démarches',
      '2026-W47',
      'caf',
      frenchLabel('organisations', 'caf'),
      'none',
      'Non précisé',
      'faire_ensemble',
      'Fait ensemble',
    ]);
    expect(procedure.slice(14, 16)).toEqual(['1', '35']);
    const friction = fields(lines.find((l) => l.startsWith('Difficultés,')) as string);
    expect(friction[12]).toBe('mdp_oublie');
    expect(friction[13]).toBe('Mot de passe oublié');
  });
});
