// The probe's reading of a page: cheap lookups (tags, classes, the page's
// forms) and the text of a few short, visible elements (headings, alerts and
// labels near the forms, clicked links). It never reads an input's value, nor
// the text of anything the counsellor may have typed into (a form control, a
// contenteditable region, a text box), never walks the whole text of the page,
// and returns enum signals only.
// Costly attribute searches run only inside the small region around each
// form; page-wide, only lookups by tag and one by class. Kept free of imports
// but ./text and ./signals: it ships in the content script (≤ 3 KB).
import type { ClickSignal, PageSignal } from './signals';
import { matches, normalise, type Pattern } from './text';
import { words } from './words';

/**
 * Where the listed sites' component libraries show errors: DSFR (`fr-alert--error`, `fr-message--error`,
 * `fr-error-text`, `fr-input-group--error`), Bootstrap (`alert-danger`, `invalid-feedback`, `has-error`),
 * Angular Material (`mat-error`), Keycloak and PatternFly (`kc-feedback-text`, `alert-error`, `pf-m-danger`).
 */
const ERRORS =
  '[role=alert],[class*="error" i],[class*="erreur" i],[class*="danger" i],[class*="invalid" i],[class*="warning" i],mat-error,.kc-feedback-text,[id*="error" i],[id*="erreur" i]';
/** Every other message: alerts (`fr-alert`, `alert`, `pf-c-alert`), callouts, notices, statuses, toasts, snack bars, open dialogs. */
const MESSAGES = `${ERRORS},[role=status],[aria-live],dialog[open],[class*="alert" i],[class*="toast" i],[class*="snack" i],.fr-callout,.fr-notice,.help-block`;
/** A field marked invalid: its message is the element its aria-describedby names. */
const INVALID = '[aria-invalid=true][aria-describedby]';
const CODE_CONTEXT = 'label,p,legend,.fr-hint-text';
const CAPTCHA = '[class*="captcha" i],[id*="captcha" i],img[alt*="captcha" i],iframe[src*="captcha" i]';
/** The FranceConnect button's usual classes, looked up page-wide: it is often outside the login form. */
const FC_CLASSES = '.franceconnect-button,.fr-connect,.btn-franceconnect';
const FC_BUTTON = `${FC_CLASSES},[class*="franceconnect" i]`;
const ACTIONS = 'a,button,[role=button],[role=link]';
/** What holds text typed by the counsellor (an input has none, but is a field all the same). */
const TYPED = 'textarea,select,[contenteditable],[role=textbox]';
const FIELD = `input,${TYPED}`;
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

/**
 * Whether an element's text is the page's own: not a field, not inside one, and
 * holding none (a container's text includes an editable region's). Asked
 * before the text is read, so typed text is never read, even into memory.
 */
function ours(el: Element): boolean {
  return !el.closest(FIELD) && !el.querySelector(TYPED);
}

function textOf(el: Element, check: (el: Element) => boolean): string | null {
  if (!ours(el)) return null;
  const text = el.textContent ?? '';
  // A question (« Compte bloqué ? ») is a help page's, not a message: marked so.
  const faq = text.trimEnd().endsWith('?') ? 'faq ' : '';
  return text.length > 2 && text.length <= MAX_TEXT && check(el) ? faq + normalise(text) : null;
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
  const patterns = words();
  const found: PageSignal[] = [];
  const any = (list: string[], pattern: Pattern) => list.some((t) => matches(t, pattern));
  const near = regions(doc);
  const within = (selector: string) => near.flatMap((r) => [...r.querySelectorAll(selector)]);
  const tagged = (tag: string) => doc.getElementsByTagName(tag);
  const add = (yes: unknown, signal: PageSignal) => yes && found.push(signal);

  // The field's type, never its value.
  add(
    [...tagged('input')].some((el) => (el as HTMLInputElement).type === 'password' && visible(el)),
    'login_form',
  );
  const headings = [normalise(doc.title.slice(0, MAX_TEXT))];
  collect(tagged('h1'), headings, shown);
  collect(tagged('h2'), headings, shown);
  // Messages are read page-wide (a lockout or an error page often has no form);
  // an invalid field's message is the element its aria-describedby names, never the field.
  // One page-wide lookup, its few matches then sorted: errors, other messages, invalid fields.
  const shows: { errors: Element[]; others: Element[] } = { errors: [], others: [] };
  for (const el of doc.querySelectorAll(`${MESSAGES},${INVALID}`)) {
    if (!el.matches(INVALID)) (el.matches(ERRORS) ? shows.errors : shows.others).push(el);
    else {
      for (const id of (el.getAttribute('aria-describedby') ?? '').split(' ')) {
        const message = doc.getElementById(id);
        if (message) shows.errors.push(message);
      }
    }
  }
  const errors: string[] = [];
  collect(shows.errors, errors);
  // Help pages talk about these things: a text that asks, advises, supposes or speaks as the
  // user (« Mon compte est bloqué ») says nothing happened, and a success says it went well.
  const asks = (t: string) => patterns.info.split('|').some((w) => t.startsWith(w));
  // Headings that ask, twice or more: a help page, whose headings name its topics, not what happened.
  const heads = headings.filter(asks).length > 1 ? [] : headings;
  const messages = [...heads, ...errors];
  collect(shows.others, messages);
  const told = (list: string[]) => list.filter((t) => !asks(t) && !matches(t, patterns.success));
  const said = told(messages);
  const failed = told(errors);
  const warned = (t: string) => matches(t, patterns.lockWarning);
  add(any(heads, patterns.forgotPassword), 'reset_page');
  add(
    said.some((t) => matches(t, patterns.credentialsError) && !matches(t, patterns.rules)) || failed.some(warned),
    'credentials_error',
  );
  add(
    said.some((t) => matches(t, patterns.locked) && !warned(t)),
    'locked_error',
  );
  const context = [...said];
  collect(within(CODE_CONTEXT), context);
  add(any(context, patterns.codeSms), 'code_sms');
  add(any(context, patterns.codeEmail), 'code_email');
  // Captcha widgets (reCAPTCHA, hCaptcha, Friendly Captcha) sit in the form they guard.
  add(within(CAPTCHA).some(visible) || any(context, patterns.captcha), 'captcha');
  const button = doc.querySelector(FC_CLASSES);
  add(
    (button && visible(button)) || within(FC_BUTTON).some(visible) || signIn(tagged('button')),
    'franceconnect_button',
  );
  add(any(said, patterns.sessionExpired), 'session_expired');
  add(any(failed, patterns.rules), 'password_rules_error');
  add(any(said, patterns.forcedChange), 'forced_change');
  add(
    any(said, patterns.franceConnectError) || (any(headings, patterns.franceConnect) && any(said, patterns.failure)),
    'franceconnect_error',
  );
  add(any(said, patterns.franceConnectPlus), 'franceconnect_plus_required');
  add(any(told(context), patterns.byPost), 'code_by_post');
  add(any(said, patterns.identityFailed), 'identity_check_failed');
  add(any(said, patterns.noAccount), 'no_account_error');
  return found;
}

/** A shown button whose text offers to sign in with FranceConnect. */
function signIn(buttons: Iterable<Element>): boolean {
  const patterns = words();
  const texts: string[] = [];
  collect(buttons, texts, shown);
  return texts.some((t) => matches(t, patterns.franceConnectSignIn));
}

/** The label of what was clicked, from its text or accessible name, never from a field's value. */
function actionLabel(el: Element): string | null {
  if (!ours(el)) return null;
  const text = `${el.textContent ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`;
  return text.length <= MAX_TEXT ? normalise(text) : null;
}

export function classifyClick(target: Element): ClickSignal | null {
  const el = target.closest(ACTIONS);
  if (!el) return null;
  if (el.matches(FC_BUTTON)) return 'franceconnect_click';
  const label = actionLabel(el);
  if (!label) return null;
  const patterns = words();
  if (matches(label, patterns.emailNotReceived)) return 'email_not_received_click';
  if (matches(label, patterns.codeNotReceived)) return 'code_not_received_click';
  if (matches(label, patterns.forgotPassword)) return 'forgot_password_click';
  if (matches(label, patterns.forgotIdentifier)) return 'forgot_identifier_click';
  if (matches(label, patterns.createAccount)) return 'create_account_click';
  if (matches(label, patterns.franceConnectSignIn)) return 'franceconnect_click';
  return null;
}
