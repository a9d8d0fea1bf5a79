// Translation of UI strings. Pages use the browser's i18n (public/_locales);
// tests and Node use the same messages.json files through createTranslator.
import type { Lang } from '../catalogue';

export type Messages = Record<string, { message: string }>;
export type Translate = (key: string, ...substitutions: Array<string | number>) => string;

function substitute(text: string, substitutions: Array<string | number>): string {
  return text.replace(/\$(\d)/g, (whole, n: string) => {
    const value = substitutions[Number(n) - 1];
    return value === undefined ? whole : String(value);
  });
}

export function createTranslator(messages: Messages): Translate {
  return (key, ...substitutions) => {
    const entry = messages[key];
    return entry ? substitute(entry.message, substitutions) : key;
  };
}

export interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}

export function browserTranslator(i18n: I18nApi): Translate {
  return (key, ...substitutions) => i18n.getMessage(key, substitutions.map(String)) || key;
}

/** The language the browser picked among our locales (each messages.json names its own). */
export function langOf(t: Translate): Lang {
  return t('lang') === 'en' ? 'en' : 'fr';
}

/** Singular or plural message key: French says « 0 démarche », English "0 procedures". */
export function pluralKey(lang: Lang, count: number, one: string, many: string): string {
  const singular = lang === 'fr' ? Math.abs(count) < 2 : count === 1;
  return singular ? one : many;
}
