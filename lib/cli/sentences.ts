// The French sentence of each problem, read at run time from the extension's
// own locale file (public/_locales/fr/messages.json): the command line says
// exactly what the dashboard says, and the words live in one place only.
import { readFileSync } from 'node:fs';
import type { ErrorCode } from '../core/error-codes';
import { createTranslator, type Messages } from '../i18n/translator';

export interface CliProblem {
  code: ErrorCode;
  /** The sentence's `$1`, `$2`. */
  values?: string[];
  /** Where in the file, when known (a field path, a week). */
  detail?: string;
}

const LOCALE = new URL('../../public/_locales/fr/messages.json', import.meta.url);

export type Phrase = (problem: CliProblem) => string;

export function loadSentences(): Phrase {
  const t = createTranslator(JSON.parse(readFileSync(LOCALE, 'utf8')) as Messages);
  return ({ code, values = [], detail }) => {
    const sentence = t(`error_${code}`, ...values);
    return detail === undefined ? sentence : `${sentence} (${detail})`;
  };
}
