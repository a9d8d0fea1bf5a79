import { describe, expect, it } from 'vitest';
import { catalogue, defaultEnabledOrganisations } from '../../../lib/catalogue';
import { createHostMatcher, organisationOfUrl } from '../../../lib/catalogue/match-host';

const match = createHostMatcher(catalogue.organisations);

describe('hostname → organisation', () => {
  it('matches a listed domain and its subdomains', () => {
    expect(match('caf.fr')).toBe('caf');
    expect(match('www.caf.fr')).toBe('caf');
    expect(match('wwwd.caf.fr')).toBe('caf');
    expect(match('fc.assure.ameli.fr')).toBe('ameli');
    expect(match('cfspart.impots.gouv.fr')).toBe('impots');
    expect(match('portail.i-milo.fr')).toBe('imilo');
  });

  it('maps old domains to the organisation that replaced them', () => {
    expect(match('candidat.pole-emploi.fr')).toBe('francetravail');
    expect(match('authentification-candidat.pole-emploi.fr')).toBe('francetravail');
    expect(match('www.service-public.fr')).toBe('service_public');
  });

  it('is case-insensitive and ignores a trailing dot', () => {
    expect(match('WWW.CAF.FR')).toBe('caf');
    expect(match('www.caf.fr.')).toBe('caf');
  });

  it('does not match unknown hosts, look-alikes or public suffixes', () => {
    expect(match('example.org')).toBeNull();
    expect(match('caf.fr.evil.example')).toBeNull();
    expect(match('notcaf.fr')).toBeNull();
    expect(match('gouv.fr')).toBeNull();
    expect(match('interieur.gouv.fr')).toBeNull();
    expect(match('i-milo.fr')).toBeNull();
    expect(match('fr')).toBeNull();
    expect(match('')).toBeNull();
  });

  it('only gives unverified organisations to a matcher that includes them', () => {
    const enabled = createHostMatcher(defaultEnabledOrganisations());
    expect(match('mail.google.com')).toBe('webmail');
    expect(enabled('mail.google.com')).toBeNull();
    expect(enabled('www.caf.fr')).toBe('caf');
  });
});

describe('URL → organisation', () => {
  it('reads the hostname of https pages only', () => {
    expect(organisationOfUrl('https://www.caf.fr/allocataires?x=1#y', match)).toBe('caf');
    expect(organisationOfUrl('https://www.ameli.fr/', match)).toBe('ameli');
    // Plain http can be forged on the way: it never speaks for a listed site.
    expect(organisationOfUrl('http://www.ameli.fr/', match)).toBeNull();
    expect(organisationOfUrl('ws://www.caf.fr/', match)).toBeNull();
    expect(organisationOfUrl('https://www.caf.fr:8443/', match)).toBe('caf');
    expect(organisationOfUrl('chrome-extension://abc/popup.html', match)).toBeNull();
    expect(organisationOfUrl('file:///home/caf.fr/index.html', match)).toBeNull();
    expect(organisationOfUrl('not a url', match)).toBeNull();
    expect(organisationOfUrl(undefined, match)).toBeNull();
  });
});
