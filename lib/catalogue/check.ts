// Validation of a catalogue: the Zod schema plus what a schema cannot say
// (unique ids, known references, one owner per domain). A broken catalogue is a
// programming error: the build and the tests fail on it.
import { type Catalogue, CatalogueSchema } from './schema';

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
