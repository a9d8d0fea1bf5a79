// Text matching for the probe, on the short texts a page shows (headings,
// alerts, labels, clicked links). Texts are lower-cased and stripped of
// French accents and of punctuation first, so « Mot de passe oublié ? », « MOT DE PASSE
// OUBLIE » and « mot-de-passe oublié » read alike. Patterns are lists of
// keywords matched at the start of a word, not regular expressions: a
// regular expression costs more to compile on each page load than the whole
// scan of a 5,000-element page.
const ACCENTED = 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿ';
const PLAIN = 'aaaaaaceeeeiiiinooooouuuuyy';

export function normalise(text: string): string {
  // A character loop rather than String.normalize and regular expressions:
  // both cost more to set up on each page load than the texts cost to read.
  let out = '';
  let space = true;
  for (const char of text.toLowerCase()) {
    const at = ACCENTED.indexOf(char);
    const c = at >= 0 ? (PLAIN[at] as string) : char;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
      space = false;
    } else if (c === 'œ' || c === 'æ') {
      out += c === 'œ' ? 'oe' : 'ae';
      space = false;
    } else if (!space) {
      out += ' ';
      space = true;
    }
  }
  return out.trimEnd();
}

/** A rule matches when each of its groups has one of its words; a pattern when one of its rules does. */
export type Pattern = string[][][];

export function matches(text: string, pattern: Pattern): boolean {
  const padded = ` ${text}`;
  return pattern.some((rule) => rule.every((group) => group.some((word) => padded.includes(` ${word}`))));
}

const PASSWORD = ['mot de passe', 'code confidentiel', 'code secret', 'code d acces'];
const LOST = ['oubli', 'perdu'];
const CODE = ['code', 'lien'];

export const patterns = {
  forgotPassword: [[PASSWORD, [...LOST, 'reinitialis', 'renouvel', 'recuper']]],
  forgotIdentifier: [
    [
      ['identifiant', 'numero fiscal', 'numero d allocataire', 'numero allocataire', 'numero de securite', 'login'],
      [...LOST, 'retrouver'],
    ],
  ],
  createAccount: [
    [
      // Words match at their start: « cree » also reads « créer », « créez ».
      ['cree', 'creation', 'ouvrir'],
      ['compte', 'espace', 'un compte'],
    ],
    [['pas de compte', 'pas encore de compte', 'pas encore inscrit', 's inscrire', 'm inscrire']],
  ],
  credentialsError: [
    [
      [
        'identifiant',
        'numero',
        'nir',
        'adresse',
        'courriel',
        'e mail',
        'email',
        'login',
        'informations de connexion',
        ...PASSWORD,
      ],
      ['incorrect', 'errone', 'invalide', 'ne correspond', 'inconnu', 'n est pas reconnu'],
    ],
    [['echec'], ['authentification', 'identification']],
  ],
  locked: [
    [
      ['compte', 'acces'],
      ['bloque', 'verrouille', 'suspendu', 'desactive'],
    ],
    [['trop de tentatives', 'trop grand nombre de tentatives', 'nombre maximal', 'nombre maximum', 'trop d essais']],
  ],
  codeSms: [
    [CODE, ['sms', 'texto']],
    [['code'], ['telephone', 'portable', 'mobile', 'application']],
  ],
  // « mail » also reads « e-mail ».
  codeEmail: [[CODE, ['courriel', 'email', 'mail', 'adresse electronique', 'messagerie']]],
  codeNotReceived: [
    [['pas recu'], ['code', 'sms', 'courriel', 'mail']],
    [['renvoyer', 'renvoi', 'nouveau', 'generer', 'demander'], ['code']],
  ],
  captcha: [[['captcha', 'je ne suis pas un robot', 'anti robot']]],
  franceConnectSignIn: [
    [
      ['franceconnect', 'france connect'],
      ['identifier', 'connecter', 'connexion', 'continuer', 'acceder'],
    ],
  ],
} satisfies Record<string, Pattern>;
