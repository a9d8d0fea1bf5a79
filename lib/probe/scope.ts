// Which of a page's signals the background may use, by the kind of site. Most
// listed sites show the counsellor's procedure; some also show people's own
// data as page text: a young person's file in i-milo, an inbox in a webmail.
// There a message like « compte CAF bloqué » may be a note about someone, not
// what happened to the counsellor, so what the page shows is used only while
// signing in (a password field, a login address, or a login episode under way
// on the tab); what the counsellor clicks is always theirs.
import { catalogue } from '../catalogue';
import type { DerivedSignal } from './classify';
import { CLICK_SIGNALS, type Signal } from './page/signals';

/** Kinds of organisation whose pages hold people's data as text. */
const PEOPLE_DATA_KINDS: ReadonlySet<string> = new Set(['information_system', 'email']);
const CLICKS: ReadonlySet<string> = new Set(CLICK_SIGNALS);

export function signalsInScope(
  organisationId: string,
  signals: ReadonlyArray<Signal | DerivedSignal>,
  signingIn: boolean,
): Array<Signal | DerivedSignal> {
  const kind = catalogue.organisations.find((o) => o.id === organisationId)?.kind;
  if (!kind || !PEOPLE_DATA_KINDS.has(kind)) return [...signals];
  if (signingIn || signals.includes('login_form') || signals.includes('login_page')) return [...signals];
  return signals.filter((s) => CLICKS.has(s));
}
