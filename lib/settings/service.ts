// Changes to the settings: plain options, and the counsellor's own sites. A
// site is added only if the shared rule accepts it (lib/settings/domain-rule:
// never a public suffix, an IP address or a listed site) and once the browser
// has granted Contretemps access to it (the options page asks first, with a
// French explanation). Once a change is saved, the probe's registration
// follows; its failure is logged and mended later, never the answer.

import { type DetectableFriction, detectableFrictionIds } from '../catalogue/detectable';
import { domainPattern } from '../catalogue/hostname';
import { afterCommit, type Log } from '../core/after-commit';
import type { ErrorCode } from '../core/error-codes';
import type { ContretempsDB } from '../db/database';
import { type CustomItemKind, customIdOf, isCustomId } from './custom';
import { checkCustomDomain } from './domain-rule';
import type { Settings, SettingsPatch } from './schema';
import { changeSettings, readSettings } from './store';

export function customPatterns(settings: Settings): string[] {
  return settings.customDomains.map((d) => domainPattern(d.domain));
}

export interface SettingsServiceDeps {
  db: ContretempsDB;
  /** Whether the browser granted access to all these origins. */
  permitted: (origins: string[]) => Promise<boolean>;
  /** The custom sites changed: register the probe on exactly these patterns. */
  onDomainsChange: (patterns: string[]) => Promise<void>;
  log: Log;
  /** A random id (a UUID), for the organisations and items the counsellor creates. */
  newId?: () => string;
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; error: ErrorCode };

export function createSettingsService({
  db,
  permitted,
  onDomainsChange,
  log,
  newId = () => crypto.randomUUID(),
}: SettingsServiceDeps) {
  /** The sites are saved: the probe follows them. Mended at the next change or worker start if it fails. */
  const follow = (settings: Settings) =>
    afterCommit('probe registration', () => onDomainsChange(customPatterns(settings)), log);
  return {
    async update(patch: SettingsPatch): Promise<SettingsResult> {
      return { ok: true, settings: await changeSettings(db, (current) => ({ ...current, ...patch })) };
    },
    /**
     * Switches the detection of one kind on or off, against the stored list in
     * one transaction: two boxes ticked quickly both count, whatever the page last saw.
     */
    async setDetection(kind: DetectableFriction, on: boolean): Promise<SettingsResult> {
      const settings = await changeSettings(db, (current) => {
        const off = new Set<string>(current.detectionOff);
        if (on) off.delete(kind);
        else off.add(kind);
        // Kept in display order, so the stored list reads the same however it was reached.
        return { ...current, detectionOff: detectableFrictionIds.filter((k) => off.has(k)) };
      });
      return { ok: true, settings };
    },
    /** Switches a catalogue organisation on or off; off, its sites are neither timed nor probed. */
    async setOrganisation(organisationId: string, on: boolean): Promise<SettingsResult> {
      const settings = await changeSettings(db, (current) => {
        const off = current.organisationsOff.filter((id) => id !== organisationId);
        return { ...current, organisationsOff: on ? off : [...off, organisationId].sort() };
      });
      return { ok: true, settings };
    },
    async addOrganisation(name: string): Promise<SettingsResult> {
      const id = customIdOf(newId());
      const settings = await changeSettings(db, (current) => ({
        ...current,
        customOrganisations: [...current.customOrganisations, { id, name }],
      }));
      return { ok: true, settings };
    },
    /** Removes a created organisation; refused while sites are attached to it (removed first, permission given back). */
    async removeOrganisation(id: string): Promise<SettingsResult> {
      const current = await readSettings(db);
      if (!current.customOrganisations.some((o) => o.id === id)) return { ok: false, error: 'custom_not_found' };
      if (current.customDomains.some((d) => d.organisationId === id))
        return { ok: false, error: 'organisation_has_sites' };
      const settings = await changeSettings(db, (s) => ({
        ...s,
        customOrganisations: s.customOrganisations.filter((o) => o.id !== id),
      }));
      return { ok: true, settings };
    },
    async addItem(kind: CustomItemKind, label: string, teamCode: string | null): Promise<SettingsResult> {
      const id = customIdOf(newId());
      const settings = await changeSettings(db, (current) => ({
        ...current,
        customItems: [...current.customItems, { id, kind, label, teamCode }],
      }));
      return { ok: true, settings };
    },
    /** Sets or clears the team code of a custom item. */
    async setItemCode(id: string, teamCode: string | null): Promise<SettingsResult> {
      if (!(await readSettings(db)).customItems.some((i) => i.id === id))
        return { ok: false, error: 'custom_not_found' };
      const settings = await changeSettings(db, (current) => ({
        ...current,
        customItems: current.customItems.map((i) => (i.id === id ? { ...i, teamCode } : i)),
      }));
      return { ok: true, settings };
    },
    async removeItem(id: string): Promise<SettingsResult> {
      if (!(await readSettings(db)).customItems.some((i) => i.id === id))
        return { ok: false, error: 'custom_not_found' };
      const settings = await changeSettings(db, (current) => ({
        ...current,
        customItems: current.customItems.filter((i) => i.id !== id),
      }));
      return { ok: true, settings };
    },
    async addDomain(input: string, organisationId: string): Promise<SettingsResult> {
      if (
        isCustomId(organisationId) &&
        !(await readSettings(db)).customOrganisations.some((o) => o.id === organisationId)
      ) {
        return { ok: false, error: 'custom_not_found' };
      }
      const checked = checkCustomDomain(input);
      if (!checked.ok) return checked;
      const { domain } = checked;
      if (!(await permitted([domainPattern(domain)]))) return { ok: false, error: 'domain_not_permitted' };
      const settings = await changeSettings(db, (current) => ({
        ...current,
        customDomains: [...current.customDomains.filter((d) => d.domain !== domain), { domain, organisationId }],
      }));
      await follow(settings);
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
      await follow(settings);
      return { ok: true, settings };
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
