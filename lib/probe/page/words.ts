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
/**
 * Where the listed sites' component libraries show errors: DSFR (`fr-alert--error`, `fr-message--error`,
 * `fr-error-text`, `fr-input-group--error`), Bootstrap (`alert-danger`, `invalid-feedback`, `has-error`),
 * Angular Material (`mat-error`), Keycloak and PatternFly (`kc-feedback-text`, `alert-error`, `pf-m-danger`).
 */
const ERRORS =
  '[role=alert],[class*="error" i],[class*="erreur" i],[class*="danger" i],[class*="invalid" i],[class*="warning" i],mat-error,.kc-feedback-text,[id*="error" i],[id*="erreur" i]';
const CAPTCHA =
  '[class*="captcha" i],[id*="captcha" i],img[alt*="captcha" i],iframe[src*="captcha" i],iframe[title*="captcha" i],[class*="turnstile" i]';
/** The FranceConnect button's usual classes, looked up page-wide: it is often outside the login form. */
const FC_CLASSES = '.franceconnect-button,.fr-connect,.btn-franceconnect';

export const WORDS = {
  // Where to look: CSS selectors, data like the keywords (the content script's bytes are counted).
  errors: ERRORS,
  /**
   * Every other message: alerts (`fr-alert`, `alert`, `pf-c-alert`), callouts, notices, statuses, toasts,
   * snack bars, dialogs, and the blocks sites name after messages or information (`portlet-msg-info`,
   * `message-confirmation`, `texte-info`, `notification`).
   */
  messages:
    '[role=status],[aria-live],dialog[open],[role=dialog],[role=alertdialog],[class*="alert" i],[class*="toast" i],[class*="snack" i],[class*="msg" i],[class*="message" i],[class*="notif" i],[class*="info" i],[class*="lead" i],[style*="color" i],[style*="background" i],.well,.jumbotron,.fr-callout,.fr-notice,.help-block',
  /** Text that says what a code prompt or a form is about. */
  codeContext: 'label,p,legend,.fr-hint-text,[class*="hint" i],[class*="desc" i],[id*="desc" i]',
  /** Captcha widgets (reCAPTCHA, hCaptcha, Friendly Captcha, image captchas), page-wide: an anti-bot page often has no form. */
  captchaWidget: CAPTCHA,
  /** What only opens or changes a part of the page: a disclosure (an FAQ's question), a captcha's new image. */
  disclosure: `[aria-expanded],[data-toggle=collapse],[data-bs-toggle=collapse],summary,mat-expansion-panel-header,[class*="accordion" i],${CAPTCHA}`,
  fcClasses: FC_CLASSES,
  fcButton: `${FC_CLASSES},[class*="franceconnect" i]`,
  forgotPassword: `${PASSWORD}/${LOST}|reinitialis|renouvel|recuper;demand|obten|recev|gener|cree|defini/nouveau mot de passe|nouveau code confidentiel|nouveau code secret`,
  forgotIdentifier: `identifiant|numero|login|nom d utilisateur|adresse e mail|adresse mail|adresse electronique|adresse courriel/${LOST}|retrouver|ne connai|connaissez pas|ne me souviens|souvenez plus`,
  // Words match at their start: « cree » also reads « créer », « créez ».
  createAccount:
    'cree|creation|ouvrir/compte|espace;pas de compte|pas encore de compte|pas encore inscrit|s inscri|m inscri|inscrivez|s enregistrer|m enregistrer',
  credentialsError: `identifiant|numero|nir|adresse|courriel|e mail|email|login|informations de connexion|informations saisies|donnees saisies|elements saisis|${PASSWORD}/incorrect|errone|invalide|ne correspond|inconnu|pas reconnu|non reconnu|ne permettent pas de vous|ne sont pas bons|n est pas bon|parvenons pas a vous connecter|n est pas valide|ne sont pas valide|pas correct;echec|echou|refus|erreur d/authentification|identification|votre tentative de connexion;invalid|incorrect/username|password|credentials`,
  locked:
    'compte|acces|identifiant|espace|identite numerique|profil|account/bloque|verrouille|suspendu|desactive|locked|disabled|suspended;trop de tentatives|trop grand nombre|nombre maximal|nombre maximum|trop d essais|trop de saisies|trop de codes|trop d erreurs|too many;suite a|apres|en raison/plusieurs|nombreuses|repetees/tentatives|essais|erreurs|saisies;depasse/nombre|tentatives|essais',
  /** The account WILL be locked after more attempts: still a wrong password (mdp_oublie), not a locked account. */
  lockWarning:
    'sera bloque|sera verrouille|sera suspendu|sera temporairement|au bout de|il vous reste|tentatives restantes|tentative restante|essais restants|essai restant|avant blocage|avant le blocage',
  sessionExpired:
    'session|connexion|page|login/a expire|expiree|a pris fin|arrivee a expiration|n est plus valide|depasse|ecoule|expired|timed out|est terminee|terminee;delai de connexion|delai d inactivite|delai de session|temps imparti/depasse|ecoule;ete deconnecte|etes deconnecte|deconnexion automatique|inactivite prolongee;inactivite/a expire|expiree',
  /** A success: « bien été modifié », « avec succès »; says no friction. */
  success: 'bien ete|a bien|avec succes|succes',
  /** Said in an error element: a rule the chosen password broke. */
  rules: `${PASSWORD}|majuscule|minuscule|caractere special|caracteres speciaux/ne respecte pas|non conforme|pas conforme|trop faible|trop simple|trop court|pas assez|doit contenir|doit comporter|doit etre different|differ|derniers mots de passe|anciens mots de passe|au moins|minimum|ne doit pas|deja ete utilise|pas autorise|mot de passe refuse|est refuse|plus courants|trop courant|exigences|ne satisfait pas|pas suffisamment|longueur;caracteres/trop court|minimum|au moins|pas assez`,
  forcedChange: `${PASSWORD}/a expire|est expire|expiration|doit etre chang|doit etre modifi|doit etre renouvel|has expired;devez|obligatoire|necessaire|veuillez|merci de|il vous faut/chang|modifi|renouvel|choisir un nouveau|en choisir un nouveau|definir un nouveau/${PASSWORD};${PASSWORD}/pas ete modifie depuis|pas ete change depuis;mot de passe provisoire|mot de passe temporaire|code provisoire|premiere connexion/remplac|chang|modifi|personnalis|choisi|defini|cree/devez|obligatoire|pour continuer|avant d|veuillez|merci de|doit;personnalis|update|change your/${PASSWORD}|password;conditions generales|cgu|conditions d utilisation/nouvelle|evolu|mise a jour|mises a jour|mis a jour|modifie`,
  franceConnectError: `${FC}/erreur|echec|echou|impossible|pas pu|indisponible|pas abouti|invalide`,
  /** A failure worded without the name of FranceConnect, read on a FranceConnect page. */
  failure:
    'une erreur|erreur technique|code erreur|code d erreur|code y|indisponible|probleme technique|n a pas pu|impossible|ne repond pas|pas abouti|a expire',
  /** A channel offered among others, not the one the site chose. */
  choice: 'ou par|vous pouvez',
  /** Starts an informational text: advice, a condition, the user's own words (help pages, FAQs); a question is marked `faq`. */
  info: 'faq|que faire|comment|pourquoi|en cas|si |lorsque|quand|conseil|a savoir|bon a savoir|questions|aide|je |j |mon |ma |mes ',
  franceConnectPlus:
    'franceconnect +|france connect +|franceconnect plus|france connect plus|niveau de garantie|niveau d identification|niveau de securite|identite numerique la poste|identite numerique certifiee|france identite/requis|requier|exige|necessite|necessaire|uniquement|seul|doit|devez|substantiel|eleve|suffisant|insuffisant|obligatoire|ne permet pas|reconnect|demande par|n accepte que|accepte uniquement',
  byPost:
    'par courrier|un courrier|courrier postal|dans le courrier|recu par courrier|votre courrier|voie postale|envoi postal|par la poste|a votre domicile/code|identifiant|mot de passe|activation|numero d acces|numero fiscal|numero unique',
  identityFailed:
    // The person's identity not verified; then a document or a photo of it refused (« Accès refusé »
    // beside « fournisseur d'identité » is neither).
    'identite|etat civil|vous identifier|carte vitale/pas pu verifier|pas pu etre verifi|pas reussi a verifier|pas reussi a confirmer|pas permis de vous|pas pu certifier|pas pu etre certifi|pas pu confirmer|pas pu etre confirm|echec|echoue|ne correspond pas|ne correspondent pas|impossible de verifier|impossible de vous|pas ete verifi|pas ete confirm|non verifi|parvenons pas|ne permettent pas|ne nous permettent pas|pas en mesure;piece d identite|carte d identite|passeport|titre de sejour|nfc|puce|photo|visage|selfie/pas pu verifier|pas pu etre verifi|pas reussi a verifier|pas pu valider|pas pu etre valide|pas pu etre lu|echec|echoue|refuse|rejete|illisible|non conforme|pas conforme|non detecte|expire;verification|controle/identite|etat civil/pas abouti',
  noAccount:
    'aucun compte|aucun espace|aucun utilisateur|aucun dossier|compte inexistant|etes pas inscrit|est pas inscrit;compte|identifiant|adresse/n existe pas|introuvable|associe a aucun|rattache a aucun|pas ete trouve;ne trouvons pas|ne trouvons aucun|avons pas trouve/compte|espace|identifiant|dossier;compte|espace/pas encore cree|pas encore ete cree',
  /** Starts a heading of a page that creates or activates an account (« Connexion ou création… » does not; an activation, which follows a creation already counted, does not either)… */
  creationPage: 'creation|creer|creez|je cree|inscription|ouverture',
  /** …and names the account (« Création du mot de passe » does not). */
  creationWhat: 'compte|espace|profil|identite numerique',
  /**
   * Said: a code or link could not be sent or delivered, has expired (said as done, not how long it
   * lasts; a captcha's « code de sécurité » and a password's « code confidentiel » are not such codes),
   * or the second factor's device is gone.
   */
  codeFailed:
    'code|sms|lien|mail|courriel|message/pas pu etre deliv|pas pu etre envoy|pas pu etre transmi|pas pu etre distribu|pas pu etre remis|pas pu vous envoyer|pas pu envoyer|pas reussi a vous envoyer|pas reussi a envoyer|impossible d envoyer|injoignable|ne recoit pas|pas ete deliv|pas ete recu|pas ete envoy|non deliv|echec de l envoi|arrivons pas a joindre|pas parvenu|etre parvenu|ne peut pas vous etre|ne peut pas etre envoy|ne peut etre envoy|nombre maximal d envois|trop de codes demandes|demande trop de codes|trop de sms|trop d envois|trop de demandes de code;ce code a expire|le code a expire|votre code a expire|ce code est expire|le code est expire|code saisi a expire|code d activation a expire|code de verification a expire|code de confirmation a expire;ce lien|le lien/a expire|est expire;envoi/echoue|impossible|pas abouti;aucun appareil|desynchronis|plus relie|pas de numero de telephone|aucun numero de telephone',
  codeSms: 'code|lien/sms|texto;code/telephone|portable|mobile|application',
  // « mail » also reads « e-mail ».
  // A link that expired came by e-mail: links are sent that way.
  codeEmail: `code|lien|activation|validation|confirmation/${MAIL};${MAIL}/deliv|remis|distribu|envoy;ce lien|le lien/a expire|est expire`,
  codeNotReceived: `pas recu|non recu|rien recu/code|sms|${MAIL}|lien|notification|courrier;nouvel envoi|nouveau courrier|renvoyer le courrier;renvoy|renvoi|nouveau|generer|resend/code|sms|lien|message;plus mon numero|plus le mien|changer de numero|changer mon numero|modifier mon numero|changer de telephone|changer de mobile|n ai plus acces|n ai plus ma|n ai plus mon|pas disponible|plus acces a mon|pas acces a mon|pas mon telephone|plus mon telephone|plus ce telephone|plus ce numero|perdu mon numero|numero a change|numero de portable a change|change de numero|pas ma carte|perdu mon telephone|telephone perdu|perdu l acces|perdu ma carte|perdu mon appareil|une autre methode|autre moyen de verif|autre moyen de recev|another way|didn t get|didn t receive`,
  /** A resend action that names the e-mail or a link: the code or link by e-mail did not come. */
  // A link is sent by e-mail (an SMS brings a code).
  emailNotReceived: `pas recu|non recu|rien recu|renvoy|renvoi|resend/${MAIL}|lien;nouveau lien|nouvel e mail|nouveau courriel|nouveau mail`,
  captcha:
    'captcha|pas un robot|anti robot|des robots|etes un humain|etes bien un humain|trafic inhabituel|caracteres de l image|caracteres affiches|code affiche|code de l image|code visuel|verification humaine|anti spam',
  /** Starts a heading that asks (questions are marked `faq`): two of them head a help page. */
  question: 'faq|que faire|comment |pourquoi',
  /** A first heading that asks for advice (« Identifiants perdus : que faire ? ») heads a help page. */
  advice: 'que faire|comment |pourquoi|en cas d|conseils|besoin d aide|qu est ce',
  /** Words of a link's address that lead to a help article, not to the recovery or creation form itself. */
  helpLink: 'questions|faq|article|vosdroits|help|actualite|ressource|guide|tutoriel',
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
