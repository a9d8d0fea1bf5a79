// What every page needs from the settings before its first paint: the
// language, and the counsellor's own organisations, procedures and reasons (to
// name them in lists). Read from the raw row without Zod (the popup stays
// small): a field of the wrong shape reads as its default, an item of the
// wrong shape is left out.
import type { CustomItem, CustomOrganisation, LanguageChoice } from './custom';

export interface PagePrefs {
  language: LanguageChoice;
  customOrganisations: CustomOrganisation[];
  customItems: CustomItem[];
}

export const defaultPagePrefs: PagePrefs = { language: 'browser', customOrganisations: [], customItems: [] };

const isString = (v: unknown): v is string => typeof v === 'string';
const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

function list<T>(value: unknown, keep: (item: Record<string, unknown>) => T | null): T[] {
  if (!Array.isArray(value)) return [];
  return value.map((v) => keep(record(v))).filter((v): v is T => v !== null);
}

export function pagePrefsOf(raw: unknown): PagePrefs {
  const row = record(raw);
  const language = row.language === 'fr' || row.language === 'en' ? row.language : 'browser';
  return {
    language,
    customOrganisations: list(row.customOrganisations, (o) =>
      isString(o.id) && isString(o.name) ? { id: o.id, name: o.name } : null,
    ),
    customItems: list(row.customItems, (i) =>
      isString(i.id) && isString(i.label) && (i.kind === 'procedures' || i.kind === 'reasons')
        ? { id: i.id, kind: i.kind, label: i.label, teamCode: isString(i.teamCode) ? i.teamCode : null }
        : null,
    ),
  };
}
