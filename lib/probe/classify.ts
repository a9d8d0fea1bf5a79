// From the probe's signals to friction kinds of the catalogue. The signals say
// what the page shows; this says what it costs the counsellor. Login forms,
// code prompts and FranceConnect buttons are not frictions by themselves: they
// are the login episode whose duration is measured.
import type { Signal } from './page/signals';

/** Signals the background derives itself, from the page address (catalogue patterns). */
export type DerivedSignal = 'account_creation_page' | 'login_page';

/** How a code was sent: by SMS (or an app), by e-mail, by post. */
export type CodeChannel = 'sms' | 'email' | 'post';

/** The channel these signals show (a code prompt, or a code by post told or asked for), if any. */
export function codeChannel(signals: ReadonlyArray<Signal | DerivedSignal>): CodeChannel | null {
  if (signals.includes('code_sms')) return 'sms';
  if (signals.includes('code_email')) return 'email';
  if (signals.includes('code_by_post') || signals.includes('code_by_post_click')) return 'post';
  return null;
}

export function frictionKinds(
  signals: ReadonlyArray<Signal | DerivedSignal>,
  lastCodeChannel: CodeChannel | null,
): string[] {
  const has = (s: Signal | DerivedSignal) => signals.includes(s);
  const kinds = new Set<string>();
  const when = (yes: boolean, kind: string) => yes && kinds.add(kind);
  const creating = has('account_creation_page') || has('creation_heading');
  // Details refused while an account is being created: there is no password yet to
  // forget, the person's identity did not match what the administration knows.
  const mismatch = has('credentials_error') && creating;
  // A wrong identifier or password, or a warning that more attempts will lock
  // the account: the person does not know their password (yet). Said with a
  // lockout (« 3 saisies erronées : accès bloqué »), it is the lockout's cause.
  when(
    has('forgot_password_click') ||
      // « Renouvellement de votre mot de passe » imposed at login is a change, not a forgotten password.
      (has('reset_page') && !has('forced_change')) ||
      // Not when the same message says there is no such account, or that the identity did not match.
      (has('credentials_error') &&
        !has('locked_error') &&
        !has('no_account_error') &&
        !has('identity_check_failed') &&
        // « Échec de l'authentification via FranceConnect » is FranceConnect's failure.
        !has('franceconnect_error') &&
        // « Le numéro renseigné n'est pas valide » when a code could not be sent: the code's trouble.
        !has('code_failed') &&
        !mismatch),
    'mdp_oublie',
  );
  when(has('forgot_identifier_click') || has('identifier_reset_page'), 'identifiant_oublie');
  // « Nous ne trouvons pas votre dossier » after an identity check that failed: that check's trouble.
  when(
    has('create_account_click') || creating || (has('no_account_error') && !has('identity_check_failed')),
    'creation_compte_requise',
  );
  // « Nombre maximal d'envois de SMS atteint »: the code cannot come, the account is not locked.
  when(has('locked_error') && !has('code_failed'), 'compte_bloque');
  when(has('captcha'), 'captcha_antibot');
  when(has('session_expired'), 'session_expiree');
  when(has('password_rules_error'), 'regles_mdp');
  // « Compte bloqué : définissez un nouveau mot de passe » is the way out of a lockout, not a change imposed.
  when(has('forced_change') && !has('locked_error'), 'mdp_change_force');
  // FranceConnect refusing an account of too low a level is FranceConnect+ required, not an error of FranceConnect.
  when(has('franceconnect_error') && !has('franceconnect_plus_required'), 'franceconnect_boucle');
  when(has('franceconnect_plus_required'), 'franceconnect_plus_requis');
  when(has('code_by_post') || has('code_by_post_click'), 'code_courrier');
  when(has('identity_check_failed') || mismatch, 'verification_identite_echec');
  when(has('email_not_received_click'), 'email_non_recu');
  if (has('code_not_received_click') || has('code_failed')) {
    // The page's own prompt says the channel; else the last prompt of the tab does.
    // A code by post that did not come (« Je n'ai pas reçu mon code ») is the post's delay.
    const channel = codeChannel(signals) ?? lastCodeChannel;
    kinds.add(channel === 'email' ? 'email_non_recu' : channel === 'post' ? 'code_courrier' : 'code_2fa_inaccessible');
  }
  return [...kinds];
}
