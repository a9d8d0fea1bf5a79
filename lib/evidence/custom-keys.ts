// What an organisation, procedure or reason of the counsellor's own becomes in
// an evidence file. Their names and labels are free text typed here: they
// never leave. A procedure or reason is exported as the team's code when the
// counsellor typed one on it (`x-permis-b`, a slug the team lead gave), else
// as the catalogue's « autre » item; an organisation of their own is always
// « autre ». Catalogue ids pass unchanged.
import { OTHER_ORGANISATION } from '../catalogue';

/** The part of a custom item the export needs (lib/settings/custom's CustomItem): never its label. */
export interface CustomKey {
  id: string;
  kind: 'procedures' | 'reasons';
  teamCode: string | null;
}

export const OTHER_PROCEDURE = 'autre_demarche';
export const OTHER_REASON = 'autre';

const isCustom = (id: string) => id.startsWith('c_');

export interface KeyMapper {
  organisation(id: string): string;
  procedure(id: string): string;
  reason(id: string): string;
}

export function customKeyMapper(items: readonly CustomKey[]): KeyMapper {
  const codes = new Map(items.map((i) => [`${i.kind}:${i.id}`, i.teamCode]));
  const map = (kind: CustomKey['kind'], other: string) => (id: string) =>
    isCustom(id) ? (codes.get(`${kind}:${id}`) ?? other) : id;
  return {
    organisation: (id) => (isCustom(id) ? OTHER_ORGANISATION : id),
    procedure: map('procedures', OTHER_PROCEDURE),
    reason: map('reasons', OTHER_REASON),
  };
}
