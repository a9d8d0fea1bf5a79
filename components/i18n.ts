// Translation context shared by every Preact view.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../lib/catalogue';
import type { Translate } from '../lib/i18n/translator';

export interface I18n {
  t: Translate;
  lang: Lang;
}

export const I18nContext = createContext<I18n>({ t: (key) => key, lang: 'fr' });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
