import { describe, expect, it } from 'vitest';
import {
  catalogue,
  defaultEnabledOrganisations,
  labelFor,
  pickableOrganisations,
  proceduresFor,
  quickFrictionIds,
} from '../../../lib/catalogue';
import { checkCatalogue } from '../../../lib/catalogue/check';
import { hostPatterns } from '../../../lib/catalogue/host-permissions';

describe('catalogue', () => {
  it('is valid: unique ids, known organisations, every label in French and English', () => {
    expect(() => checkCatalogue(catalogue)).not.toThrow();
    expect(catalogue.organisations.length).toBeGreaterThanOrEqual(24);
    expect(catalogue.procedures.length).toBeGreaterThanOrEqual(31);
    expect(catalogue.modes).toHaveLength(7);
    expect(catalogue.reasons).toHaveLength(14);
  });

  it('rejects a procedure tied to an unknown organisation', () => {
    const broken = {
      ...catalogue,
      procedures: [...catalogue.procedures, { id: 'x', label: { fr: 'x', en: 'x' }, organisationIds: ['nowhere'] }],
    };
    expect(() => checkCatalogue(broken)).toThrow(/organisation inconnue nowhere/);
  });

  it('rejects a domain claimed by two organisations', () => {
    const [first] = catalogue.organisations;
    if (!first) throw new Error('empty catalogue');
    const broken = { ...catalogue, organisations: [...catalogue.organisations, { ...first, id: 'copy' }] };
    expect(() => checkCatalogue(broken)).toThrow(/revendiqué/);
  });

  it('rejects fields outside the schema', () => {
    expect(() => checkCatalogue({ ...catalogue, tracking: true })).toThrow();
  });

  it('does not enable unverified organisations by default', () => {
    const enabled = defaultEnabledOrganisations().map((o) => o.id);
    for (const org of catalogue.organisations.filter((o) => o.verification === 'unverified')) {
      expect(enabled).not.toContain(org.id);
    }
    expect(enabled).toEqual(
      expect.arrayContaining(['caf', 'ameli', 'francetravail', 'impots', 'franceconnect', 'imilo']),
    );
  });

  it('offers the procedures of the chosen organisation, plus « autre démarche »', () => {
    const ids = proceduresFor('impots').map((p) => p.id);
    expect(ids).toEqual(['impots_declaration', 'impots_avis', 'identite_numerique', 'autre_demarche']);
    expect(proceduresFor(null)).toHaveLength(catalogue.procedures.length);
    expect(proceduresFor('autre')).toHaveLength(catalogue.procedures.length);
  });

  it('lists every organisation in the pickers, by name, with « autre » last', () => {
    const list = pickableOrganisations('fr');
    expect(list.at(-1)?.id).toBe('autre');
    expect(list).toHaveLength(catalogue.organisations.length);
    expect(list.map((o) => o.id)).toContain('webmail');
  });

  it('has a label for every quick friction button', () => {
    for (const id of quickFrictionIds) expect(labelFor('frictions', id, 'fr')).not.toBe(id);
    expect(labelFor('frictions', 'mdp_oublie', 'en')).toBe('Forgotten password');
    expect(labelFor('procedures', 'from_a_newer_version', 'fr')).toBe('from_a_newer_version');
  });
});

describe('host permissions', () => {
  const patterns = hostPatterns(defaultEnabledOrganisations());

  it('covers only the listed domains, over https, with the fewest patterns', () => {
    expect(patterns).toContain('https://*.caf.fr/*');
    expect(patterns).toContain('https://*.pole-emploi.fr/*');
    expect(patterns).not.toContain('https://*.www.caf.fr/*');
    for (const p of patterns) expect(p).toMatch(/^https:\/\/\*\.[a-z0-9.-]+\.[a-z]{2,}\/\*$/);
  });

  it('never asks for all sites nor for a bare public suffix', () => {
    expect(patterns).not.toContain('<all_urls>');
    for (const suffix of ['fr', 'gouv.fr', 'beta.gouv.fr', 'interieur.gouv.fr', 'etudiant.gouv.fr', 'google.com']) {
      expect(patterns).not.toContain(`https://*.${suffix}/*`);
    }
  });
});
