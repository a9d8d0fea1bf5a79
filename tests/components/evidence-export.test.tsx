// @vitest-environment happy-dom
// The counsellor's export panel: the file of the whole weeks shown, built by
// the real builders, described in plain French before anything is saved, then
// saved as JSON and CSV from a Blob. The week in progress is never exported,
// and demonstration records never travel with real ones.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ExportPanel from '../../components/evidence/ExportPanel';
import { I18nContext } from '../../components/i18n';
import { readEvidence } from '../../lib/evidence/read';
import { createTranslator } from '../../lib/i18n/translator';
import type { Entry } from '../../lib/model/records';
import type { StatsInput } from '../../lib/stats/summary';
import { type Week, weekFromId } from '../../lib/stats/week';
import fr from '../../public/_locales/fr/messages.json';
import { entryAt, frictionAt } from '../helpers/records';

const MIN = 60_000;
const TZ = 'Europe/Paris';
/** Wednesday 25 November 2026, 15:00 in Paris: week 48 is in progress, week 47 (16–22 November) is over. */
const NOW = new Date('2026-11-25T15:00:00+01:00').getTime();
const now = () => NOW;
const at = (day: string, time: string) => new Date(`${day}T${time}:00+01:00`).getTime();
const week = (id: string) => weekFromId(id, TZ) as Week;

/** Blobs handed to links, by object URL. */
let blobs: Map<string, Blob>;
beforeEach(() => {
  blobs = new Map();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${n++}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function inFrench(children: ComponentChildren) {
  return render(
    <I18nContext.Provider value={{ t: createTranslator(fr), lang: 'fr' }}>{children}</I18nContext.Provider>,
  );
}

const entry = (id: string, start: number, minutes: number, details: Partial<Entry> = {}): Entry => ({
  ...entryAt(start, minutes * MIN, id),
  ...details,
});

/** Week 47: CAF 62 min and Ameli 29 min (rounded to 60 and 30), one forgotten password; week 48: 40 min. */
const real: StatsInput = {
  entries: [
    entry('entry-caf-0001', at('2026-11-17', '10:00'), 62, { modeId: 'faire_ensemble' }),
    entry('entry-ameli-001', at('2026-11-19', '14:00'), 29, { organisationId: 'ameli' }),
    entry('entry-now-0001', at('2026-11-24', '09:00'), 40),
  ],
  frictions: [frictionAt(1, at('2026-11-17', '10:05'), 'entry-caf-0001')],
  siteTime: [{ day: '2026-11-17', organisationId: 'caf', ms: 70 * MIN }],
};
const demo: StatsInput = {
  entries: [entry('demo-entry-0001', at('2026-11-18', '11:00'), 300)],
  frictions: [{ ...frictionAt(9, at('2026-11-18', '11:10'), 'demo-entry-0001'), id: 'demo-friction-1' }],
  siteTime: [],
};

async function link(name: string): Promise<{ download: string; text: string }> {
  const a = (await screen.findByRole('link', { name })) as HTMLAnchorElement;
  const blob = blobs.get(a.getAttribute('href') ?? '');
  if (!blob) throw new Error(`no Blob behind « ${name} »`);
  return { download: a.getAttribute('download') ?? '', text: await blob.text() };
}

describe('the export panel', () => {
  it('shows what the file of a finished week holds, its digest, and saves the same file as JSON and CSV', async () => {
    inFrench(<ExportPanel input={real} weeks={[week('2026-W47')]} timeZone={TZ} now={now} />);
    const preview = await screen.findByRole('list', { name: 'Ce que contient le fichier, avant de l’enregistrer' });
    expect(preview.textContent).toContain('1 semaine entière, du lundi au dimanche');
    expect(preview.textContent).toContain(
      '22 novembre 2026) : 2 démarches commencées, 1 h 30 min de démarches ; 1 difficulté de connexion',
    );
    expect(preview.textContent).toContain('Il ne contient pas : votre nom');

    const json = await link('Enregistrer le fichier (JSON)');
    expect(json.download).toBe('contretemps-2026-W47.json');
    const read = await readEvidence(json.text, { now: NOW });
    if (!read.ok || read.kind !== 'individual') throw new Error(JSON.stringify(read));
    expect(read.file.weeks).toEqual(['2026-W47']);
    expect(read.file.demonstration).toBe(false);
    // The digest shown is the saved file's.
    expect(screen.getByText(read.file.digest, { selector: 'code' })).toBeTruthy();

    const csv = await link('Enregistrer en CSV (tableur)');
    expect(csv.download).toBe('contretemps-2026-W47.csv');
    expect(csv.text.startsWith('\ufeffTableau;Semaine;Organisme;')).toBe(true);
    expect(csv.text).toContain('Démarches;2026-W47;caf;');
  });

  it('refuses the week in progress alone, and says why and what to do', async () => {
    inFrench(<ExportPanel input={real} weeks={[week('2026-W48')]} timeZone={TZ} now={now} />);
    expect(await screen.findByText(/La semaine en cours \(2026-W48\) n’est pas terminée : aucun fichier/)).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('leaves the week in progress out of a longer period, and says so', async () => {
    inFrench(<ExportPanel input={real} weeks={[week('2026-W47'), week('2026-W48')]} timeZone={TZ} now={now} />);
    expect(
      await screen.findByText(/La semaine en cours \(2026-W48\) n’est pas terminée : elle n’est pas dans le fichier/),
    );
    const read = await readEvidence((await link('Enregistrer le fichier (JSON)')).text, { now: NOW });
    expect(read.ok && read.file.weeks).toEqual(['2026-W47']);
  });

  it('exports only the real records of a period that also holds demo ones, without site time, and says so', async () => {
    const mixed: StatsInput = {
      entries: [...real.entries, ...demo.entries],
      frictions: [...real.frictions, ...demo.frictions],
      siteTime: real.siteTime,
    };
    inFrench(<ExportPanel input={mixed} weeks={[week('2026-W47')]} timeZone={TZ} now={now} />);
    expect(await screen.findByText(/elles sont laissées de côté, le fichier ne contient que vos données réelles/));
    expect(screen.getByText(/Le temps mesuré sur les sites n’est pas dans ce fichier/)).toBeTruthy();
    const read = await readEvidence((await link('Enregistrer le fichier (JSON)')).text, { now: NOW });
    if (!read.ok || read.kind !== 'individual') throw new Error('not read');
    expect(read.file.demonstration).toBe(false);
    expect(read.file.cells.reduce((n, c) => n + c.minutes, 0)).toBe(90);
    expect(read.file.frictions.reduce((n, f) => n + f.count, 0)).toBe(1);
    expect(read.file.siteTime).toEqual([]);
  });

  it('marks a file of demo records only as a demonstration, in the file, its name and the preview', async () => {
    inFrench(<ExportPanel input={demo} weeks={[week('2026-W47')]} timeZone={TZ} now={now} />);
    expect(await screen.findByText(/ne contient que des données de démonstration : le fichier est marqué/));
    const json = await link('Enregistrer le fichier (JSON)');
    expect(json.download).toBe('contretemps-demonstration-2026-W47.json');
    expect((await link('Enregistrer en CSV (tableur)')).download).toBe('contretemps-demonstration-2026-W47.csv');
    const read = await readEvidence(json.text, { now: NOW });
    expect(read.ok && read.file.demonstration).toBe(true);
    expect(screen.getByRole('list').textContent).toContain('fait à partir des données de démonstration');
  });

  it('says in French why no file was made when the builder refuses the weeks', async () => {
    const notWhole = { ...week('2026-W47'), from: week('2026-W47').from + 3_600_000 };
    inFrench(<ExportPanel input={real} weeks={[notWhole]} timeZone={TZ} now={now} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(fr.error_export_weeks_invalid.message));
    expect(screen.queryByRole('link')).toBeNull();
  });
});
