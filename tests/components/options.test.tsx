// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiContext, sendOver } from '../../components/api';
import { parseDomain } from '../../components/CustomSites';
import { I18nContext } from '../../components/i18n';
import { OptionsApp } from '../../entrypoints/options/App';
import { createTranslator } from '../../lib/i18n/translator';
import { createHandlers } from '../../lib/messages/handlers';
import { createRouter } from '../../lib/messages/router';
import type { Request } from '../../lib/messages/schema';
import { watchSettings } from '../../lib/settings/live';
import { createSettingsService } from '../../lib/settings/service';
import { readSettings } from '../../lib/settings/store';
import { createTimerService } from '../../lib/timer/service';
import fr from '../../public/_locales/fr/messages.json';
import { fakeClock, freshDb, sequentialIds } from '../helpers/db';

afterEach(cleanup);

const DEDUPE_LABEL = fr.dedupeLabel.message;

function renderOptions(grant: boolean) {
  const db = freshDb();
  const clock = fakeClock();
  const newId = sequentialIds('rec');
  const granted = new Set<string>();
  const permissions = {
    request: vi.fn(async (origins: string[]) => {
      if (grant) for (const o of origins) granted.add(o);
      return grant;
    }),
    remove: vi.fn(async (origins: string[]) => {
      for (const o of origins) granted.delete(o);
      return true;
    }),
  };
  const onDomainsChange = vi.fn(async () => {});
  const route = createRouter({
    handlers: createHandlers({
      db,
      clock,
      newId,
      timer: createTimerService({ db, clock, newId }),
      activeOrganisation: async () => null,
      onTimerChange: async () => {},
      settings: createSettingsService({
        db,
        permitted: async (origins) => origins.every((o) => granted.has(o)),
        onDomainsChange,
      }),
    }),
    isTrusted: () => true,
    log: () => {},
  });
  render(
    <I18nContext.Provider value={{ t: createTranslator(fr), lang: 'fr' }}>
      <ApiContext.Provider value={sendOver((request: Request) => route(request, {}))}>
        <OptionsApp source={{ watch: (cb) => watchSettings(db, cb) }} permissions={permissions} />
      </ApiContext.Provider>
    </I18nContext.Provider>,
  );
  return { db, permissions, onDomainsChange, granted };
}

describe('site address parsing', () => {
  it('accepts what a counsellor types or pastes, and keeps the host only', () => {
    expect(parseDomain('rdv-prefecture.interieur.gouv.fr')).toBe('rdv-prefecture.interieur.gouv.fr');
    expect(parseDomain(' https://www.LaPoste.net/connexion?x=1 ')).toBe('www.laposte.net');
    expect(parseDomain('laposte.net.')).toBe('laposte.net');
  });

  it('refuses what is not a site name', () => {
    for (const bad of ['', 'localhost', 'http://', 'mot de passe', '192.168.1.1', 'file:///etc/passwd']) {
      expect(parseDomain(bad), bad).toBeNull();
    }
  });
});

describe('options page', () => {
  it('explains, asks the browser, then adds the site under an organisation', async () => {
    const { db, permissions, onDomainsChange } = renderOptions(true);
    expect(await screen.findByText(/ne modifie rien/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Adresse du site'), {
      target: { value: 'https://rdv-prefecture.interieur.gouv.fr/' },
    });
    fireEvent.change(screen.getByLabelText('Organisme ou site'), { target: { value: 'rdv_prefecture' } });
    fireEvent.click(screen.getByRole('button', { name: 'Autoriser et ajouter' }));
    await screen.findByText('rdv-prefecture.interieur.gouv.fr a été ajouté.');
    expect(permissions.request).toHaveBeenCalledWith(['https://*.rdv-prefecture.interieur.gouv.fr/*']);
    expect(onDomainsChange).toHaveBeenCalledWith(['https://*.rdv-prefecture.interieur.gouv.fr/*']);
    expect((await readSettings(db)).customDomains).toEqual([
      { domain: 'rdv-prefecture.interieur.gouv.fr', organisationId: 'rdv_prefecture' },
    ]);
    await waitFor(() => expect(screen.getAllByTestId('custom-site')).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Retirer rdv-prefecture.interieur.gouv.fr' }));
    await waitFor(() => expect(screen.queryAllByTestId('custom-site')).toHaveLength(0));
    expect(permissions.remove).toHaveBeenCalledWith(['https://*.rdv-prefecture.interieur.gouv.fr/*']);
  });

  it('adds nothing when the browser refuses, and says so in French', async () => {
    const { db } = renderOptions(false);
    fireEvent.input(await screen.findByLabelText('Adresse du site'), { target: { value: 'laposte.net' } });
    fireEvent.click(screen.getByRole('button', { name: 'Autoriser et ajouter' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/n’a pas autorisé.*rien n’a été ajouté/);
    expect((await readSettings(db)).customDomains).toEqual([]);
  });

  it('refuses a malformed address before any prompt', async () => {
    const { permissions } = renderOptions(true);
    fireEvent.input(await screen.findByLabelText('Adresse du site'), { target: { value: 'pas un site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Autoriser et ajouter' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/n’est pas un nom de site/);
    expect(permissions.request).not.toHaveBeenCalled();
  });

  it('refuses a whole public suffix and gives the permission back', async () => {
    const { permissions, granted } = renderOptions(true);
    fireEvent.input(await screen.findByLabelText('Adresse du site'), { target: { value: 'gouv.fr' } });
    fireEvent.click(screen.getByRole('button', { name: 'Autoriser et ajouter' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/couvre des milliers de sites/);
    expect(permissions.remove).toHaveBeenCalled();
    expect(granted.size).toBe(0);
  });

  it('turns site time on, off by default', async () => {
    const { db } = renderOptions(true);
    const box = (await screen.findByLabelText('Compter le temps passé sur les sites connus')) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(async () => expect((await readSettings(db)).siteTime).toBe(true));
  });

  it('refuses a deduplication period that is not 1 to 60 whole minutes, then saves a good one', async () => {
    const { db } = renderOptions(true);
    const field = await screen.findByLabelText(DEDUPE_LABEL);
    for (const bad of ['0', '61', '2.5', '']) {
      fireEvent.input(field, { target: { value: bad } });
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
      expect((await screen.findByRole('alert')).textContent).toMatch(/entre 1 et 60 ; rien n’a été modifié/);
    }
    expect((await readSettings(db)).dedupeMinutes).toBe(5);
    fireEvent.input(field, { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(async () => expect((await readSettings(db)).dedupeMinutes).toBe(12));
  });
});
