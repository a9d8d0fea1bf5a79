// Text matching for the probe, on short texts the page shows (headings,
// alerts, links). Texts are lower-cased, stripped of accents and of odd
// spaces and apostrophes first, so one pattern covers « Mot de passe oublié ? »,
// « MOT DE PASSE OUBLIE » and « mot de passe oublié ».
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019\u2018`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const MDP = '(?:mot de passe|code (?:confidentiel|secret|d.acces))';

export const patterns = {
  forgotPassword: new RegExp(
    `${MDP} (?:oublie|perdu)|oubli(?:e|er)? (?:de |d.)?(?:votre |mon |le |son )?${MDP}|(?:reinitialis|renouvel|recuper)\\w* (?:de |d.)?(?:votre |mon |le |son )?${MDP}|${MDP} ?: ?(?:reinitialis|renouvel)`,
  ),
  forgotIdentifier:
    /(?:identifiant|numero (?:fiscal|d.allocataire|allocataire|de securite sociale)|login|nom d.utilisateur)s? (?:oublie|perdu)|oubli\w* (?:de |d.)?(?:votre |mon |son )?(?:identifiant|numero fiscal|login)|retrouver (?:votre |mon |son )?(?:identifiant|numero fiscal)/,
  createAccount:
    /cre(?:er|ez|e|ation d.) ?(?:un |mon |votre |de )?(?:nouveau )?(?:compte|espace)|je n.ai pas (?:encore )?de compte|pas encore (?:de compte|inscrit)|s.inscrire|m.inscrire|ouvrir (?:un|mon|votre) compte/,
  credentialsError: new RegExp(
    `(?:identifiant|numero|nir|adresse (?:e-?mail|electronique|de messagerie)|courriel|login|${MDP}|informations de connexion|donnees de connexion)[^.!]{0,90}(?:incorrect|errone|invalide|ne correspond|inconnu|n.est pas reconnu)|(?:identifiants?|${MDP}) (?:incorrect|errone|invalide)|echec (?:de l.|d.)?(?:authentification|identification)`,
  ),
  locked:
    /compte (?:a ete |est )?(?:\w+ )?(?:bloque|verrouille|suspendu|desactive)|acces (?:est )?(?:\w+ )?bloque|trop (?:de|grand nombre d.) (?:tentatives|essais)|nombre (?:maximal|maximum) (?:de |d.)(?:tentatives|essais)/,
  codeSms:
    /(?:code|sms)[^.!]{0,80}(?:par sms|par texto|sur votre (?:telephone|portable|mobile))|(?:recevoir|envoyer) (?:un|le) code par sms|code (?:de (?:securite|verification|confirmation|validation)|unique|a usage unique|otp)[^.!]{0,80}(?:sms|telephone|portable|mobile|application)/,
  codeEmail:
    /(?:code|lien)[^.!]{0,80}(?:par (?:e-?mail|courriel|mail|message electronique)|(?:a|sur) votre (?:adresse (?:e-?mail|electronique|de messagerie)|boite (?:mail|aux lettres electronique)|messagerie))/,
  codeNotReceived:
    /(?:je n.ai pas|vous n.avez pas|pas) recu (?:le |de |mon |votre )?(?:code|sms|mail|courriel|e-mail)|(?:renvoyer|recevoir un nouveau|demander un nouveau|generer un nouveau) (?:le |un )?(?:nouveau )?code/,
  captcha:
    /captcha|je ne suis pas un robot|verification (?:anti-?robot|de securite humaine)|prouvez que vous etes humain/,
  franceConnectSignIn:
    /(?:identifier|connecter|connexion|continuer|acceder)[^.?]{0,20}(?:avec|via|par) france ?connect/,
};
