// @vitest-environment happy-dom
// Where the probe reads messages, and how it reads their wording.
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../../../lib/probe/page/scan';
import { matches, normalise } from '../../../../lib/probe/page/text';
import { WORDS } from '../../../../lib/probe/page/words';

const page = (html: string) => new DOMParser().parseFromString(`<main>${html}</main>`, 'text/html');

describe('normalised wording', () => {
  it('reads alike with either apostrophe, non-breaking spaces, capitals and no accents', () => {
    const forms = [
      'Votre session a expiré.',
      'VOTRE SESSION A EXPIRE',
      'votre\u00a0session\u00a0a\u00a0expiré\u00a0!',
      'Délai d’inactivité dépassé',
      "Délai d'inactivité dépassé",
    ];
    for (const text of forms) expect(matches(normalise(text), WORDS.sessionExpired), text).toBe(true);
    expect(normalise('n’a pas')).toBe(normalise("n'a pas"));
    expect(normalise('FranceConnect+')).toBe('franceconnect +');
  });
});

describe('messages wherever the page shows them', () => {
  it('reads an invalid field’s message through aria-describedby, never the field', () => {
    const doc = page(`<form><input type="email" aria-invalid="true" aria-describedby="m" />
      <p id="m">Aucun compte n’est associé à cette adresse.</p></form>`);
    const field = doc.querySelector('input') as HTMLInputElement;
    let reads = 0;
    for (const name of ['value', 'textContent']) {
      Object.defineProperty(field, name, {
        get() {
          reads++;
          return 'canary';
        },
      });
    }
    expect(scanPage(doc)).toEqual(['no_account_error']);
    expect(reads).toBe(0);
  });

  it('reads a lockout message far from any form, and on a page without one', () => {
    const far =
      page(`<form><input type="password" /></form>${'<section><div><p>Article</p></div></section>'.repeat(120)}
      <aside><div class="fr-alert fr-alert--error"><p>Votre compte est bloqué.</p></div></aside>`);
    expect(scanPage(far)).toContain('locked_error');
    expect(scanPage(page('<div role="alert">Accès suspendu : trop de tentatives.</div>'))).toEqual(['locked_error']);
  });

  it('takes a warning of a lock to come for a wrong password, not a locked account', () => {
    const doc = page(
      '<div class="alert alert-danger">Attention, il vous reste 1 tentative : votre compte sera bloqué.</div>',
    );
    expect(scanPage(doc)).toEqual(['credentials_error']);
  });

  it('does not read an FAQ paragraph, a question, advice or a long help text', () => {
    const doc = page(`<h2>Compte bloqué ?</h2><p>Votre compte est bloqué après trop de tentatives.</p>
      <div class="fr-callout">Si votre session a expiré, reconnectez-vous.</div>
      <div class="fr-notice">Votre session expirera dans 2 minutes.</div>
      <div class="alert">${'Votre compte est bloqué si vous vous trompez trois fois. '.repeat(10)}</div>`);
    expect(scanPage(doc)).toEqual([]);
  });

  it('reads password rules as a rejection only in an error, not as guidance', () => {
    const rule = 'Le mot de passe doit contenir au moins 12 caractères.';
    expect(scanPage(page(`<p class="fr-hint-text">${rule}</p>`))).toEqual([]);
    expect(scanPage(page(`<p class="fr-message fr-message--info">${rule}</p>`))).toEqual([]);
    expect(scanPage(page(`<p class="fr-message fr-message--error">${rule}</p>`))).toEqual(['password_rules_error']);
  });

  it('says nothing of a success message', () => {
    expect(
      scanPage(page('<div class="fr-alert fr-alert--success">Votre mot de passe a bien été modifié.</div>')),
    ).toEqual([]);
  });
});
