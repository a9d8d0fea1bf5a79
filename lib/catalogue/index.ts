// The built-in catalogue and lookups over it.
import { organisations } from './organisations';
import type { Catalogue, Label, Organisation } from './schema';
import { frictions, modes, onBehalfModeIds, outcomes, procedures, quickFrictionIds, reasons } from './taxonomy';

export type { Catalogue, CatalogueOption, Label, Organisation, Procedure } from './schema';
export { onBehalfModeIds, quickFrictionIds };

export type Lang = 'fr' | 'en';

export const OTHER_ORGANISATION = 'autre';

/**
 * The built-in catalogue. It is static data, checked by `checkCatalogue` at
 * build time (wxt.config.ts) and in the tests, so pages do not pay for Zod.
 */
export const catalogue: Catalogue = { organisations, procedures, modes, reasons, outcomes, frictions };

/** Organisations enabled on a fresh install: everything whose sources were checked. */
export function defaultEnabledOrganisations(cat: Catalogue = catalogue): Organisation[] {
  return cat.organisations.filter((o) => o.verification !== 'unverified' && o.domains.length > 0);
}

/**
 * Organisations offered in the pickers, by name, « autre » last. All of them:
 * an unverified one is only kept from detection (no host permission), a
 * counsellor may still time a procedure done there.
 */
export function pickableOrganisations(lang: Lang, cat: Catalogue = catalogue): Organisation[] {
  const other = cat.organisations.filter((o) => o.id === OTHER_ORGANISATION);
  const listed = cat.organisations
    .filter((o) => o.id !== OTHER_ORGANISATION)
    .sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang));
  return [...listed, ...other];
}

export function labelOf(label: Label, lang: Lang): string {
  return label[lang];
}

export type Kind = 'organisations' | 'procedures' | 'modes' | 'reasons' | 'outcomes' | 'frictions';

const index = new Map<Kind, Map<string, { label: Label }>>();

/** Label of a catalogue id, or the id itself when unknown (an entry from a newer version). */
export function labelFor(kind: Kind, id: string | null, lang: Lang): string {
  if (id === null) return '';
  let map = index.get(kind);
  if (!map) {
    map = new Map();
    for (const item of catalogue[kind]) {
      map.set(item.id, { label: 'name' in item ? item.name : item.label });
    }
    index.set(kind, map);
  }
  const found = map.get(id);
  return found ? found.label[lang] : id;
}

export function isKnownId(kind: Kind, id: string): boolean {
  return catalogue[kind].some((item) => item.id === id);
}

/**
 * Procedures offered for an organisation: its own, then « Autre démarche ».
 * All of them when no organisation or « autre » is chosen.
 */
export function proceduresFor(organisationId: string | null, cat: Catalogue = catalogue) {
  if (organisationId === null || organisationId === OTHER_ORGANISATION) return cat.procedures;
  return cat.procedures.filter(
    (proc) => proc.organisationIds.includes(organisationId) || proc.organisationIds.includes(OTHER_ORGANISATION),
  );
}

/**
 * The organisation a procedure belongs to when it belongs to one only (so
 * picking the procedure first also names the organisation); null otherwise.
 */
export function organisationOfProcedure(procedureId: string | null, cat: Catalogue = catalogue): string | null {
  const owners = cat.procedures.find((proc) => proc.id === procedureId)?.organisationIds ?? [];
  return owners.length === 1 && owners[0] !== OTHER_ORGANISATION ? (owners[0] ?? null) : null;
}
