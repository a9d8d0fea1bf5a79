// The probe's reading of a page: cheap lookups (tags, classes, the page's
// forms) and the text of a few short, visible elements (headings, alerts and
// labels near the forms, clicked links). It never reads an input's value, nor
// the text of anything the counsellor may have typed into (a form control, a
// contenteditable region, a text box), never walks the whole text of the page,
// and returns enum signals only.
// Where to look (CSS selectors) is data, like the keywords (./words): the
// content script carries the code only (≤ 3 KB). Kept free of imports but
// ./text, ./signals and ./words.
import type { ClickSignal, PageSignal } from './signals';
import { matches, normalise, type Pattern } from './text';
import { words } from './words';

/** A field marked invalid: its message is the element its aria-describedby names. */
const INVALID = '[aria-invalid=true][aria-describedby]';
const ACTIONS = 'a,button,[role=button],[role=link]';
/** What holds text typed by the counsellor (an input has none, but is a field all the same). */
const TYPED = 'textarea,select,[contenteditable],[role=textbox]';
const FIELD = `input,${TYPED}`;
/** Alerts and labels are short; a long block is page content, not a message. */
const MAX_TEXT = 400;
/** The region read around a form: its largest ancestor of at most this many elements. */
const REGION = 300;

/** Not hidden by the page's markup (cheap); `visible` also asks the browser's styles. */
function shown(el: Element): boolean {
  return !el.closest('[hidden],[aria-hidden=true]');
}

function visible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return shown(el) && (check ? check.call(el) : true);
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
  // A question (« Compte bloqué ? ») is a help page's, not a message: marked so. (Guillemets are
  // no sign of a quotation: messages name the site's buttons with them.)
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

/**
 * Around each form (a login, a code prompt), the small region where its messages are shown;
 * around the first fields too, for the pages whose fields are in no form (single-page applications).
 */
function regions(doc: Document): Element[] {
  const out: Element[] = [];
  for (const form of [...doc.forms, ...doc.getElementsByTagName('input')].slice(0, 6)) {
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
  for (const el of doc.querySelectorAll(`${patterns.errors},${patterns.messages},${INVALID}`)) {
    if (!el.matches(INVALID)) (el.matches(patterns.errors) ? shows.errors : shows.others).push(el);
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
  const starts = (t: string, list: string) => list.split('|').some((w) => t.startsWith(w));
  const asks = (t: string) => starts(t, patterns.info);
  // Headings that ask, twice or more, or a first heading asking for advice (« Identifiants perdus : que faire ? »):
  // a help page, whose headings name its topics, not what happened.
  const help =
    headings.filter((t) => starts(t, patterns.question)).length > 1 || matches(`${headings[1]}`, patterns.advice);
  const heads = help || headings.filter(asks).length > 1 ? [] : headings;
  const messages = [...heads, ...errors];
  // A help page's callouts and notices explain; only its errors (if any) happened.
  if (!help) collect(shows.others, messages);
  const told = (list: string[]) => list.filter((t) => !asks(t) && !matches(t, patterns.success));
  const said = told(messages);
  const failed = told(errors);
  const warned = (t: string) => matches(t, patterns.lockWarning);
  add(any(heads, patterns.forgotPassword), 'reset_page');
  // What the page is for: its title and first heading only (further headings may be a help
  // page's cards, or a login page's side card « Créer un compte », an offer).
  add(any(heads.slice(0, 2), patterns.forgotIdentifier), 'identifier_reset_page');
  add(
    heads.slice(0, 2).some((t) => starts(t, patterns.creationPage) && matches(t, patterns.creationWhat)),
    'creation_heading',
  );
  add(
    said.some((t) => matches(t, patterns.credentialsError) && !matches(t, patterns.rules)) || failed.some(warned),
    'credentials_error',
  );
  add(
    said.some((t) => matches(t, patterns.locked) && !warned(t)),
    'locked_error',
  );
  const context = [...said];
  collect(within(patterns.codeContext), context);
  add(any(context, patterns.codeSms), 'code_sms');
  add(any(context, patterns.codeEmail), 'code_email');
  add([...doc.querySelectorAll(patterns.captchaWidget)].some(visible) || any(context, patterns.captcha), 'captcha');
  const button = doc.querySelector(patterns.fcClasses);
  add(
    (button && visible(button)) || within(patterns.fcButton).some(visible) || signIn(tagged('button')),
    'franceconnect_button',
  );
  add(any(said, patterns.sessionExpired), 'session_expired');
  add(any(failed, patterns.rules), 'password_rules_error');
  add(any(said, patterns.forcedChange), 'forced_change');
  add(
    any(said, patterns.franceConnectError) ||
      // On FranceConnect's own pages (its host name says so), or under a heading naming it, any failure.
      (any([...headings, normalise(doc.location.hostname)], patterns.franceConnect) && any(said, patterns.failure)),
    'franceconnect_error',
  );
  add(any(said, patterns.franceConnectPlus), 'franceconnect_plus_required');
  // A code sent by post is often told as good news (« votre demande a bien été prise en compte »).
  add(
    any(
      // Not when the post is one way among others (« par courriel ou par courrier »).
      [...messages, ...context].filter((t) => !asks(t) && !matches(t, patterns.choice)),
      patterns.byPost,
    ),
    'code_by_post',
  );
  add(any(said, patterns.identityFailed), 'identity_check_failed');
  add(any(said, patterns.noAccount), 'no_account_error');
  // Said, or written beside the code's field (« Le SMS n'a pas pu être distribué »).
  add(any(told(context), patterns.codeFailed), 'code_failed');
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
  const patterns = words();
  // A disclosure (an FAQ's question) only opens its answer; a captcha's « nouveau code » is no code by SMS.
  if (!el || el.matches(patterns.disclosure)) return null;
  if (el.matches(patterns.fcButton)) return 'franceconnect_click';
  const label = actionLabel(el);
  // A link to a help article about the trouble is reading, not the trouble (its address is read here, never sent).
  if (!label || matches(normalise(el.getAttribute('href') ?? ''), patterns.helpLink)) return null;
  if (matches(label, patterns.byPost)) return 'code_by_post_click';
  if (matches(label, patterns.emailNotReceived)) return 'email_not_received_click';
  // Before the codes: « Recevoir un nouveau code confidentiel » is a password (ameli's).
  if (matches(label, patterns.forgotPassword)) return 'forgot_password_click';
  if (matches(label, patterns.codeNotReceived)) return 'code_not_received_click';
  if (matches(label, patterns.forgotIdentifier)) return 'forgot_identifier_click';
  // Submitting a form is not being sent to create an account: on a creation form, the page says it already.
  if (matches(label, patterns.createAccount) && (el as HTMLButtonElement).type !== 'submit')
    return 'create_account_click';
  if (matches(label, patterns.franceConnectSignIn)) return 'franceconnect_click';
  return null;
}
