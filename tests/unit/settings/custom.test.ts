// The settings of issue 12: the pages' language, organisations switched off,
// the counsellor's own organisations, procedures and reasons (with a team
// code). Each has a default an older row reads as, and the pages may ask only
// for well-formed changes.
import { describe, expect, it } from 'vitest';
import { RequestSchema } from '../../../lib/messages/schema';
import { defaultSettings, SettingsSchema } from '../../../lib/settings/schema';
import { createSettingsService } from '../../../lib/settings/service';
import { readSettings } from '../../../lib/settings/store';
import { freshDb, sequentialIds } from '../../helpers/db';

function setup() {
  const db = freshDb();
  const ids = sequentialIds('id');
  const service = createSettingsService({
    db,
    permitted: async () => true,
    onDomainsChange: async () => {},
    log: () => {},
    newId: ids,
  });
  return { db, service };
}

const valid = (request: unknown) => RequestSchema.safeParse(request).success;

describe('language, organisations and custom items: defaults', () => {
  it('follows the browser, follows every organisation, and holds nothing of the counsellor’s own on a fresh install', () => {
    expect(defaultSettings).toMatchObject({
      language: 'browser',
      organisationsOff: [],
      customOrganisations: [],
      customItems: [],
    });
  });

  it('reads a row saved before these settings existed with their defaults, its other options kept', async () => {
    const { db } = setup();
    const older = { dedupeMinutes: 7, siteTime: true, customDomains: [], endOfDay: '17:00', detectionOff: [] };
    await db.settings.put({ key: 'settings', value: older });
    expect(await readSettings(db)).toMatchObject({
      ...older,
      language: 'browser',
      organisationsOff: [],
      customOrganisations: [],
      customItems: [],
    });
  });

  it('refuses a stored team code that is free text', () => {
    const item = { id: 'c_abcd', kind: 'procedures', label: 'Permis B', teamCode: 'Permis B' };
    expect(SettingsSchema.safeParse({ customItems: [item] }).success).toBe(false);
    expect(SettingsSchema.safeParse({ customItems: [{ ...item, teamCode: 'x-permis-b' }] }).success).toBe(true);
  });
});

describe('language, organisations and custom items: changes', () => {
  it('saves the language picked, and only French, English or the browser’s', async () => {
    const { service } = setup();
    const result = await service.update({ language: 'en' });
    expect(result.ok && result.settings.language).toBe('en');
    expect(valid({ type: 'settings/update', patch: { language: 'fr' } })).toBe(true);
    expect(valid({ type: 'settings/update', patch: { language: 'de' } })).toBe(false);
  });

  it('switches an organisation off and on again', async () => {
    const { db, service } = setup();
    await service.setOrganisation('caf', false);
    await service.setOrganisation('ameli', false);
    expect((await readSettings(db)).organisationsOff).toEqual(['ameli', 'caf']);
    await service.setOrganisation('caf', true);
    expect((await readSettings(db)).organisationsOff).toEqual(['ameli']);
    expect(valid({ type: 'organisation/toggle', organisationId: 'caf', on: false })).toBe(true);
    expect(valid({ type: 'organisation/toggle', organisationId: 'not_listed', on: false })).toBe(false);
  });

  it('creates an organisation of the counsellor’s own under a custom id, attaches a site to it, and keeps it while a site is attached', async () => {
    const { db, service } = setup();
    const created = await service.addOrganisation('Mission handicap 31');
    const org = created.ok ? created.settings.customOrganisations[0] : undefined;
    expect(org).toEqual({ id: 'c_id00000001', name: 'Mission handicap 31' });
    expect(valid({ type: 'domain/add', domain: 'exemple.org', organisationId: 'c_id00000001' })).toBe(true);
    expect((await service.addDomain('exemple.org', 'c_id00000001')).ok).toBe(true);
    expect(await service.removeOrganisation('c_id00000001')).toEqual({ ok: false, error: 'organisation_has_sites' });
    await service.removeDomain('exemple.org');
    expect((await service.removeOrganisation('c_id00000001')).ok).toBe(true);
    expect((await readSettings(db)).customOrganisations).toEqual([]);
  });

  it('refuses a site under an organisation of their own that does not exist', async () => {
    const { service } = setup();
    expect(await service.addDomain('exemple.org', 'c_nothere')).toEqual({ ok: false, error: 'custom_not_found' });
  });

  it('adds a procedure and a reason, sets and clears a team code, removes an item', async () => {
    const { db, service } = setup();
    await service.addItem('procedures', 'Inscription au permis B', null);
    await service.addItem('reasons', 'Pas de garde d’enfant', 'x-garde');
    await service.setItemCode('c_id00000001', 'x-permis-b');
    expect((await readSettings(db)).customItems).toEqual([
      { id: 'c_id00000001', kind: 'procedures', label: 'Inscription au permis B', teamCode: 'x-permis-b' },
      { id: 'c_id00000002', kind: 'reasons', label: 'Pas de garde d’enfant', teamCode: 'x-garde' },
    ]);
    await service.setItemCode('c_id00000002', null);
    await service.removeItem('c_id00000001');
    expect((await readSettings(db)).customItems).toEqual([
      { id: 'c_id00000002', kind: 'reasons', label: 'Pas de garde d’enfant', teamCode: null },
    ]);
    expect(await service.removeItem('c_id00000001')).toEqual({ ok: false, error: 'custom_not_found' });
  });

  it('takes from the pages a label on one line and a team code as a slug only', () => {
    const parsed = RequestSchema.parse({
      type: 'custom-item/add',
      kind: 'procedures',
      label: '  Permis\n B ',
      teamCode: null,
    });
    expect(parsed).toMatchObject({ label: 'Permis B' });
    const add = (label: string, teamCode: string | null) =>
      valid({ type: 'custom-item/add', kind: 'reasons', label, teamCode });
    expect(add('   ', null)).toBe(false);
    expect(add('a'.repeat(81), null)).toBe(false);
    expect(add('Garde', 'x-garde')).toBe(true);
    expect(add('Garde', 'garde')).toBe(false);
    expect(add('Garde', 'x-Garde d’enfant')).toBe(false);
    expect(add('Garde', `x-${'a'.repeat(25)}`)).toBe(false);
    expect(valid({ type: 'custom-item/add', kind: 'modes', label: 'x', teamCode: null })).toBe(false);
    expect(valid({ type: 'custom-item/code', id: 'not-custom', teamCode: null })).toBe(false);
  });

  it('lets a procedure be started with the counsellor’s own ids, never with an unknown catalogue id', () => {
    const details = {
      organisationId: 'c_org1',
      procedureId: 'c_proc1',
      modeId: null,
      reasonIds: ['c_reason1', 'urgence'],
    };
    expect(valid({ type: 'timer/start', details: { ...details, outcomeId: null } })).toBe(true);
    expect(valid({ type: 'timer/start', details: { ...details, procedureId: 'made_up', outcomeId: null } })).toBe(
      false,
    );
  });
});
