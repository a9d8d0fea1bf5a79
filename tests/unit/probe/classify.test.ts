import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../lib/catalogue';
import { type CodeChannel, type DerivedSignal, frictionKinds } from '../../../lib/probe/classify';
import { CLICK_SIGNALS, PAGE_SIGNALS, type Signal } from '../../../lib/probe/page/signals';

const DERIVED: DerivedSignal[] = ['account_creation_page', 'login_page'];
const ALL: Array<Signal | DerivedSignal> = [...PAGE_SIGNALS, ...CLICK_SIGNALS, ...DERIVED];

describe('classification of probe signals', () => {
  it('only ever produces friction kinds of the catalogue, whatever the signals and the code channel', () => {
    const known = new Set(catalogue.frictions.map((f) => f.id));
    const produced = new Set<string>();
    // Every signal alone, every pair, and all of them, with each code channel.
    const sets = [ALL, ...ALL.flatMap((a, i) => ALL.slice(i).map((b) => [a, b]))];
    for (const signals of sets) {
      for (const channel of ['sms', 'email', null] as const) {
        for (const kind of frictionKinds(signals, channel)) produced.add(kind);
      }
    }
    expect(produced.size).toBeGreaterThan(5);
    for (const kind of produced) expect(known, `${kind} is not in the catalogue`).toContain(kind);
  });
});

describe('friction kinds of the page signals', () => {
  const kinds = (signals: Array<Signal | DerivedSignal>, channel: CodeChannel | null = null) =>
    frictionKinds(signals, channel).sort();

  it('maps each new page signal to its friction kind', () => {
    expect(kinds(['session_expired'])).toEqual(['session_expiree']);
    expect(kinds(['password_rules_error'])).toEqual(['regles_mdp']);
    expect(kinds(['forced_change'])).toEqual(['mdp_change_force']);
    expect(kinds(['franceconnect_error'])).toEqual(['franceconnect_boucle']);
    expect(kinds(['franceconnect_plus_required'])).toEqual(['franceconnect_plus_requis']);
    expect(kinds(['code_by_post'])).toEqual(['code_courrier']);
    expect(kinds(['identity_check_failed'])).toEqual(['verification_identite_echec']);
    expect(kinds(['no_account_error'])).toEqual(['creation_compte_requise']);
    expect(kinds(['email_not_received_click'])).toEqual(['email_non_recu']);
  });

  it('reads a recovery heading of the identifier, a creation heading, and a code asked for by post', () => {
    expect(kinds(['identifier_reset_page'])).toEqual(['identifiant_oublie']);
    expect(kinds(['creation_heading'])).toEqual(['creation_compte_requise']);
    expect(kinds(['code_by_post_click'])).toEqual(['code_courrier']);
  });

  it('reads a code by post that did not come as the post’s delay, on the page or after it', () => {
    expect(kinds(['code_not_received_click', 'code_by_post'])).toEqual(['code_courrier']);
    expect(kinds(['code_not_received_click'], 'post')).toEqual(['code_courrier']);
    expect(kinds(['code_not_received_click', 'code_sms'], 'post')).toEqual(['code_2fa_inaccessible']);
  });

  it('reads « nombre maximal d’envois de SMS atteint » as a code that cannot come, not a locked account', () => {
    expect(kinds(['locked_error', 'code_failed', 'code_sms'])).toEqual(['code_2fa_inaccessible']);
  });

  it('gives an undelivered code the channel the page showed, as a « not received » click', () => {
    expect(kinds(['code_failed', 'code_sms'])).toEqual(['code_2fa_inaccessible']);
    expect(kinds(['code_failed', 'code_email'])).toEqual(['email_non_recu']);
    expect(kinds(['code_failed'], 'email')).toEqual(['email_non_recu']);
  });

  it('reads details refused during an account creation as an identity check, not a forgotten password', () => {
    expect(kinds(['credentials_error'])).toEqual(['mdp_oublie']);
    expect(kinds(['credentials_error', 'creation_heading'])).toEqual([
      'creation_compte_requise',
      'verification_identite_echec',
    ]);
    expect(kinds(['credentials_error', 'account_creation_page'])).toEqual([
      'creation_compte_requise',
      'verification_identite_echec',
    ]);
  });

  it('does not read a wrong password in a message that says there is no account, or that the identity did not match', () => {
    expect(kinds(['credentials_error', 'no_account_error'])).toEqual(['creation_compte_requise']);
    expect(kinds(['credentials_error', 'identity_check_failed'])).toEqual(['verification_identite_echec']);
  });

  it('reads the more telling kind when two signals tell one story', () => {
    // An account of too low a level: FranceConnect+ required, no error of FranceConnect.
    expect(kinds(['franceconnect_error', 'franceconnect_plus_required'])).toEqual(['franceconnect_plus_requis']);
    // A renewal imposed at login under a heading that would read as a reset.
    expect(kinds(['reset_page', 'forced_change'])).toEqual(['mdp_change_force']);
    // « Compte bloqué : définissez un nouveau mot de passe »: the lockout only.
    expect(kinds(['locked_error', 'forced_change'])).toEqual(['compte_bloque']);
    // No file found for an identity that did not match.
    expect(kinds(['no_account_error', 'identity_check_failed'])).toEqual(['verification_identite_echec']);
    // A number « pas valide » when the SMS could not be sent.
    expect(kinds(['credentials_error', 'code_failed', 'code_sms'])).toEqual(['code_2fa_inaccessible']);
  });

  it('reads an authentication through FranceConnect that failed as FranceConnect’s failure, an identity it could not verify as both', () => {
    expect(kinds(['credentials_error', 'franceconnect_error'])).toEqual(['franceconnect_boucle']);
    expect(kinds(['identity_check_failed', 'franceconnect_error'])).toEqual([
      'franceconnect_boucle',
      'verification_identite_echec',
    ]);
  });

  it('reads a resend click by the channel of the page, else of the tab', () => {
    expect(kinds(['code_email', 'code_not_received_click'])).toEqual(['email_non_recu']);
    expect(kinds(['code_sms', 'code_not_received_click'], 'email')).toEqual(['code_2fa_inaccessible']);
    expect(kinds(['code_not_received_click'], 'email')).toEqual(['email_non_recu']);
    expect(kinds(['code_not_received_click'])).toEqual(['code_2fa_inaccessible']);
  });

  it('takes wrong entries said with a lockout for its cause: a locked account, not a forgotten password', () => {
    expect(frictionKinds(['credentials_error', 'locked_error'], null)).toEqual(['compte_bloque']);
    expect(frictionKinds(['credentials_error'], null)).toEqual(['mdp_oublie']);
    expect(frictionKinds(['forgot_password_click', 'locked_error'], null).sort()).toEqual([
      'compte_bloque',
      'mdp_oublie',
    ]);
  });

  it('raises nothing for what is only the login itself', () => {
    expect(kinds(['login_form', 'code_sms', 'code_email', 'franceconnect_button', 'franceconnect_click'])).toEqual([]);
  });
});
