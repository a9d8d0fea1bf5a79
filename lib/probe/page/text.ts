// Text matching for the probe, on the short texts a page shows (headings,
// messages, labels, clicked links). Texts are lower-cased and stripped of
// French accents and of punctuation first, so « Mot de passe oublié ? », « MOT DE PASSE
// OUBLIE », « mot-de-passe oublié » and « n’a » / « n'a » read alike. Keywords are
// grouped by meaning and matched at the start of a word, not by regular
// expressions: a regular expression costs more to compile on each page load
// than the whole scan of a 5,000-element page. Patterns are written as one
// string (rules split by `;`, groups by `/`, words by `|`), the most compact
// form for the content script's 3 KB; they are split when a page is read.
const ACCENTED = 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿ';
const PLAIN = 'aaaaaaceeeeiiiinooooouuuuyy';

export function normalise(text: string): string {
  // A character loop rather than String.normalize and regular expressions:
  // both cost more to set up on each page load than the texts cost to read.
  // « + » is kept as a word of its own: « FranceConnect+ » is not FranceConnect.
  let out = '';
  let space = true;
  for (const char of text.toLowerCase()) {
    const at = ACCENTED.indexOf(char);
    const c = at >= 0 ? (PLAIN[at] as string) : char;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
      space = false;
    } else if (c === 'œ' || c === 'æ' || c === '+') {
      out += c === '+' ? ' +' : c === 'œ' ? 'oe' : 'ae';
      space = false;
    } else if (!space) {
      out += ' ';
      space = true;
    }
  }
  return out.trimEnd();
}

/** Rules split by `;`, a rule's groups by `/`, a group's words by `|`. */
export type Pattern = string;

/** A rule matches when each of its groups has one of its words; a pattern when one of its rules does. */
export function matches(text: string, pattern: Pattern): boolean {
  const padded = ` ${text}`;
  return pattern
    .split(';')
    .some((rule) => rule.split('/').every((group) => group.split('|').some((word) => padded.includes(` ${word}`))));
}

const PASSWORD = 'mot de passe|code confidentiel|code secret|code d acces';
const LOST = 'oubli|perdu';
const FC = 'franceconnect|france connect';
const MAIL = 'courriel|email|e mail|mail|adresse electronique|messagerie';

export const forgotPassword: Pattern = `${PASSWORD}/${LOST}|reinitialis|renouvel|recuper`;
export const forgotIdentifier: Pattern = `identifiant|numero fiscal|numero d allocataire|numero allocataire|numero de securite|login/${LOST}|retrouver`;
// Words match at their start: « cree » also reads « créer », « créez ».
export const createAccount: Pattern =
  'cree|creation|ouvrir/compte|espace;pas de compte|pas encore de compte|pas encore inscrit|s inscrire|m inscrire';
export const credentialsError: Pattern = `identifiant|numero|nir|adresse|courriel|e mail|email|login|informations de connexion|${PASSWORD}/incorrect|errone|invalide|ne correspond|inconnu|n est pas reconnu|n est pas valide;echec/authentification|identification`;
export const locked: Pattern =
  'compte|acces/bloque|verrouille|suspendu|desactive;trop de tentatives|trop grand nombre|nombre maximal|nombre maximum|trop d essais|trop de saisies';
/** The account WILL be locked after more attempts: still a wrong password (mdp_oublie), not a locked account. */
export const lockWarning: Pattern =
  'sera bloque|sera verrouille|sera suspendu|il vous reste|tentatives restantes|tentative restante|essais restants|essai restant|avant blocage|avant le blocage';
export const sessionExpired: Pattern =
  'session|connexion|page|delai/a expire|expiree|interrompue|a pris fin|n est plus valide|depasse;ete deconnecte|etes deconnecte|deconnexion automatique|inactivite prolongee';
/** Said in an error element: a rule the chosen password broke. */
export const rules: Pattern = `${PASSWORD}|caracteres|majuscule|minuscule|chiffre/ne respecte pas|non conforme|pas conforme|trop faible|trop simple|trop court|pas assez|doit contenir|doit comporter|au moins|minimum|ne doit pas|deja ete utilise|pas autorise`;
export const forcedChange: Pattern = `${PASSWORD}/a expire|est expire|expiration|doit etre chang|doit etre modifi|doit etre renouvel;devez|obligatoire|necessaire/chang|modifi|renouvel/${PASSWORD};conditions generales|cgu|conditions d utilisation/nouvelle|evolu|mise a jour|mises a jour|mis a jour|modifie`;
export const franceConnectError: Pattern = `${FC}/erreur|echec|impossible|pas pu|indisponible`;
/** A failure worded without the name of FranceConnect, read on a FranceConnect page. */
export const failure: Pattern = 'une erreur|erreur technique|code erreur|code d erreur';
/** Starts an informational text: advice, a condition (help pages, FAQs); a question is marked `faq`. */
export const info: Pattern = 'faq|que faire|comment|pourquoi|en cas|si |lorsque|quand|conseil|a savoir|bon a savoir';
export const franceConnectPlus: Pattern =
  'franceconnect +|france connect +|niveau de garantie|identite numerique la poste/requis|exige|necessite|necessaire|uniquement|seul|doit|devez|substantiel|eleve|suffisant|insuffisant|obligatoire';
export const byPost: Pattern =
  'courrier|voie postale|envoi postal|par la poste/code|identifiant|mot de passe|activation';
export const identityFailed: Pattern =
  'identite|etat civil/pas pu verifier|pas pu etre verifi|pas pu confirmer|pas pu etre confirm|echec|echoue|ne correspond|impossible de verifier|pas ete verifi|pas ete confirm|non verifi|pas abouti';
export const noAccount: Pattern =
  'aucun compte|aucun espace|aucun utilisateur|aucun dossier|compte inexistant|etes pas inscrit|est pas inscrit;compte/n existe pas|introuvable';
export const codeSms: Pattern = 'code|lien/sms|texto;code/telephone|portable|mobile|application';
// « mail » also reads « e-mail ».
export const codeEmail: Pattern = `code|lien/${MAIL}`;
export const codeNotReceived: Pattern = `pas recu/code|sms|${MAIL}|lien;renvoyer|renvoi|nouveau|generer|demander/code`;
/** A resend action that names the e-mail: its code or link did not come. */
export const emailNotReceived: Pattern = `pas recu|renvoyer|renvoi/${MAIL}`;
export const captcha: Pattern = 'captcha|je ne suis pas un robot|anti robot';
export const franceConnect: Pattern = FC;
export const franceConnectSignIn: Pattern = `${FC}/identifier|connecter|connexion|continuer|acceder`;
