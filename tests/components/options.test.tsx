// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiContext, sendOver } from '../../components/api';
import { I18nContext } from '../../components/i18n';
import type { ShortcutsApi } from '../../components/Shortcuts';
import { OptionsApp } from '../../entrypoints/options/App';
import { labelFor } from '../../lib/catalogue';
import { detectableFrictionIds } from '../../lib/catalogue/detectable';
import { localDay } from '../../lib/core/day-range';
import { watchDemoPresence } from '../../lib/db/demo-live';
import { createTranslator } from '../../lib/i18n/translator';
import { createHandlers } from '../../lib/messages/handlers';
import { createRouter } from '../../lib/messages/router';
import type { Request } from '../../lib/messages/schema';
import { watchSettings, watchSiteTime } from '../../lib/settings/live';
import { defaultSettings } from '../../lib/settings/schema';
import { createSettingsService } from '../../lib/settings/service';
import { readSettings, writeSettings } from '../../lib/settings/store';
import { createTimerService } from '../../lib/timer/service';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { fakeClock, freshDb, sequentialIds } from '../helpers/db';

afterEach(cleanup);

const DEDUPE_LABEL = fr.dedupeLabel.message;

interface OptionsSetup {
  /** The probe's registration, in place of one that works. */
  registration?: () => Promise<void>;
  /** The background does not answer this request (the worker stopped mid-way). */
  silentOn?: Request['type'];
  shortcuts?: ShortcutsApi;
  /** The browser's answer when reminders ask for notifications. */
  notificationsGranted?: boolean;
}

const chromeShortcuts: ShortcutsApi = {
  list: async () => [
    { name: 'toggle-timer', description: 'Démarrer ou arrêter le chronomètre', shortcut: 'Alt+Maj+D' },
    { name: 'pause-timer', description: 'Mettre en pause ou reprendre le chronomètre', shortcut: '' },
    { name: '_execute_action', description: '', shortcut: 'Alt+Maj+O' },
  ],
  openSettings: vi.fn(),
};

function renderOptions(grant: boolean, options: OptionsSetup = {}) {
  const notifications = { request: vi.fn(async () => options.notificationsGranted ?? true) };
  const db = freshDb();
  const clock = fakeClock();
  const newId = sequentialIds('rec');
  const granted = new Set<string>();
  /** The browser's own permission events (access withdrawn in its settings…). */
  const accessListeners = new Set<() => void>();
  const permissions = {
    request: vi.fn(async (origins: string[]) => {
      if (grant) for (const o of origins) granted.add(o);
      return grant;
    }),
    remove: vi.fn(async (origins: string[]) => {
      for (const o of origins) granted.delete(o);
      return true;
    }),
    contains: vi.fn(async (origins: string[]) => origins.every((o) => granted.has(o))),
    onChange: (listener: () => void) => {
      accessListeners.add(listener);
      return () => accessListeners.delete(listener);
    },
  };
  const onDomainsChange = vi.fn(options.registration ?? (async () => {}));
  const log = vi.fn();
  const sent: Request[] = [];
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
        log,
      }),
      log,
    }),
    isTrusted: () => true,
    log,
  });
  render(
    <I18nContext.Provider value={{ t: createTranslator(fr), lang: 'fr' }}>
      <ApiContext.Provider
        value={sendOver(async (request: Request) => {
          sent.push(request);
          const response = await route(request, {});
          if (request.type === options.silentOn) throw new Error('Could not establish connection');
          return response;
        })}
      >
        <OptionsApp
          source={{
            watch: (cb) => watchSettings(db, cb),
            watchSiteTime: (cb) => watchSiteTime(db, localDay(clock.now()), cb),
            watchDemo: (cb) => watchDemoPresence(db, cb),
          }}
          timeZone="Europe/Paris"
          permissions={permissions}
          shortcuts={options.shortcuts ?? chromeShortcuts}
          notifications={notifications}
        />
      </ApiContext.Provider>
    </I18nContext.Provider>,
  );
  const browserChanged = () => {
    for (const listener of accessListeners) listener();
  };
  return { db, clock, permissions, notifications, onDomainsChange, granted, log, sent, browserChanged };
}

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

  it('says which added site the browser no longer gives access to, and asks for it again on a click', async () => {
    // As after a backup restored following « Tout effacer »: the site is in the settings, its access is not.
    const { db, permissions, granted } = renderOptions(true);
    await writeSettings(db, {
      ...defaultSettings,
      customDomains: [{ domain: 'mairie-exemple.fr', organisationId: 'autre' }],
    });
    await screen.findByText('Le navigateur ne donne plus accès à ce site : Contretemps n’y mesure rien.');
    fireEvent.click(screen.getByRole('button', { name: 'Redonner l’accès à mairie-exemple.fr' }));
    await waitFor(() =>
      expect(
        screen.queryByText('Le navigateur ne donne plus accès à ce site : Contretemps n’y mesure rien.'),
      ).toBeNull(),
    );
    expect(permissions.request).toHaveBeenCalledWith(['https://*.mairie-exemple.fr/*']);
    expect(granted.has('https://*.mairie-exemple.fr/*')).toBe(true);
    await screen.findByText('L’accès à mairie-exemple.fr est rétabli.');
  });

  it('says in French when the browser refuses the access again, and marks a site whose access is withdrawn meanwhile', async () => {
    const { db, granted, browserChanged, permissions } = renderOptions(false);
    granted.add('https://*.mairie-exemple.fr/*');
    await writeSettings(db, {
      ...defaultSettings,
      customDomains: [{ domain: 'mairie-exemple.fr', organisationId: 'autre' }],
    });
    await waitFor(() => expect(screen.getAllByTestId('custom-site')).toHaveLength(1));
    await waitFor(() => expect(permissions.contains).toHaveBeenCalled());
    // Every check the list itself triggers is done: what follows comes from the browser only.
    await new Promise((done) => setTimeout(done, 100));
    expect(screen.queryByText('Le navigateur ne donne plus accès à ce site : Contretemps n’y mesure rien.')).toBeNull();
    // Withdrawn in the browser's own settings while the page is open.
    granted.delete('https://*.mairie-exemple.fr/*');
    browserChanged();
    await screen.findByText('Le navigateur ne donne plus accès à ce site : Contretemps n’y mesure rien.');
    fireEvent.click(screen.getByRole('button', { name: 'Redonner l’accès à mairie-exemple.fr' }));
    await screen.findByText(/Le navigateur n’a pas redonné l’accès à ce site/);
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

  async function typeAndAdd(value: string) {
    fireEvent.input(await screen.findByLabelText('Adresse du site'), { target: { value } });
    fireEvent.click(screen.getByRole('button', { name: 'Autoriser et ajouter' }));
  }

  it.each([
    ['a public suffix', 'gouv.fr', /suffixe partagé par des milliers de sites/],
    ['a private-registry suffix', 'netlify.app', /suffixe partagé par des milliers de sites/],
    ['an IP address', '192.168.1.1', /adresse IP/],
    ['a listed site’s root', 'caf.fr', /fait déjà partie des sites connus/],
  ])('refuses %s before any prompt, and withdraws nothing', async (_name, value, sentence) => {
    const { permissions, db } = renderOptions(true);
    await typeAndAdd(value);
    expect((await screen.findByRole('alert')).textContent).toMatch(sentence);
    expect(permissions.request).not.toHaveBeenCalled();
    expect(permissions.remove).not.toHaveBeenCalled();
    expect((await readSettings(db)).customDomains).toEqual([]);
  });

  it('gives back a granted access the background refused, only when no listed site needs it', async () => {
    // The browser says yes to the page, but the background does not see it (a revoked grant, a race).
    const { permissions } = renderOptions(true);
    permissions.request.mockImplementation(async () => true);
    await typeAndAdd('laposte.net');
    expect((await screen.findByRole('alert')).textContent).toMatch(/n’a pas autorisé/);
    expect(permissions.remove).toHaveBeenCalledWith(['https://*.laposte.net/*']);

    permissions.remove.mockClear();
    // laposte.fr holds the listed lidentitenumerique.laposte.fr: withdrawing it would cost that site its access.
    await typeAndAdd('laposte.fr');
    await waitFor(() => expect(permissions.request).toHaveBeenCalledWith(['https://*.laposte.fr/*']));
    expect((await screen.findByRole('alert')).textContent).toMatch(/n’a pas autorisé/);
    expect(permissions.remove).not.toHaveBeenCalled();
  });

  it('never withdraws, on removal, a site that holds a listed one', async () => {
    const { permissions } = renderOptions(true);
    await typeAndAdd('laposte.fr');
    await screen.findByText('laposte.fr a été ajouté.');
    fireEvent.click(await screen.findByRole('button', { name: 'Retirer laposte.fr' }));
    await waitFor(() => expect(screen.queryAllByTestId('custom-site')).toHaveLength(0));
    expect(permissions.remove).not.toHaveBeenCalled();
  });

  it('keeps the access when the background did not answer, since the site may have been saved', async () => {
    const { db, permissions } = renderOptions(true, { silentOn: 'domain/add' });
    await typeAndAdd('laposte.net');
    expect((await screen.findByRole('alert')).textContent).toMatch(/ne répond pas/);
    expect((await readSettings(db)).customDomains).toEqual([{ domain: 'laposte.net', organisationId: 'autre' }]);
    expect(permissions.remove).not.toHaveBeenCalled();
  });

  it('keeps the site and its access when only the probe’s registration failed', async () => {
    const { db, permissions, granted, log } = renderOptions(true, {
      registration: async () => {
        throw new Error('scripting');
      },
    });
    await typeAndAdd('laposte.net');
    await screen.findByText('laposte.net a été ajouté.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect((await readSettings(db)).customDomains).toEqual([{ domain: 'laposte.net', organisationId: 'autre' }]);
    expect(permissions.remove).not.toHaveBeenCalled();
    expect(granted.has('https://*.laposte.net/*')).toBe(true);
    expect(log).toHaveBeenCalledOnce();
  });

  it('turns site time on, off by default', async () => {
    const { db } = renderOptions(true);
    const box = (await screen.findByLabelText('Compter le temps passé sur les sites connus')) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(async () => expect((await readSettings(db)).siteTime).toBe(true));
  });

  it('shows what site time recorded today, per organisation, and nothing of other days', async () => {
    const { db, clock } = renderOptions(true);
    const today = localDay(clock.now());
    await db.siteTime.bulkAdd([
      { day: today, organisationId: 'caf', ms: 12 * 60_000 },
      { day: today, organisationId: 'imilo', ms: 40 * 60_000 },
      { day: '2020-01-02', organisationId: 'ameli', ms: 5 * 60_000 },
    ]);
    const shown = await screen.findByTestId('site-time-today');
    expect(shown.textContent).toMatch(/i-milo 40 min · CAF 12 min$/);
    expect(shown.textContent).not.toMatch(/Ameli/);
  });

  it('refuses a deduplication period that is not 1 to 60 whole minutes, then saves a good one', async () => {
    const { db } = renderOptions(true);
    const field = await screen.findByLabelText(DEDUPE_LABEL);
    for (const bad of ['0', '61', '2.5', '']) {
      fireEvent.input(field, { target: { value: bad } });
      fireEvent.click(within(field.closest('form') as HTMLElement).getByRole('button', { name: 'Enregistrer' }));
      expect((await screen.findByRole('alert')).textContent).toMatch(/entre 1 et 60 ; rien n’a été modifié/);
    }
    expect((await readSettings(db)).dedupeMinutes).toBe(5);
    fireEvent.input(field, { target: { value: '12' } });
    fireEvent.click(within(field.closest('form') as HTMLElement).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(async () => expect((await readSettings(db)).dedupeMinutes).toBe(12));
  });
});

describe('options page, what Contretemps notices by itself', () => {
  it('lists every detectable kind with its label and what is looked for, all ticked on a fresh install', async () => {
    renderOptions(true);
    await screen.findByRole('heading', { name: 'Ce que Contretemps repère tout seul' });
    const rows = screen.getAllByTestId('detection-kind');
    expect(rows).toHaveLength(detectableFrictionIds.length);
    detectableFrictionIds.forEach((kind, i) => {
      const box = screen.getByRole('checkbox', { name: labelFor('frictions', kind, 'fr') }) as HTMLInputElement;
      expect(box.checked, kind).toBe(true);
      const what = (fr as Record<string, { message: string } | undefined>)[`detect_${kind}`]?.message;
      const whatEn = (en as Record<string, { message: string } | undefined>)[`detect_${kind}`]?.message;
      expect(what && whatEn, `detect_${kind} in both locales`).toBeTruthy();
      expect(rows[i]?.textContent).toBe(`${labelFor('frictions', kind, 'fr')} : ${what}`);
      expect(box.getAttribute('aria-describedby')).toBe(`detect-what-${kind}`);
    });
  });

  it('switches a kind off at once and says so, then back on', async () => {
    const { db } = renderOptions(true);
    const box = (await screen.findByRole('checkbox', { name: 'Compte bloqué' })) as HTMLInputElement;
    fireEvent.click(box);
    await screen.findByText(/La difficulté « Compte bloqué » ne sera plus repérée/);
    expect((await readSettings(db)).detectionOff).toEqual(['compte_bloque']);
    await waitFor(() => expect(box.checked).toBe(false));
    fireEvent.click(box);
    await screen.findByText('La difficulté « Compte bloqué » sera de nouveau repérée.');
    expect((await readSettings(db)).detectionOff).toEqual([]);
  });

  it('says in French when the background did not answer', async () => {
    renderOptions(true, { silentOn: 'settings/detection' });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Session expirée' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/ne répond pas/);
  });
});

describe('options page, keyboard shortcuts', () => {
  it('lists the shortcuts as the browser has them, and opens its shortcut page', async () => {
    renderOptions(true, { shortcuts: chromeShortcuts });
    await waitFor(() => expect(screen.getAllByTestId('shortcut')).toHaveLength(3));
    expect(screen.getAllByTestId('shortcut').map((li) => li.textContent)).toEqual([
      'Démarrer ou arrêter le chronomètre : Alt+Maj+D',
      'Mettre en pause ou reprendre le chronomètre : aucun raccourci choisi',
      'Ouvrir la fenêtre de Contretemps : Alt+Maj+O',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Modifier les raccourcis dans le navigateur' }));
    expect(chromeShortcuts.openSettings).toHaveBeenCalledOnce();
  });

  it('says where to change them in a browser without a shortcut page (Firefox)', async () => {
    renderOptions(true, { shortcuts: { list: chromeShortcuts.list } });
    await screen.findByText(/about:addons.*Gérer les raccourcis/);
    expect(screen.queryByRole('button', { name: 'Modifier les raccourcis dans le navigateur' })).toBeNull();
  });

  it('says so when the browser does not give the list', async () => {
    renderOptions(true, { shortcuts: { list: async () => Promise.reject(new Error('no commands API')) } });
    await screen.findByText('Le navigateur n’a pas donné la liste des raccourcis.');
  });

  describe('working day', () => {
    it('saves the end of the day, the longest procedure, the time away and the reminder delay', async () => {
      const { db } = renderOptions(true);
      fireEvent.input(await screen.findByLabelText('Fin de la journée de travail'), { target: { value: '17:45' } });
      fireEvent.input(screen.getByLabelText('Absence de l’écran à partir de (minutes)'), { target: { value: '15' } });
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la journée de travail' }));
      await waitFor(async () => expect((await readSettings(db)).endOfDay).toBe('17:45'));
      expect(await readSettings(db)).toMatchObject({ idleMinutes: 15, maxEntryHours: 4, reminderMinutes: 45 });
    });

    it('refuses a time away that is not 1 to 60 whole minutes, in French, and changes nothing', async () => {
      const { db } = renderOptions(true);
      fireEvent.input(await screen.findByLabelText('Fin de la journée de travail'), { target: { value: '17:45' } });
      fireEvent.input(screen.getByLabelText('Absence de l’écran à partir de (minutes)'), { target: { value: '0' } });
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la journée de travail' }));
      expect(await screen.findByText(fr.invalidIdleMinutes.message)).toBeTruthy();
      expect((await readSettings(db)).endOfDay).toBe('18:30');
    });

    it('turns reminders on only once the browser allows notifications', async () => {
      const refused = renderOptions(true, { notificationsGranted: false });
      fireEvent.click(await screen.findByLabelText(fr.remindersToggle.message));
      expect(await screen.findByText(fr.remindersRefused.message)).toBeTruthy();
      expect(refused.notifications.request).toHaveBeenCalledOnce();
      expect((await readSettings(refused.db)).remindersEnabled).toBe(false);
      cleanup();
      const allowed = renderOptions(true, { notificationsGranted: true });
      fireEvent.click(await screen.findByLabelText(fr.remindersToggle.message));
      await waitFor(async () => expect((await readSettings(allowed.db)).remindersEnabled).toBe(true));
    });
  });
});

describe('options page: demo data', () => {
  const LOAD = 'Charger des données de démonstration';
  const REMOVE = 'Retirer les données de démonstration';

  it('offers the demo on an empty database, loads it in the page’s time zone, then offers to remove it', async () => {
    const { db, sent } = renderOptions(true);
    expect(await screen.findByText(/8 semaines d’activité fictive, marquées « démo »/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: REMOVE })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: LOAD }));
    // « Retirer » replaces « Charger »: focus follows to it, not lost to the page.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: REMOVE })));
    expect(sent).toContainEqual({ type: 'demo/load', timeZone: 'Europe/Paris' });
    const entries = await db.entries.count();
    expect(entries).toBeGreaterThan(50);
    expect(screen.getByText(new RegExp(`${entries} démarches`))).toBeTruthy();
    expect(screen.queryByRole('button', { name: LOAD })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: REMOVE }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: LOAD })));
    expect(sent.at(-1)).toEqual({ type: 'demo/remove' });
    expect(await db.entries.count()).toBe(0);
    expect(await db.frictions.count()).toBe(0);
  });

  it('still offers removal when only the demo’s site time and marker are left (its entries deleted by hand)', async () => {
    const { db } = renderOptions(true);
    await db.siteTime.add({ day: '2026-11-23', organisationId: 'caf', ms: 60_000 });
    await db.settings.put({ key: 'demo', value: { siteTime: [['2026-11-23', 'caf']] } });
    fireEvent.click(await screen.findByRole('button', { name: REMOVE }));
    await screen.findByRole('button', { name: LOAD });
    expect(await db.siteTime.count()).toBe(0);
  });

  it('offers neither button when the counsellor’s own data is there', async () => {
    const { db } = renderOptions(true);
    await screen.findByRole('button', { name: LOAD });
    await db.siteTime.add({ day: '2026-11-23', organisationId: 'caf', ms: 60_000 });
    await screen.findByText(/Vos propres données sont enregistrées/);
    expect(screen.queryByRole('button', { name: LOAD })).toBeNull();
    expect(screen.queryByRole('button', { name: REMOVE })).toBeNull();
  });
});
