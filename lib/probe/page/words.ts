// The probe's keywords, grouped by meaning, as the patterns of ./text match
// them (rules split by `;`, a rule's groups by `/`, a group's words by `|`).
// Data, not code: the content script does not carry them (its 3 KB budget).
// The build puts them in the extension's locale files (`probe_words`, see
// lib/build/probe-script.ts and the test that keeps them equal), whence the
// probe takes them with i18n.getMessage, synchronously, when it first reads a
// page; tests, the measurements and Node import them from here.
const PASSWORD = 'mot de passe|code confidentiel|code secret|code d acces';
const LOST = 'oubli|perdu';
const FC = 'franceconnect|france connect';
const MAIL = 'courriel|email|e mail|mail|adresse electronique|messagerie';

export const WORDS = {
  forgotPassword: `${PASSWORD}/${LOST}|reinitialis|renouvel|recuper`,
  forgotIdentifier: `identifiant|numero fiscal|numero d allocataire|numero allocataire|numero de securite|login/${LOST}|retrouver`,
  // Words match at their start: « cree » also reads « créer », « créez ».
  createAccount:
    'cree|creation|ouvrir/compte|espace;pas de compte|pas encore de compte|pas encore inscrit|s inscrire|m inscrire',
  credentialsError: `identifiant|numero|nir|adresse|courriel|e mail|email|login|informations de connexion|${PASSWORD}/incorrect|errone|invalide|ne correspond|inconnu|n est pas reconnu|n est pas valide|ne sont pas valide|pas correct;echec|echou/authentification|identification`,
  locked:
    'compte|acces|identifiant/bloque|verrouille|suspendu|desactive;trop de tentatives|trop grand nombre|nombre maximal|nombre maximum|trop d essais|trop de saisies',
  /** The account WILL be locked after more attempts: still a wrong password (mdp_oublie), not a locked account. */
  lockWarning:
    'sera bloque|sera verrouille|sera suspendu|sera temporairement|au bout de|il vous reste|tentatives restantes|tentative restante|essais restants|essai restant|avant blocage|avant le blocage',
  sessionExpired:
    'session|connexion|page|delai|temps/a expire|expiree|interrompue|a pris fin|n est plus valide|depasse|ecoule;ete deconnecte|etes deconnecte|deconnexion automatique|inactivite prolongee;inactivite/a expire|expiree',
  /** A success: « bien été modifié », « avec succès »; says no friction. */
  success: 'bien ete|a bien|avec succes|succes',
  /** Said in an error element: a rule the chosen password broke. */
  rules: `${PASSWORD}|caractere|majuscule|minuscule|chiffre/ne respecte pas|non conforme|pas conforme|trop faible|trop simple|trop court|pas assez|doit contenir|doit comporter|au moins|minimum|ne doit pas|deja ete utilise|pas autorise`,
  forcedChange: `${PASSWORD}/a expire|est expire|expiration|doit etre chang|doit etre modifi|doit etre renouvel;devez|obligatoire|necessaire/chang|modifi|renouvel/${PASSWORD};mot de passe provisoire|mot de passe temporaire|code provisoire|premiere connexion/remplac|chang|modifi|personnalis|choisi|defini;conditions generales|cgu|conditions d utilisation/nouvelle|evolu|mise a jour|mises a jour|mis a jour|modifie`,
  franceConnectError: `${FC}/erreur|echec|impossible|pas pu|indisponible`,
  /** A failure worded without the name of FranceConnect, read on a FranceConnect page. */
  failure: 'une erreur|erreur technique|code erreur|code d erreur',
  /** Starts an informational text: advice, a condition, the user's own words (help pages, FAQs); a question is marked `faq`. */
  info: 'faq|que faire|comment|pourquoi|en cas|si |lorsque|quand|conseil|a savoir|bon a savoir|questions|aide|je |j |mon |ma |mes ',
  franceConnectPlus:
    'franceconnect +|france connect +|niveau de garantie|niveau d identification|identite numerique la poste/requis|exige|necessite|necessaire|uniquement|seul|doit|devez|substantiel|eleve|suffisant|insuffisant|obligatoire|ne permet pas|reconnect',
  byPost: 'courrier|voie postale|envoi postal|par la poste|domicile/code|identifiant|mot de passe|activation',
  identityFailed:
    'identite|etat civil/pas pu verifier|pas pu etre verifi|pas pu confirmer|pas pu etre confirm|echec|echoue|ne correspond|impossible de verifier|pas ete verifi|pas ete confirm|non verifi|pas abouti|refuse|rejete',
  noAccount:
    'aucun compte|aucun espace|aucun utilisateur|aucun dossier|compte inexistant|etes pas inscrit|est pas inscrit;compte|identifiant|adresse/n existe pas|introuvable|associe a aucun|rattache a aucun|pas ete trouve;ne trouvons pas|ne trouvons aucun|avons pas trouve/compte|espace|identifiant|dossier;compte|espace/pas encore cree|pas encore ete cree',
  codeSms: 'code|lien/sms|texto;code/telephone|portable|mobile|application',
  // « mail » also reads « e-mail ».
  codeEmail: `code|lien/${MAIL}`,
  codeNotReceived: `pas recu/code|sms|${MAIL}|lien;renvoyer|renvoi|nouveau|generer|demander/code`,
  /** A resend action that names the e-mail: its code or link did not come. */
  emailNotReceived: `pas recu|renvoyer|renvoi/${MAIL}`,
  captcha: 'captcha|je ne suis pas un robot|anti robot|des robots|etes un humain',
  franceConnect: FC,
  franceConnectSignIn: `${FC}/identifier|connecter|connexion|continuer|acceder`,
};

export type Words = typeof WORDS;

/** The keywords (here, from this module; in the content script, from the background or the locale files). */
export function words(): Words {
  return WORDS;
}

/** Here they are always at hand; the content script's ./words.i18n asks the background for them. */
export function ask(): Promise<void> | undefined {
  return undefined;
}
