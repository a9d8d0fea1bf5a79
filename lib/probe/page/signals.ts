// What the page probe may report: an enum, nothing else. No text, no value, no
// URL ever leaves the page; the background derives the site from the tab.
// Shared by both sides: the page's probe sends these, the background's schema
// (../messages) checks them. Plain constants, so the content script stays free of Zod.
export const PAGE_SIGNALS = [
  /** A password field is shown: a login (or password change) page. */
  'login_form',
  /** A heading says the page is about a forgotten or reset password. */
  'reset_page',
  /** A visible error says the identifier or password is wrong. */
  'credentials_error',
  /** A visible error says the account is locked, or too many attempts were made. */
  'locked_error',
  /** The page asks for a code sent by SMS (or to a phone app). */
  'code_sms',
  /** The page asks for a code sent by email. */
  'code_email',
  /** A captcha or anti-bot check is shown. */
  'captcha',
  /** The page offers to sign in with FranceConnect. */
  'franceconnect_button',
  /** A message or heading says the session expired, or the counsellor was signed out (inactivity). */
  'session_expired',
  /** An error says the chosen password breaks the site's rules (length, characters, reuse). */
  'password_rules_error',
  /** The site imposes, at login, a new password (expired) or the acceptance of new terms of use. */
  'forced_change',
  /** A FranceConnect error: a message or an error page naming FranceConnect. */
  'franceconnect_error',
  /** The page says FranceConnect+ (a digital identity of a higher guarantee level) is required. */
  'franceconnect_plus_required',
  /** The page says an activation code (or identifier) is, or will be, sent by post. */
  'code_by_post',
  /** A message says the person's identity could not be verified. */
  'identity_check_failed',
  /** A message says no account exists for the identifier given. */
  'no_account_error',
  /** A heading says the page recovers a forgotten identifier (« Numéro fiscal oublié »). */
  'identifier_reset_page',
  /** A message says a code or link could not be sent or delivered, or the second factor's device is gone. */
  'code_failed',
  /** A heading says the page creates, or activates, an account (« Création de votre espace », « Activez votre compte »). */
  'creation_heading',
] as const;

export const CLICK_SIGNALS = [
  'forgot_password_click',
  'forgot_identifier_click',
  'create_account_click',
  'code_not_received_click',
  /** « Je n'ai pas reçu l'e-mail », « Renvoyer le courriel »: a code or link by e-mail did not come. */
  'email_not_received_click',
  'franceconnect_click',
  /** « Recevoir un code par courrier »: the code will come by post. */
  'code_by_post_click',
] as const;

export type PageSignal = (typeof PAGE_SIGNALS)[number];
export type ClickSignal = (typeof CLICK_SIGNALS)[number];
export type Signal = PageSignal | ClickSignal;

/** Signals of the login and reset pages: their time counts as « temps de connexion ». */
export const LOGIN_SIGNALS: ReadonlySet<Signal> = new Set<Signal>([
  'login_form',
  'reset_page',
  'credentials_error',
  'locked_error',
  'code_sms',
  'code_email',
  'captcha',
  'forgot_password_click',
  'forgot_identifier_click',
  'code_not_received_click',
  'email_not_received_click',
  // Each of these stops or delays the getting in: their pages are part of the login episode.
  'session_expired',
  'password_rules_error',
  'forced_change',
  'franceconnect_error',
  'franceconnect_plus_required',
  'code_by_post',
  'identity_check_failed',
  'no_account_error',
  'identifier_reset_page',
  'code_failed',
  'code_by_post_click',
]);

/**
 * A page announced at the first gesture on it, or when it is left, tells how
 * long it had been on screen; login time counts from then, but never from
 * further back than this: a page left untouched longer was more likely
 * forgotten in its tab than read.
 */
export const MAX_SHOWN_MS = 15 * 60_000;
