// What an entry is called in a list: its procedure, else its organisation.
import { labelFor } from '../lib/catalogue';
import type { Entry } from '../lib/model/records';
import type { I18n } from './i18n';

export function entryTitle(entry: Entry, { t, lang }: I18n): string {
  return entry.procedureId
    ? labelFor('procedures', entry.procedureId, lang)
    : labelFor('organisations', entry.organisationId, lang) || t('unnamedProcedure');
}
