// @vitest-environment happy-dom
// The popup's first view (written by popup-early.js before the App loads) must
// be the App's own first render: the same text in the same markup, so that the
// counsellor's first text never changes when the App takes over.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { DaySource } from '../../components/day-source';
import { I18nContext } from '../../components/i18n';
import { App } from '../../entrypoints/popup/App';
import { firstView } from '../../entrypoints/popup/first-view';
import type { Lang } from '../../lib/catalogue';
import type { DaySnapshot } from '../../lib/db/queries';
import { createTranslator, type Messages } from '../../lib/i18n/translator';
import type { Entry, Friction } from '../../lib/model/records';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { entryAt } from '../helpers/records';

const NOW = new Date('2026-11-24T15:00:00+01:00').getTime();
const MIN = 60_000;
const details = { organisationId: 'caf', procedureId: null, modeId: null, reasonIds: [], outcomeId: null };

function entry(n: number, activeMs: number): Entry {
  return entryAt(NOW - (n + 2) * 60 * MIN, activeMs, `entry-${String(n).padStart(4, '0')}`);
}

function friction(n: number, status: Friction['status']): Friction {
  return {
    id: `friction-${String(n).padStart(4, '0')}`,
    at: NOW - n * MIN,
    organisationId: 'caf',
    kind: 'mdp_oublie',
    detection: status === 'confirmed' ? 'manual' : 'auto',
    status,
    entryId: null,
    loginMs: null,
  };
}

const busyDay = {
  entries: [entry(1, 40 * MIN), entry(2, 25 * MIN), entry(3, 0)],
  frictions: [friction(1, 'confirmed'), friction(2, 'pending')],
};
const snapshots: Record<string, DaySnapshot> = {
  'an empty first day': { timer: { status: 'idle' }, entries: [], frictions: [] },
  'a busy day, no timer': { timer: { status: 'idle' }, ...busyDay },
  'a running timer': {
    timer: {
      status: 'running',
      entryId: 'entry-running',
      startedAt: NOW - 20 * MIN,
      segmentStartedAt: NOW - 7 * MIN - 42_000,
      accumulatedMs: 3 * MIN,
      details,
    },
    ...busyDay,
  },
  'a paused timer': {
    timer: {
      status: 'paused',
      entryId: 'entry-running',
      startedAt: NOW - 20 * MIN,
      pausedAt: NOW - 5 * MIN,
      accumulatedMs: 15 * MIN,
      details,
    },
    ...busyDay,
  },
};
const locales: Record<Lang, Messages> = { fr, en };

/** A source that never answers: the App shows the snapshot it is given, and nothing else happens. */
const silent: DaySource = { first: () => new Promise(() => {}), watch: () => () => {} };

function renderApp(into: HTMLElement, lang: Lang, snapshot: DaySnapshot) {
  render(
    <I18nContext.Provider value={{ t: createTranslator(locales[lang]), lang }}>
      <App source={silent} initial={snapshot} clock={() => NOW} />
    </I18nContext.Provider>,
    into,
  );
}

function container(): HTMLElement {
  const element = document.createElement('div');
  document.body.append(element);
  return element;
}

/** The section without the draft form's fields, which come with the App into the place kept for them. */
function withoutFormFields(section: Element): string {
  const copy = section.cloneNode(true) as Element;
  copy.querySelector('.details-form')?.replaceChildren();
  return copy.outerHTML;
}

const openingTag = (element: Element) => element.outerHTML.slice(0, element.outerHTML.indexOf('>') + 1);
const outerHtmls = (elements: HTMLCollection) => [...elements].map((e) => e.outerHTML);

afterEach(() => {
  document.body.replaceChildren();
});

describe('popup first view', () => {
  for (const lang of ['fr', 'en'] as const) {
    for (const [name, snapshot] of Object.entries(snapshots)) {
      it(`is the App's first render for ${name} (${lang})`, () => {
        const early = firstView(document, createTranslator(locales[lang]), lang, snapshot, NOW);
        const app = container();
        renderApp(app, lang, snapshot);
        const appMain = app.querySelector('main') as Element;

        expect(early.querySelector('header')?.outerHTML).toBe(appMain.querySelector('header')?.outerHTML);
        const earlyTimer = early.querySelector('section.timer') as Element;
        const appTimer = appMain.querySelector('section.timer') as Element;
        if (snapshot.timer.status === 'idle') {
          // The whole timer section, the start button below the place of the form.
          expect(earlyTimer.querySelector('.details-form')?.childNodes).toHaveLength(0);
          expect(earlyTimer.outerHTML).toBe(withoutFormFields(appTimer));
        } else {
          // The heading, the clock and its buttons; the form comes with the App, below them.
          expect(openingTag(earlyTimer)).toBe(openingTag(appTimer));
          expect(outerHtmls(earlyTimer.children)).toEqual(outerHtmls(appTimer.children).slice(0, 3));
        }
      });
    }
  }

  it('says today’s figures and the start button in words', () => {
    const early = firstView(
      document,
      createTranslator(fr),
      'fr',
      snapshots['a busy day, no timer'] as DaySnapshot,
      NOW,
    );
    expect(early.querySelector('[data-testid="today"]')?.textContent).toBe(
      'Aujourd’hui : 1 h 05 · 3 démarches · 1 difficulté de connexion',
    );
    expect(early.querySelector('button.primary')?.textContent).toBe('Démarrer le chronomètre');
  });

  it('shows the running timer instead of the start button, its time counted in today’s total', () => {
    const early = firstView(document, createTranslator(fr), 'fr', snapshots['a running timer'] as DaySnapshot, NOW);
    expect(early.querySelector('h2')?.textContent).toBe('Démarche en cours');
    expect(early.querySelector('[data-testid="elapsed"]')?.textContent).toBe('0:10:42');
    expect(early.querySelector('[data-testid="today"]')?.textContent).toBe(
      'Aujourd’hui : 1 h 16 · 4 démarches · 1 difficulté de connexion',
    );
    expect([...early.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Arrêter', 'Pause', 'Enchaîner']);
  });

  it('is taken over by the App with nothing left behind', () => {
    for (const snapshot of Object.values(snapshots)) {
      const over = container();
      over.append(firstView(document, createTranslator(fr), 'fr', snapshot, NOW));
      const button = over.querySelector('button');
      renderApp(over, 'fr', snapshot);
      const fresh = container();
      renderApp(fresh, 'fr', snapshot);
      expect(over.innerHTML).toBe(fresh.innerHTML);
      // The App reuses the first view's nodes: a button the counsellor has focused stays there.
      expect(over.contains(button)).toBe(true);
    }
  });
});
