// The probe's reading of a page: cheap lookups (tags, classes, the page's
// forms) and the text of a few short, visible elements (headings, alerts and
// labels near the forms, clicked links). It never reads an input's value,
// never walks the whole text of the page, and returns enum signals only.
// Costly attribute searches run only inside the small region around each
// form, so a 5,000-element page costs well under a millisecond. Kept free of
// imports but ./text and ./signals: it ships in the content script (≤ 3 KB).
import type { ClickSignal, PageSignal } from './signals';
import { matches, normalise, type Pattern, patterns } from './text';

const ALERTS =
  '[role=alert],[aria-live],[class*="error" i],[class*="erreur" i],[class*="alert" i],[id*="error" i],[id*="erreur" i]';
const CODE_CONTEXT = 'label,p,legend,.fr-hint-text';
const CAPTCHA_CLASSES = '.g-recaptcha,.h-captcha,.frc-captcha';
const CAPTCHA = '[class*="captcha" i],[id*="captcha" i],img[alt*="captcha" i],iframe[src*="captcha" i]';
const FC_BUTTON = '.franceconnect-button,.fr-connect,.btn-franceconnect,[class*="franceconnect" i]';
/** One pass over the page with cheap selectors (tags, classes); the rest is read near the forms. */
const KEY = `h1,h2,button,input,${CAPTCHA_CLASSES},.franceconnect-button,.fr-connect,.btn-franceconnect`;
const ACTIONS = 'a,button,[role=button],[role=link]';
/** Alerts and labels are short; a long block is page content, not a message. */
const MAX_TEXT = 400;
/** The region read around a form: its largest ancestor of at most this many elements. */
const REGION = 300;

function visible(el: Element): boolean {
  if (el.closest('[hidden],[aria-hidden=true]')) return false;
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return check ? check.call(el) : true;
}

/** Hidden by the page's markup (cheap); `visible` also asks the browser's styles. */
function shown(el: Element): boolean {
  return !el.closest('[hidden],[aria-hidden=true]');
}

function textOf(el: Element, check: (el: Element) => boolean): string | null {
  const text = el.textContent ?? '';
  return text.length > 2 && text.length <= MAX_TEXT && check(el) ? normalise(text) : null;
}

/** Texts of short elements; alerts are checked against styles too (error blocks hidden by CSS are common). */
function collect(els: Iterable<Element>, out: string[], check: (el: Element) => boolean = visible) {
  for (const el of els) {
    const text = textOf(el, check);
    if (text) out.push(text);
  }
}

/** Around each form (a login, a code prompt), the small region where its messages are shown. */
function regions(doc: Document): Element[] {
  const out: Element[] = [];
  for (const form of [...doc.forms].slice(0, 4)) {
    let region: Element = form;
    while (region.parentElement && region.parentElement.getElementsByTagName('*').length <= REGION) {
      region = region.parentElement;
    }
    if (!out.some((r) => r.contains(region))) out.push(region);
  }
  return out;
}

export function scanPage(doc: Document): PageSignal[] {
  const found: PageSignal[] = [];
  const any = (list: string[], pattern: Pattern) => list.some((t) => matches(t, pattern));
  const near = regions(doc);
  const within = (selector: string) => near.flatMap((r) => [...r.querySelectorAll(selector)]);

  let password = false;
  let captcha = false;
  let franceConnect = false;
  const headings: string[] = [];
  const buttons: string[] = [];
  for (const el of doc.querySelectorAll(KEY)) {
    const tag = el.localName;
    // The field's type, never its value.
    if (tag === 'input') password ||= (el as HTMLInputElement).type === 'password' && visible(el);
    else if (tag === 'h1' || tag === 'h2') collect([el], headings, shown);
    else if (tag === 'button') collect([el], buttons, shown);
    if (el.matches(CAPTCHA_CLASSES)) captcha ||= visible(el);
    else if (tag !== 'input' && el.matches(FC_BUTTON)) franceConnect ||= visible(el);
  }
  if (password) found.push('login_form');
  const alerts = [...headings];
  collect(within(ALERTS), alerts);
  if (any(headings, patterns.forgotPassword)) found.push('reset_page');
  if (any(alerts, patterns.credentialsError)) found.push('credentials_error');
  if (any(alerts, patterns.locked)) found.push('locked_error');
  const context = [...alerts];
  collect(within(CODE_CONTEXT), context);
  if (any(context, patterns.codeSms)) found.push('code_sms');
  if (any(context, patterns.codeEmail)) found.push('code_email');
  if (captcha || within(CAPTCHA).some(visible) || any(context, patterns.captcha)) found.push('captcha');
  if (franceConnect || within(FC_BUTTON).some(visible) || any(buttons, patterns.franceConnectSignIn)) {
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
  if (matches(label, patterns.codeNotReceived)) return 'code_not_received_click';
  if (matches(label, patterns.forgotPassword)) return 'forgot_password_click';
  if (matches(label, patterns.forgotIdentifier)) return 'forgot_identifier_click';
  if (matches(label, patterns.createAccount)) return 'create_account_click';
  if (matches(label, patterns.franceConnectSignIn)) return 'franceconnect_click';
  return null;
}
