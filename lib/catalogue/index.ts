// The validated built-in catalogue and lookups over it. Validation runs once at
// load: a broken catalogue is a programming error and must fail every test.
import { organisations } from './organisations';
import { type Catalogue, CatalogueSchema, type Label, type Organisation } from './schema';
import { frictions, modes, outcomes, procedures, quickFrictionIds, reasons } from './taxonomy';

export type { Catalogue, CatalogueOption, Label, Organisation, Procedure } from './schema';
export { quickFrictionIds };

export type Lang = 'fr' | 'en';

export const OTHER_ORGANISATION = 'autre';

/** Parses the catalogue and checks what a schema cannot: unique ids, known references. */
export function checkCatalogue(raw: unknown): Catalogue {
  const cat = CatalogueSchema.parse(raw);
  const orgIds = new Set<string>();
  const domains = new Map<string, string>();
  for (const org of cat.organisations) {
    if (orgIds.has(org.id)) throw new Error(`organisation en double : ${org.id}`);
    orgIds.add(org.id);
    for (const d of [...org.domains, ...org.legacyDomains]) {
      const owner = domains.get(d);
      if (owner) throw new Error(`domaine ${d} revendiqué par ${owner} et ${org.id}`);
      domains.set(d, org.id);
    }
  }
  for (const list of [cat.procedures, cat.modes, cat.reasons, cat.outcomes, cat.frictions]) {
    const seen = new Set<string>();
    for (const item of list) {
      if (seen.has(item.id)) throw new Error(`identifiant en double : ${item.id}`);
      seen.add(item.id);
    }
  }
  for (const proc of cat.procedures) {
    for (const id of proc.organisationIds) {
      if (!orgIds.has(id)) throw new Error(`démarche ${proc.id} : organisation inconnue ${id}`);
    }
  }
  return cat;
}

export const catalogue: Catalogue = checkCatalogue({
  organisations,
  procedures,
  modes,
  reasons,
  outcomes,
  frictions,
});

/** Organisations enabled on a fresh install: everything whose sources were checked. */
export function defaultEnabledOrganisations(cat: Catalogue = catalogue): Organisation[] {
  return cat.organisations.filter((o) => o.verification !== 'unverified' && o.domains.length > 0);
}

/** Organisations offered in the pickers: the enabled ones by name, « autre » last. */
export function pickableOrganisations(lang: Lang, cat: Catalogue = catalogue): Organisation[] {
  const other = cat.organisations.filter((o) => o.id === OTHER_ORGANISATION);
  const listed = defaultEnabledOrganisations(cat).sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang));
  return [...listed, ...other];
}

export function labelOf(label: Label, lang: Lang): string {
  return label[lang];
}

type Kind = 'organisations' | 'procedures' | 'modes' | 'reasons' | 'outcomes' | 'frictions';

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
