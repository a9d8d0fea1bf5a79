// The pages' language: the browser's, unless the counsellor picked one in the
// options page. browser.i18n only speaks the browser's language, so a picked
// language other than the browser's is read from the extension's own
// _locales/<lang>/messages.json (the same file, fetched from the extension).
import type { Lang } from '../catalogue';
import { createTranslator, langOf, type Messages, type Translate } from './translator';

export interface PageLanguage {
  t: Translate;
  lang: Lang;
}

/**
 * `browserT`: the browser's translator; `choice`: the stored setting;
 * `load`: reads a locale's messages.json (a failure keeps the browser's language).
 */
export async function pageLanguage(
  browserT: Translate,
  choice: 'browser' | Lang,
  load: (lang: Lang) => Promise<Messages>,
): Promise<PageLanguage> {
  const browserLang = langOf(browserT);
  if (choice === 'browser' || choice === browserLang) return { t: browserT, lang: browserLang };
  try {
    return { t: createTranslator(await load(choice)), lang: choice };
  } catch {
    return { t: browserT, lang: browserLang };
  }
}
