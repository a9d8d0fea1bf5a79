// What the counsellor adds to the catalogue, kept in the settings: their own
// organisations (a name), procedures and reasons (a label), and the language
// of the pages. Names and labels are free text: they never leave this computer
// (lib/evidence/custom-keys maps them to « autre » or to a team code).
import { TeamCodeSchema } from '../catalogue/schema';
import { z } from '../zod';

/** `browser`: the browser's language; otherwise the one the counsellor picked. */
export const LanguageSchema = z.enum(['browser', 'fr', 'en']);
export type LanguageChoice = z.infer<typeof LanguageSchema>;

/** Id of something the counsellor created: `c_` and random letters, a valid catalogue-shaped id. */
export const CustomIdSchema = z.string().regex(/^c_[a-z0-9]{4,32}$/);

export { TeamCodeSchema };

/** A name or label typed by the counsellor: trimmed, short, on one line. */
export const CustomLabelSchema = z
  .string()
  .max(80)
  .transform((text) => text.replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1).max(80));

export const CustomOrganisationSchema = z.object({ id: CustomIdSchema, name: CustomLabelSchema }).strict();
export type CustomOrganisation = z.infer<typeof CustomOrganisationSchema>;

export const CustomItemKindSchema = z.enum(['procedures', 'reasons']);
export type CustomItemKind = z.infer<typeof CustomItemKindSchema>;

export const CustomItemSchema = z
  .object({
    id: CustomIdSchema,
    kind: CustomItemKindSchema,
    label: CustomLabelSchema,
    /** The team's shared code for this item, if the team lead gave one. */
    teamCode: TeamCodeSchema.nullable(),
  })
  .strict();
export type CustomItem = z.infer<typeof CustomItemSchema>;

/** A custom id from a random id (a UUID): its letters and digits only. */
export function customIdOf(random: string): string {
  return `c_${random
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 24)}`;
}

/** Whether an id names something the counsellor created (not the built-in catalogue). */
export function isCustomId(id: string): boolean {
  return id.startsWith('c_');
}
