// Zod schemas of the built-in catalogue: what an organisation, a procedure and
// a labelled option look like. The catalogue is data; these schemas keep it honest.
import { z } from '../zod';
import { HOSTNAME } from './hostname';

export const IdSchema = z.string().regex(/^[a-z0-9_]{1,48}$/);

/**
 * A code the team lead gives the team for a shared item of their own
 * (`x-permis-b`): a short slug, never free text, so it may appear in the
 * evidence files where a catalogue id would (lib/evidence/custom-keys).
 */
export const TeamCodeSchema = z.string().regex(/^x-[a-z0-9-]{1,24}$/);

export const LabelSchema = z.object({ fr: z.string().min(1).max(160), en: z.string().min(1).max(160) }).strict();
export type Label = z.infer<typeof LabelSchema>;

export const DomainSchema = z.string().regex(HOSTNAME);

export const VerificationSchema = z.enum(['partial', 'domain-only', 'unverified']);

export const OrganisationSchema = z
  .object({
    id: IdSchema,
    name: LabelSchema,
    description: LabelSchema,
    domains: z.array(DomainSchema),
    /** Domains kept for old links and bookmarks (pole-emploi.fr → France Travail). */
    legacyDomains: z.array(DomainSchema),
    /** URL patterns (host + path, `*` wildcard) of login pages, from public sources. */
    loginPatterns: z.array(z.string().min(3)),
    accountCreationPatterns: z.array(z.string().min(3)),
    verification: VerificationSchema,
    /** Part of the extension's data-entry burden measure rather than a procedure site. */
    kind: z.enum(['procedure', 'information_system', 'identity', 'email', 'other']),
  })
  .strict();
export type Organisation = z.infer<typeof OrganisationSchema>;

export const OptionSchema = z.object({ id: IdSchema, label: LabelSchema }).strict();
export type CatalogueOption = z.infer<typeof OptionSchema>;

export const ProcedureSchema = z
  .object({ id: IdSchema, label: LabelSchema, organisationIds: z.array(IdSchema).min(1) })
  .strict();
export type Procedure = z.infer<typeof ProcedureSchema>;

export const CatalogueSchema = z
  .object({
    organisations: z.array(OrganisationSchema).min(1),
    procedures: z.array(ProcedureSchema).min(1),
    modes: z.array(OptionSchema).min(1),
    reasons: z.array(OptionSchema).min(1),
    outcomes: z.array(OptionSchema).min(1),
    frictions: z.array(OptionSchema).min(1),
  })
  .strict();
export type Catalogue = z.infer<typeof CatalogueSchema>;
