// French sentences for every error a counsellor can meet through a message:
// what happened and what to do. Pages show their own translation when the
// browser is not in French (public/_locales, keys `error_<code>`).
import type { ErrorCode } from './schema';

export const errorMessages: Record<ErrorCode, string> = {
  invalid_message:
    'La demande envoyée à Contretemps est incomplète ou mal formée ; rien n’a été modifié. Fermez puis rouvrez la fenêtre et recommencez.',
  untrusted_sender:
    'Cette demande ne vient pas d’une page de Contretemps ; elle a été ignorée et rien n’a été modifié.',
  already_running: 'Un chronomètre tourne déjà. Arrêtez-le ou utilisez « Enchaîner » pour passer à une autre démarche.',
  not_running: 'Aucun chronomètre ne tourne. Démarrez-en un d’abord.',
  not_paused: 'Le chronomètre n’est pas en pause ; il n’y a rien à reprendre.',
  entry_not_found: 'Cette démarche n’existe plus (peut-être supprimée dans une autre fenêtre). Rouvrez la fenêtre.',
  friction_not_found: 'Cette difficulté n’existe plus (peut-être déjà supprimée). Rouvrez la fenêtre.',
  domain_listed: 'Ce site fait déjà partie des sites connus de Contretemps ; il n’y a rien à ajouter.',
  domain_invalid:
    'Cette adresse n’est pas un nom de site (exemple : rdv-prefecture.interieur.gouv.fr) ; rien n’a été ajouté.',
  domain_ip:
    'Une adresse IP (comme « 192.168.1.1 ») n’est pas un site que Contretemps peut suivre ; rien n’a été ajouté. Indiquez le nom du site, comme « rdv-prefecture.interieur.gouv.fr ».',
  domain_too_broad:
    'Ce nom est un suffixe partagé par des milliers de sites (comme « gouv.fr », « netlify.app » ou « avocat.fr ») ; rien n’a été ajouté. Indiquez le site précis, comme « rdv-prefecture.interieur.gouv.fr ».',
  domain_not_permitted:
    'Le navigateur n’a pas autorisé Contretemps à accéder à ce site ; rien n’a été ajouté. Recommencez et acceptez la demande du navigateur.',
  domain_not_found: 'Ce site ne fait pas partie de vos sites ajoutés ; rien n’a été modifié.',
  internal:
    'Contretemps n’a pas pu enregistrer cette action ; rien n’a été modifié. Réessayez, et si cela recommence, redémarrez le navigateur.',
};
