import { describe, expect, it, vi } from 'vitest';
import { RequestSchema } from '../../../lib/messages/schema';
import { SettingsSchema } from '../../../lib/settings/schema';
import { createSettingsService } from '../../../lib/settings/service';
import { readSettings } from '../../../lib/settings/store';
import { dumpDb, freshDb } from '../../helpers/db';

function setup(granted = true) {
  const db = freshDb();
  const onDomainsChange = vi.fn(async (_patterns: string[]) => {});
  const permitted = vi.fn(async () => granted);
  const log = vi.fn();
  return {
    db,
    onDomainsChange,
    permitted,
    log,
    service: createSettingsService({ db, permitted, onDomainsChange, log }),
  };
}

describe('settings', () => {
  it('reads defaults on a fresh install: site time off, five-minute window, no custom site, reminders off, day ending at 18:30', async () => {
    expect(await readSettings(freshDb())).toEqual({
      dedupeMinutes: 5,
      siteTime: false,
      customDomains: [],
      remindersEnabled: false,
      reminderMinutes: 45,
      endOfDay: '18:30',
      maxEntryHours: 4,
      idleMinutes: 10,
      language: 'browser',
      organisationsOff: [],
      customOrganisations: [],
      customItems: [],
      detectionOff: [],
      // Raw records kept a year; no backup reminder unless asked, no backup made yet.
      retentionMonths: 12,
      backupReminder: false,
      lastBackupAt: null,
    });
  });

  it('reads a row saved before the detected kinds could be switched off as every kind detected', async () => {
    const db = freshDb();
    const older = { dedupeMinutes: 7, siteTime: true, customDomains: [], endOfDay: '17:00' };
    await db.settings.put({ key: 'settings', value: older });
    expect(await readSettings(db)).toMatchObject({ ...older, detectionOff: [] });
  });

  it('switches one detected kind off and on, keeping the others as they were', async () => {
    const { db, service } = setup();
    await service.setDetection('compte_bloque', false);
    await service.setDetection('captcha_antibot', false);
    await service.setDetection('compte_bloque', false);
    expect((await readSettings(db)).detectionOff).toEqual(['compte_bloque', 'captcha_antibot']);
    const result = await service.setDetection('compte_bloque', true);
    expect(result).toMatchObject({ ok: true, settings: { detectionOff: ['captcha_antibot'] } });
    expect((await readSettings(db)).detectionOff).toEqual(['captcha_antibot']);
  });

  it('keeps both of two kinds switched off at once', async () => {
    const { db, service } = setup();
    await Promise.all([service.setDetection('mdp_oublie', false), service.setDetection('regles_mdp', false)]);
    expect((await readSettings(db)).detectionOff).toEqual(['mdp_oublie', 'regles_mdp']);
  });

  it.each([
    ['a kind the probe never detects', ['autre']],
    ['an unknown kind', ['pas_un_type']],
    ['a kind twice', ['compte_bloque', 'compte_bloque']],
  ])('refuses to store %s as switched off', async (_name, detectionOff) => {
    expect(SettingsSchema.safeParse({ detectionOff }).success).toBe(false);
  });

  it('takes from the pages only a detectable kind to switch, and nothing else', () => {
    const message = { type: 'settings/detection', kind: 'compte_bloque', on: false };
    expect(RequestSchema.safeParse(message).success).toBe(true);
    expect(RequestSchema.safeParse({ ...message, kind: 'autre' }).success).toBe(false);
    expect(RequestSchema.safeParse({ ...message, on: 'non' }).success).toBe(false);
    expect(RequestSchema.safeParse({ ...message, detectionOff: [] }).success).toBe(false);
    expect(RequestSchema.safeParse({ type: 'settings/update', patch: { detectionOff: [] } }).success).toBe(false);
  });

  it('updates plain options', async () => {
    const { db, service } = setup();
    await service.update({ siteTime: true });
    expect(await readSettings(db)).toMatchObject({ siteTime: true, dedupeMinutes: 5 });
  });

  it('keeps both of two changes made at once', async () => {
    const { db, service } = setup();
    await Promise.all([service.update({ siteTime: true }), service.update({ dedupeMinutes: 12 })]);
    expect(await readSettings(db)).toMatchObject({ siteTime: true, dedupeMinutes: 12 });
  });

  it('adds a site once the browser granted it, and registers the probe on it', async () => {
    const { db, service, onDomainsChange, permitted } = setup();
    const result = await service.addDomain('rdv-prefecture.interieur.gouv.fr', 'rdv_prefecture');
    expect(result.ok).toBe(true);
    expect(permitted).toHaveBeenCalledWith(['https://*.rdv-prefecture.interieur.gouv.fr/*']);
    expect(onDomainsChange).toHaveBeenCalledWith(['https://*.rdv-prefecture.interieur.gouv.fr/*']);
    expect((await readSettings(db)).customDomains).toEqual([
      { domain: 'rdv-prefecture.interieur.gouv.fr', organisationId: 'rdv_prefecture' },
    ]);
    await service.removeDomain('rdv-prefecture.interieur.gouv.fr');
    expect(onDomainsChange).toHaveBeenLastCalledWith([]);
  });

  it.each([
    ['not granted', 'laposte.net', false, 'domain_not_permitted'],
    ['already listed', 'www.caf.fr', true, 'domain_listed'],
    ['a public suffix', 'gouv.fr', true, 'domain_too_broad'],
    ['a private-registry suffix', 'netlify.app', true, 'domain_too_broad'],
    ['an IP address', '192.168.1.1', true, 'domain_ip'],
  ])('refuses a site %s and changes nothing', async (_name, domain, granted, error) => {
    const { db, service, onDomainsChange, permitted } = setup(granted);
    const before = await dumpDb(db);
    expect(await service.addDomain(domain, 'autre')).toEqual({ ok: false, error });
    expect(onDomainsChange).not.toHaveBeenCalled();
    if (error !== 'domain_not_permitted') expect(permitted).not.toHaveBeenCalled();
    expect(await dumpDb(db)).toEqual(before);
  });

  it('answers that the site was added when only the probe’s registration failed, logs it once, and mends it at the next change', async () => {
    const { db, service, onDomainsChange, log } = setup();
    onDomainsChange.mockRejectedValue(new TypeError('scripting unavailable https://laposte.net'));
    const result = await service.addDomain('laposte.net', 'autre');
    expect(result).toMatchObject({ ok: true, settings: { customDomains: [{ domain: 'laposte.net' }] } });
    expect((await readSettings(db)).customDomains).toEqual([{ domain: 'laposte.net', organisationId: 'autre' }]);
    expect(log).toHaveBeenCalledOnce();
    expect(log.mock.calls[0]?.[0]).toBe('Contretemps: probe registration failed after the change was saved: TypeError');

    onDomainsChange.mockReset();
    onDomainsChange.mockResolvedValue(undefined);
    await service.addDomain('rdv-prefecture.interieur.gouv.fr', 'rdv_prefecture');
    expect(onDomainsChange).toHaveBeenLastCalledWith([
      'https://*.laposte.net/*',
      'https://*.rdv-prefecture.interieur.gouv.fr/*',
    ]);
  });

  it('answers that the site was removed when only the probe’s registration failed', async () => {
    const { db, service, onDomainsChange, log } = setup();
    await service.addDomain('laposte.net', 'autre');
    onDomainsChange.mockRejectedValue(new Error('boom'));
    expect(await service.removeDomain('laposte.net')).toMatchObject({ ok: true, settings: { customDomains: [] } });
    expect((await readSettings(db)).customDomains).toEqual([]);
    expect(log).toHaveBeenCalledOnce();
  });

  it('refuses to remove a site that was never added', async () => {
    const { service } = setup();
    expect(await service.removeDomain('laposte.net')).toEqual({ ok: false, error: 'domain_not_found' });
  });
});
