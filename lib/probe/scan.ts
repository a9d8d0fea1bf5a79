// The probe's reading of a page: a handful of CSS queries and the text of a few
// short, visible elements (headings, alerts, labels, links). It never reads an
// input's value, never walks the whole text of the page, and returns enum
// signals only. Kept free of imports but ./text and ./signals: it ships in the
// content script, which must stay under 3 KB gzipped.
import type { ClickSignal, PageSignal } from './signals';
import { normalise, patterns } from './text';

const HEADINGS = 'h1,h2,legend,[role=heading]';
const ALERTS =
  '[role=alert],[aria-live],.fr-alert,.fr-error-text,.fr-message--error,[class*="error" i],[class*="erreur" i],[class*="alert" i],[id*="error" i],[id*="erreur" i]';
const CODE_CONTEXT = 'h1,h2,legend,label,form p,.fr-hint-text';
const CAPTCHA =
  'iframe[src*="captcha" i],iframe[title*="captcha" i],.g-recaptcha,.h-captcha,.frc-captcha,[class*="captcha" i],[id*="captcha" i],img[alt*="captcha" i]';
const FC_BUTTON = '.franceconnect-button,.fr-connect,[class*="franceconnect" i]';
const ACTIONS = 'a,button,[role=button],[role=link]';
/** Alerts and labels are short; a long block is page content, not a message. */
const MAX_TEXT = 400;

function visible(el: Element): boolean {
  if (el.closest('[hidden],[aria-hidden=true]')) return false;
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return check ? check.call(el) : true;
}

function texts(root: ParentNode, selector: string): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll(selector)) {
    const text = el.textContent ?? '';
    if (text.length > 2 && text.length <= MAX_TEXT && visible(el)) out.push(normalise(text));
  }
  return out;
}

function any(list: string[], pattern: RegExp): boolean {
  return list.some((t) => pattern.test(t));
}

export function scanPage(doc: Document): PageSignal[] {
  const found: PageSignal[] = [];
  const passwords = [...doc.querySelectorAll('input[type=password]')];
  if (passwords.some(visible)) found.push('login_form');
  const headings = texts(doc, HEADINGS);
  if (any(headings, patterns.forgotPassword)) found.push('reset_page');
  const alerts = texts(doc, ALERTS);
  if (any(alerts, patterns.credentialsError)) found.push('credentials_error');
  if (any(alerts, patterns.locked)) found.push('locked_error');
  const context = [...headings, ...alerts, ...texts(doc, CODE_CONTEXT)];
  if (any(context, patterns.codeSms)) found.push('code_sms');
  if (any(context, patterns.codeEmail)) found.push('code_email');
  if ([...doc.querySelectorAll(CAPTCHA)].some(visible) || any(context, patterns.captcha)) found.push('captcha');
  if ([...doc.querySelectorAll(FC_BUTTON)].some(visible) || any(texts(doc, 'button'), patterns.franceConnectSignIn)) {
    found.push('franceconnect_button');
  }
  return found;
}

/** The label of what was clicked, from its text or accessible name, never from a field's value. */
function actionLabel(el: Element): string | null {
  const text = `${el.textContent ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`;
  return text.length <= MAX_TEXT ? normalise(text) : null;
}

export function classifyClick(target: Element): ClickSignal | null {
  const el = target.closest(ACTIONS);
  if (!el) return null;
  if (el.matches(FC_BUTTON)) return 'franceconnect_click';
  const label = actionLabel(el);
  if (!label) return null;
  if (patterns.codeNotReceived.test(label)) return 'code_not_received_click';
  if (patterns.forgotIdentifier.test(label)) return 'forgot_identifier_click';
  if (patterns.forgotPassword.test(label)) return 'forgot_password_click';
  if (patterns.createAccount.test(label)) return 'create_account_click';
  if (patterns.franceConnectSignIn.test(label)) return 'franceconnect_click';
  return null;
}
