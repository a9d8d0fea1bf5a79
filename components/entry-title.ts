// What an entry is called in a list: its procedure, else its organisation.
import type { Entry } from '../lib/model/records';
import { type I18n, labelIn } from './i18n';

export function entryTitle(entry: Entry, i18n: I18n): string {
  return entry.procedureId
    ? labelIn(i18n, 'procedures', entry.procedureId)
    : labelIn(i18n, 'organisations', entry.organisationId) || i18n.t('unnamedProcedure');
}
