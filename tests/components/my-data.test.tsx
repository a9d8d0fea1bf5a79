// @vitest-environment happy-dom
// The options page's sections about the counsellor's own data: « Tout effacer »
// only after the typed word, erasing site time once it is off (count first,
// then confirmation), the backup reminder, the retention period's bounds.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiContext, sendOver } from '../../components/api';
import { Backup } from '../../components/Backup';
import { EraseAll } from '../../components/EraseAll';
import { I18nContext } from '../../components/i18n';
import { Retention } from '../../components/Retention';
import { SiteTimeErase } from '../../components/SiteTimeErase';
import { watchSiteTimeDays } from '../../lib/backup/live';
import { createTranslator } from '../../lib/i18n/translator';
import type { Request } from '../../lib/messages/schema';
import { defaultSettings } from '../../lib/settings/schema';
import { readSettings } from '../../lib/settings/store';
import fr from '../../public/_locales/fr/messages.json';
import { backgroundRoute } from '../helpers/background';
import { fillDb } from '../helpers/backup-data';
import { fakeClock, freshDb } from '../helpers/db';

afterEach(cleanup);

function renderWith(children: (db: ReturnType<typeof freshDb>) => ComponentChildren) {
  const db = freshDb();
  const route = backgroundRoute(db, fakeClock());
  render(
    <I18nContext.Provider value={{ t: createTranslator(fr), lang: 'fr' }}>
      <ApiContext.Provider value={sendOver((request: Request) => route(request, {}))}>
        {children(db)}
      </ApiContext.Provider>
    </I18nContext.Provider>,
  );
  return db;
}

describe('Tout effacer', () => {
  it('erases only once the word is typed, then everything is gone', async () => {
    const db = renderWith(() => <EraseAll />);
    await fillDb(db);
    fireEvent.click(screen.getByRole('button', { name: 'Tout effacer…' }));
    const confirm = screen.getByRole('button', { name: 'Effacer définitivement' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('Pour confirmer, tapez EFFACER'), { target: { value: 'effac' } });
    expect(confirm.disabled).toBe(true);
    expect(await db.entries.count()).toBeGreaterThan(0);
    fireEvent.input(screen.getByLabelText('Pour confirmer, tapez EFFACER'), { target: { value: 'effacer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Effacer définitivement' }));
    await screen.findByText('Tout a été effacé : Contretemps repart de zéro.');
    expect(await db.entries.count()).toBe(0);
    expect(await readSettings(db)).toEqual(defaultSettings);
  });
});

describe('site time turned off', () => {
  it('says how many days are kept, and erases them after a confirmation', async () => {
    const db = renderWith((d) => <SiteTimeErase on={false} watchDays={(cb) => watchSiteTimeDays(d, cb)} />);
    await db.siteTime.bulkAdd([
      { day: '2026-11-23', organisationId: 'caf', ms: 60_000 },
      { day: '2026-11-23', organisationId: 'ants', ms: 60_000 },
      { day: '2026-11-24', organisationId: 'caf', ms: 60_000 },
    ]);
    await screen.findByText(/2 jours déjà enregistrés sont conservés/);
    fireEvent.click(screen.getByRole('button', { name: 'Effacer ce temps enregistré…' }));
    expect(await db.siteTime.count()).toBe(3);
    fireEvent.click(screen.getByRole('button', { name: 'Effacer les 2 jours de temps sur les sites' }));
    await waitFor(async () => expect(await db.siteTime.count()).toBe(0));
    await waitFor(() => expect(screen.queryByText(/déjà enregistrés/)).toBeNull());
  });

  it('offers nothing while site time is on', async () => {
    const db = renderWith((d) => <SiteTimeErase on={true} watchDays={(cb) => watchSiteTimeDays(d, cb)} />);
    await db.siteTime.add({ day: '2026-11-23', organisationId: 'caf', ms: 60_000 });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText(/déjà enregistrés/)).toBeNull();
  });
});

describe('the backup reminder', () => {
  const WEEK = 7 * 86_400_000;
  const now = () => Date.UTC(2026, 10, 28);
  it('shows only when asked for and the last backup is older than four weeks', () => {
    const due =
      'Votre dernière sauvegarde date de plus de 4 semaines, ou n’a jamais été faite : pensez à en enregistrer une.';
    renderWith(() => <Backup settings={{ ...defaultSettings, lastBackupAt: now() - 5 * WEEK }} now={now} />);
    expect(screen.queryByText(due)).toBeNull();
    cleanup();
    renderWith(() => (
      <Backup settings={{ ...defaultSettings, backupReminder: true, lastBackupAt: now() - 3 * WEEK }} now={now} />
    ));
    expect(screen.queryByText(due)).toBeNull();
    cleanup();
    renderWith(() => (
      <Backup settings={{ ...defaultSettings, backupReminder: true, lastBackupAt: now() - 5 * WEEK }} now={now} />
    ));
    expect(screen.getByText(due)).toBeTruthy();
  });
});

describe('the retention period', () => {
  it('refuses a number of months outside 1 to 60, then saves a good one', async () => {
    const db = renderWith(() => <Retention settings={defaultSettings} />);
    const field = screen.getByLabelText('Conserver pendant (mois, de 1 à 60)');
    for (const bad of ['0', '61', '1.5']) {
      fireEvent.input(field, { target: { value: bad } });
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
      expect((await screen.findByRole('alert')).textContent).toBe('Saisissez un nombre entier de mois entre 1 et 60.');
    }
    fireEvent.input(field, { target: { value: '36' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(async () => expect((await readSettings(db)).retentionMonths).toBe(36));
  });
});
