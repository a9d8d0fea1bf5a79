// From the probe's signals to friction kinds of the catalogue. The signals say
// what the page shows; this says what it costs the counsellor. Login forms,
// code prompts and FranceConnect buttons are not frictions by themselves: they
// are the login episode whose duration is measured.
import type { Signal } from './page/signals';

/** Signals the background derives itself, from the page address (catalogue patterns). */
export type DerivedSignal = 'account_creation_page' | 'login_page';

export function frictionKinds(
  signals: ReadonlyArray<Signal | DerivedSignal>,
  lastCodeChannel: 'sms' | 'email' | null,
): string[] {
  const has = (s: Signal | DerivedSignal) => signals.includes(s);
  const kinds = new Set<string>();
  if (has('forgot_password_click') || has('reset_page') || has('credentials_error')) kinds.add('mdp_oublie');
  if (has('forgot_identifier_click')) kinds.add('identifiant_oublie');
  if (has('create_account_click') || has('account_creation_page')) kinds.add('creation_compte_requise');
  if (has('locked_error')) kinds.add('compte_bloque');
  if (has('captcha')) kinds.add('captcha_antibot');
  if (has('code_not_received_click')) {
    kinds.add(lastCodeChannel === 'email' ? 'email_non_recu' : 'code_2fa_inaccessible');
  }
  return [...kinds];
}
