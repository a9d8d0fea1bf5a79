// Changes to the settings: plain options, and the counsellor's own sites. A
// site is added only once the browser has granted Contretemps access to it
// (the options page asks first, with a French explanation), and never a
// whole public suffix such as gouv.fr.
import { defaultEnabledOrganisations } from '../catalogue';
import { domainPattern } from '../catalogue/hostname';
import { createHostMatcher } from '../catalogue/match-host';
import type { ErrorCode } from '../core/error-codes';
import type { ContretempsDB } from '../db/database';
import type { Settings } from './schema';
import { changeSettings, readSettings } from './store';

/** Suffixes under which anyone can register a site: never a site of their own. */
const PUBLIC_SUFFIXES = new Set([
  'gouv.fr',
  'beta.gouv.fr',
  'interieur.gouv.fr',
  'etudiant.gouv.fr',
  'asso.fr',
  'com.fr',
  'nom.fr',
  'presse.fr',
  'tm.fr',
  'github.io',
  'co.uk',
]);

export function customPatterns(settings: Settings): string[] {
  return settings.customDomains.map((d) => domainPattern(d.domain));
}

export interface SettingsServiceDeps {
  db: ContretempsDB;
  /** Whether the browser granted access to all these origins. */
  permitted: (origins: string[]) => Promise<boolean>;
  /** The custom sites changed: register the probe on exactly these patterns. */
  onDomainsChange: (patterns: string[]) => Promise<void>;
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; error: ErrorCode };

const listed = createHostMatcher(defaultEnabledOrganisations());

export function createSettingsService({ db, permitted, onDomainsChange }: SettingsServiceDeps) {
  return {
    async update(patch: Partial<Pick<Settings, 'dedupeMinutes' | 'siteTime'>>): Promise<SettingsResult> {
      return { ok: true, settings: await changeSettings(db, (current) => ({ ...current, ...patch })) };
    },
    async addDomain(domain: string, organisationId: string): Promise<SettingsResult> {
      if (PUBLIC_SUFFIXES.has(domain) || !domain.includes('.')) return { ok: false, error: 'domain_too_broad' };
      if (listed(domain) !== null) return { ok: false, error: 'domain_listed' };
      if (!(await permitted([domainPattern(domain)]))) return { ok: false, error: 'domain_not_permitted' };
      const settings = await changeSettings(db, (current) => ({
        ...current,
        customDomains: [...current.customDomains.filter((d) => d.domain !== domain), { domain, organisationId }],
      }));
      await onDomainsChange(customPatterns(settings));
      return { ok: true, settings };
    },
    async removeDomain(domain: string): Promise<SettingsResult> {
      if (!(await readSettings(db)).customDomains.some((d) => d.domain === domain)) {
        return { ok: false, error: 'domain_not_found' };
      }
      const settings = await changeSettings(db, (current) => ({
        ...current,
        customDomains: current.customDomains.filter((d) => d.domain !== domain),
      }));
      await onDomainsChange(customPatterns(settings));
      return { ok: true, settings };
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
