// The popup's first view: what a counsellor opens it for (today's total, and
// the start button or the running timer), built with bare DOM calls by the
// classic early script (popup-early.js) as soon as today's data is read, so it
// is painted before Preact, Dexie and the lists are even loaded. It is the
// App's own markup (tests/components/first-view.test.tsx compares them), so
// the App, rendered over it once loaded, changes no text the counsellor sees
// and moves nothing: the draft form fills the place kept for it.
import { clockText } from '../../components/format';
import { todayFigures } from '../../components/today-text';
import type { Lang } from '../../lib/catalogue';
import { dayRange } from '../../lib/core/day-range';
import type { DaySnapshot } from '../../lib/db/queries';
import type { Translate } from '../../lib/i18n/translator';
import { elapsedMs, elapsedSinceMs } from '../../lib/model/timer-state';
import { summariseDay } from '../../lib/stats/day';

type Child = Node | string;

function element(
  doc: Document,
  tag: string,
  attributes: Record<string, string | boolean>,
  ...children: Child[]
): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) node.setAttribute(name, '');
    else if (value !== false) node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

function timerSection(doc: Document, t: Translate, snapshot: DaySnapshot, now: number): HTMLElement {
  const { timer } = snapshot;
  const labelled = { 'aria-labelledby': 'timer-heading' };
  if (timer.status === 'idle') {
    return element(
      doc,
      'section',
      { class: 'timer', ...labelled },
      element(doc, 'h2', { id: 'timer-heading' }, t('newProcedure')),
      // The form's place, kept empty (styles.css gives it the form's height): building
      // select elements costs more than the rest of the view, so they come with the App.
      element(doc, 'div', { class: 'details-form' }),
      element(doc, 'button', { type: 'button', class: 'primary big', 'data-focus': 'start' }, t('start')),
      element(doc, 'p', { class: 'error', role: 'alert', hidden: true }),
    );
  }
  // Running or paused: the clock and its buttons; the details form and the
  // discard link come with the App, below them.
  const running = timer.status === 'running';
  return element(
    doc,
    'section',
    { class: 'timer active', ...labelled },
    element(doc, 'h2', { id: 'timer-heading' }, t(running ? 'timerRunning' : 'timerPaused')),
    element(
      doc,
      'div',
      { class: 'row clock-row' },
      element(
        doc,
        'p',
        { class: 'clock', role: 'timer', 'aria-label': t('elapsed'), 'data-testid': 'elapsed' },
        clockText(elapsedMs(timer, now)),
      ),
      element(doc, 'button', { type: 'button', class: 'primary', 'data-focus': 'stop' }, t('stop')),
      element(
        doc,
        'button',
        { type: 'button', 'data-focus': running ? 'pause' : 'resume' },
        t(running ? 'pause' : 'resume'),
      ),
      element(doc, 'button', { type: 'button', 'aria-describedby': 'switch-hint' }, t('switch')),
    ),
    element(doc, 'p', { class: 'hint', id: 'switch-hint' }, t('switchExplain')),
  );
}

/** The first view of the popup for today's `snapshot` at `now`, as a `<main>` element. */
export function firstView(doc: Document, t: Translate, lang: Lang, snapshot: DaySnapshot, now: number): HTMLElement {
  const { timer, entries, frictions } = snapshot;
  const runningMs = timer.status === 'idle' ? null : elapsedSinceMs(timer, now, dayRange(now).from);
  const summary = summariseDay(entries, frictions, runningMs);
  return element(
    doc,
    'main',
    {},
    element(
      doc,
      'header',
      {},
      element(doc, 'h1', {}, t('extName')),
      element(
        doc,
        'p',
        { class: 'today', 'data-testid': 'today' },
        element(doc, 'strong', {}, t('today')),
        ` ${todayFigures(t, lang, summary)}`,
      ),
    ),
    timerSection(doc, t, snapshot, now),
  );
}
