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
] as const;

export const CLICK_SIGNALS = [
  'forgot_password_click',
  'forgot_identifier_click',
  'create_account_click',
  'code_not_received_click',
  'franceconnect_click',
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
]);

/**
 * A page announced at the first gesture on it, or when it is left, tells how
 * long it had been on screen; login time counts from then, but never from
 * further back than this: a page left untouched longer was more likely
 * forgotten in its tab than read.
 */
export const MAX_SHOWN_MS = 15 * 60_000;
