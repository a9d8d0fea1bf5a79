import { describe, expect, it } from 'vitest';
import { checkCustomDomain, listedDomains } from '../../../lib/settings/domain-rule';
import { mayRevoke } from '../../../lib/settings/revocable';

describe('which site a counsellor may add', () => {
  it('accepts what a counsellor types or pastes, and keeps the host only', () => {
    expect(checkCustomDomain('rdv-prefecture.interieur.gouv.fr')).toEqual({
      ok: true,
      domain: 'rdv-prefecture.interieur.gouv.fr',
    });
    expect(checkCustomDomain(' https://www.LaPoste.net/connexion?x=1 ')).toEqual({
      ok: true,
      domain: 'www.laposte.net',
    });
    expect(checkCustomDomain('laposte.net.')).toEqual({ ok: true, domain: 'laposte.net' });
  });

  it('refuses what is not a site name', () => {
    for (const bad of ['', '   ', 'localhost', 'http://', 'mot de passe', 'file:///etc/passwd', 'ftp://exemple.fr/']) {
      expect(checkCustomDomain(bad), bad).toEqual({ ok: false, error: 'domain_invalid' });
    }
  });

  it('refuses a bare IP address, v4 or v6', () => {
    for (const ip of ['192.168.1.1', 'https://10.0.0.1/intranet', '[::1]', 'http://[2001:db8::1]/']) {
      expect(checkCustomDomain(ip), ip).toEqual({ ok: false, error: 'domain_ip' });
    }
  });

  it('refuses every public suffix of the Public Suffix List, ICANN or private', () => {
    for (const suffix of ['gouv.fr', 'org.uk', 'co.uk', 'netlify.app', 'blogspot.com', 'avocat.fr', 'github.io']) {
      expect(checkCustomDomain(suffix), suffix).toEqual({ ok: false, error: 'domain_too_broad' });
    }
  });

  it('accepts one site under a private suffix', () => {
    expect(checkCustomDomain('monsite.netlify.app')).toEqual({ ok: true, domain: 'monsite.netlify.app' });
    expect(checkCustomDomain('cabinet-martin.avocat.fr')).toEqual({ ok: true, domain: 'cabinet-martin.avocat.fr' });
  });

  it('refuses a listed site, its root or one of its pages, before anything is asked of the browser', () => {
    for (const known of ['caf.fr', 'www.caf.fr', 'https://wwwd.caf.fr/connexion', 'impots.gouv.fr']) {
      expect(checkCustomDomain(known), known).toEqual({ ok: false, error: 'domain_listed' });
    }
  });
});

describe('which access the options page may give back', () => {
  const listed = listedDomains();

  it('knows the listed sites of the manifest', () => {
    expect(listed).toEqual(expect.arrayContaining(['caf.fr', 'impots.gouv.fr', 'lidentitenumerique.laposte.fr']));
  });

  it('never gives back a site that contains a listed one', () => {
    expect(mayRevoke('gouv.fr', listed)).toBe(false);
    expect(mayRevoke('laposte.fr', listed)).toBe(false);
  });

  it('never gives back a listed site itself, nor a site under one', () => {
    expect(mayRevoke('caf.fr', listed)).toBe(false);
    expect(mayRevoke('wwwd.caf.fr', listed)).toBe(false);
  });

  it('never gives back a site another added site needs', () => {
    expect(mayRevoke('laposte.net', [...listed, 'mail.laposte.net'])).toBe(false);
    expect(mayRevoke('mail.laposte.net', [...listed, 'laposte.net'])).toBe(false);
  });

  it('gives back a site no other site needs', () => {
    expect(mayRevoke('laposte.net', listed)).toBe(true);
    expect(mayRevoke('rdv-prefecture.interieur.gouv.fr', [...listed, 'laposte.net'])).toBe(true);
    // A name that merely ends with the same letters is another site.
    expect(mayRevoke('notcaf.fr', listed)).toBe(true);
  });
});
