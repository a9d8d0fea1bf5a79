// Translation context shared by every Preact view, with the counsellor's own
// organisations, procedures and reasons (their names are theirs, in no locale
// file): `label` names a catalogue id or one of theirs.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Kind, type Lang, labelFor } from '../lib/catalogue';
import type { Translate } from '../lib/i18n/translator';
import type { CustomItem, CustomOrganisation } from '../lib/settings/custom';

export interface CustomCatalogue {
  organisations: readonly CustomOrganisation[];
  items: readonly CustomItem[];
}

export interface I18n {
  t: Translate;
  lang: Lang;
  custom?: CustomCatalogue;
}

export const noCustom: CustomCatalogue = { organisations: [], items: [] };

export const I18nContext = createContext<I18n>({ t: (key) => key, lang: 'fr' });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** The label of a catalogue id or of one of the counsellor's own (which may have been removed since: « autre »). */
export function labelIn(i18n: I18n, kind: Kind, id: string | null): string {
  if (id === null || !id.startsWith('c_')) return labelFor(kind, id, i18n.lang);
  const custom = i18n.custom ?? noCustom;
  const found =
    kind === 'organisations'
      ? custom.organisations.find((o) => o.id === id)?.name
      : custom.items.find((i) => i.kind === kind && i.id === id)?.label;
  return found ?? labelFor(kind, kind === 'procedures' ? 'autre_demarche' : 'autre', i18n.lang);
}
