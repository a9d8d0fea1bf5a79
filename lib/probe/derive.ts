// Signals the background derives itself from the address of a page of a
// listed site (the catalogue's URL patterns): its login page, its account
// creation page. The page's probe never sends an address.
import { catalogue } from '../catalogue';
import { matchesAny } from '../catalogue/url-patterns';
import type { DerivedSignal } from './classify';

export function deriveSignals(organisationId: string, url: string): DerivedSignal[] {
  const org = catalogue.organisations.find((o) => o.id === organisationId);
  if (!org) return [];
  const out: DerivedSignal[] = [];
  if (matchesAny(url, org.loginPatterns)) out.push('login_page');
  if (matchesAny(url, org.accountCreationPatterns)) out.push('account_creation_page');
  return out;
}
