// Built-in procedures, modes, reasons, outcomes and friction kinds: the
// catalogue's ids are what exports will carry, so they never change. Labels are short enough for a popup;
// `other` entries exist so that stopping never forces a wrong answer.
import type { CatalogueOption, Procedure } from './schema';

export const procedures: Procedure[] = [
  p('ft_inscription', 'Inscription à France Travail', 'France Travail registration', ['francetravail']),
  p('ft_actualisation', 'Actualisation mensuelle France Travail', 'France Travail monthly update', ['francetravail']),
  p(
    'ft_documents',
    'Attestations, courriers, coordonnées France Travail',
    'France Travail certificates, letters, contact details',
    ['francetravail'],
  ),
  p('candidature_cv', 'CV, profil, candidatures en ligne', 'CV, profile, online applications', [
    'francetravail',
    '1j1s',
    'webmail',
  ]),
  p('email_creation', 'Création ou récupération d’une adresse e-mail', 'Creating or recovering an email address', [
    'webmail',
    'aidantsconnect',
  ]),
  p('cej_entree_suivi', 'CEJ : entrée, suivi, application du CEJ', 'CEJ: entry, follow-up, CEJ app', [
    'imilo',
    'passemploi',
    '1j1s',
  ]),
  p(
    'cej_pacea_allocation',
    'Allocation CEJ / PACEA : saisie et justificatifs',
    'CEJ / PACEA allowance: entry and documents',
    ['imilo'],
  ),
  p('caf_compte', 'Création / accès Mon Compte Caf', 'Creating / accessing the CAF account', ['caf']),
  p('apl_simulation', 'Simulation d’aide au logement (APL/ALS)', 'Housing benefit simulation (APL/ALS)', [
    'caf',
    'mesdroitssociaux',
    'msa',
  ]),
  p('apl_demande', 'Demande d’aide au logement', 'Housing benefit application', ['caf', 'msa']),
  p('prime_activite', 'Prime d’activité', 'Activity bonus', ['caf', 'msa', 'mesdroitssociaux']),
  p('rsa', 'RSA', 'RSA (minimum income)', ['caf', 'msa']),
  p(
    'ameli_compte_vitale',
    'Compte ameli, carte Vitale, attestation de droits',
    'Ameli account, Vitale card, rights certificate',
    ['ameli', 'msa'],
  ),
  p('css', 'Complémentaire santé solidaire (CSS)', 'Solidarity health cover (CSS)', [
    'ameli',
    'mesdroitssociaux',
    'msa',
  ]),
  p('mon_espace_sante', 'Mon espace santé', 'Mon espace santé', ['monespacesante']),
  p('impots_declaration', 'Déclaration de revenus', 'Income tax return', ['impots']),
  p('impots_avis', 'Avis d’imposition / de situation déclarative', 'Tax notice / declaration statement', ['impots']),
  p('identite_cni_passeport', 'Pré-demande carte d’identité / passeport', 'ID card / passport pre-application', [
    'ants',
  ]),
  p('permis_conduire', 'Permis de conduire (NEPH, titre)', 'Driving licence (NEPH, card)', ['ants']),
  p('titre_sejour', 'Titre de séjour, rendez-vous préfecture', 'Residence permit, prefecture appointment', [
    'anef',
    'rdv_prefecture',
  ]),
  p('logement_social', 'Demande de logement social', 'Social housing application', ['dls']),
  p('aides_logement_jeunes', 'Garantie Visale, Mobili-Jeune', 'Visale guarantee, Mobili-Jeune', ['actionlogement']),
  p('crous_dse', 'Dossier social étudiant, logement CROUS', 'Student social file, CROUS housing', ['crous']),
  p('parcoursup', 'Parcoursup (vœux, réponses)', 'Parcoursup (choices, answers)', ['parcoursup']),
  p('cpf_formation', 'Mon Compte Formation (CPF)', 'Personal training account (CPF)', [
    'moncompteformation',
    'laposte_idn',
    'franceconnect',
  ]),
  p(
    'identite_numerique',
    'Mise en place FranceConnect / identité numérique',
    'Setting up FranceConnect / digital identity',
    ['franceconnect', 'laposte_idn', 'impots', 'ameli', 'msa'],
  ),
  p('aides_mobilite', 'Aides à la mobilité et au permis', 'Mobility and driving licence aid', [
    'francetravail',
    'actionlogement',
    '1j1s',
  ]),
  p('simulation_droits', 'Simulation globale des droits', 'Overall benefits simulation', [
    'mesdroitssociaux',
    '1j1s',
    'service_public',
  ]),
  p(
    'demarches_generales',
    'Démarches générales (adresse, listes électorales…)',
    'General procedures (address, electoral roll…)',
    ['service_public'],
  ),
  p('micro_entreprise', 'Création / déclaration micro-entreprise', 'Micro-business creation / returns', ['urssaf']),
  p('mandat_aidants_connect', 'Création d’un mandat Aidants Connect', 'Creating an Aidants Connect mandate', [
    'aidantsconnect',
    'franceconnect',
  ]),
  p('autre_demarche', 'Autre démarche', 'Other procedure', ['autre']),
];

export const modes: CatalogueOption[] = [
  o('informer_orienter', 'Informer / orienter (le jeune fait seul)', 'Inform / refer (the young person does it)'),
  o('autonomie_guidee', 'Le jeune fait, je guide', 'The young person does it, I guide'),
  o('faire_ensemble', 'Fait ensemble', 'Done together'),
  o('faire_pour_en_presence', 'Fait à sa place, en sa présence', 'Done on their behalf, with them present'),
  o('faire_pour_a_distance', 'Fait à sa place, hors de sa présence', 'Done on their behalf, in their absence'),
  o('mandat_aidants_connect', 'Fait sous mandat Aidants Connect', 'Done under an Aidants Connect mandate'),
  o('orientation_tiers', 'Orienté vers un tiers (France services…)', 'Referred to a third party (France services…)'),
];

/**
 * Modes where the counsellor does the procedure in the young person's place
 * (with or without them, or under an Aidants Connect mandate): the dashboard's
 * « à la place du jeune » share, the figure that shows work the digital public
 * services shift onto the counsellors.
 */
export const onBehalfModeIds: readonly string[] = [
  'faire_pour_en_presence',
  'faire_pour_a_distance',
  'mandat_aidants_connect',
];

export const reasons: CatalogueOption[] = [
  o('illectronisme', 'Manque de compétences numériques', 'Lack of digital skills'),
  o('illettrisme', 'Difficultés de lecture / écriture', 'Reading / writing difficulties'),
  o('langue', 'Maîtrise insuffisante du français', 'Limited French'),
  o('pas_equipement', 'Pas d’ordinateur, d’imprimante ou de scanner', 'No computer, printer or scanner'),
  o('pas_connexion', 'Pas de connexion ou forfait épuisé', 'No connection or data plan used up'),
  o('pas_email_tel', 'Pas d’e-mail ou de téléphone stable', 'No stable email or phone'),
  o('justificatifs', 'Justificatifs manquants ou impossibles à numériser', 'Missing documents or cannot scan them'),
  o('complexite', 'Démarche complexe, vocabulaire administratif', 'Complex procedure, administrative jargon'),
  o('dysfonctionnement_site', 'Site en panne, captcha, parcours bloquant', 'Site failure, captcha, dead end'),
  o('urgence', 'Urgence (délai, risque de rupture de droits)', 'Urgency (deadline, risk of losing rights)'),
  o('apprehension', 'Peur de l’erreur, découragement', 'Fear of mistakes, discouragement'),
  o('identifiants_perdus', 'Identifiants perdus ou inaccessibles', 'Lost or unreachable credentials'),
  o('guichet_ferme', 'Pas d’accueil physique ni de rendez-vous', 'No counter or appointment available'),
  // What a reason the counsellor added is exported as, when it has no team code.
  o('autre', 'Autre raison', 'Other reason'),
];

export const outcomes: CatalogueOption[] = [
  o('abouti', 'Aboutie', 'Done'),
  o('partiel', 'En partie (à reprendre)', 'Partly done (to resume)'),
  o('bloque', 'Bloquée', 'Blocked'),
  o('oriente', 'Orientée ailleurs', 'Referred elsewhere'),
];

export const frictions: CatalogueOption[] = [
  o('mdp_oublie', 'Mot de passe oublié', 'Forgotten password'),
  o('identifiant_oublie', 'Identifiant oublié', 'Forgotten identifier'),
  o('identifiant_confusion', 'Confusion entre identifiants ou comptes', 'Mixed-up identifiers or accounts'),
  o('compte_bloque', 'Compte bloqué', 'Locked account'),
  o('code_2fa_inaccessible', 'Code non reçu (SMS, appli)', 'Code not received (SMS, app)'),
  o('email_inaccessible', 'Adresse e-mail inaccessible', 'Email address unreachable'),
  o('email_non_recu', 'E-mail d’activation non reçu', 'Activation email not received'),
  o('creation_compte_requise', 'Compte à créer d’abord', 'Account must be created first'),
  o('code_courrier', 'Code envoyé par courrier postal', 'Code sent by post'),
  o('mdp_change_force', 'Changement de mot de passe imposé', 'Forced password change'),
  o('regles_mdp', 'Mot de passe refusé par les règles', 'Password rejected by the rules'),
  o('verification_identite_echec', 'Échec de vérification d’identité', 'Identity check failed'),
  o('franceconnect_boucle', 'Boucle ou erreur FranceConnect', 'FranceConnect loop or error'),
  o('franceconnect_plus_requis', 'FranceConnect+ exigé', 'FranceConnect+ required'),
  o('captcha_antibot', 'Captcha, blocage anti-robot', 'Captcha, anti-bot block'),
  o('session_expiree', 'Session expirée', 'Session expired'),
  o(
    'identifiants_notes_par_conseiller',
    'Identifiants du jeune gardés par moi',
    'Young person’s credentials kept by me',
  ),
  o(
    'mdp_conseiller_partenaires',
    'Mes propres mots de passe (i-milo, partenaires)',
    'My own passwords (i-milo, partners)',
  ),
  o('autre', 'Autre difficulté de connexion', 'Other sign-in difficulty'),
];

/** The one-click friction buttons of the popup, in display order. */
export const quickFrictionIds = [
  'mdp_oublie',
  'identifiant_oublie',
  'compte_bloque',
  'code_2fa_inaccessible',
  'creation_compte_requise',
  'autre',
] as const;

function p(id: string, fr: string, en: string, organisationIds: string[]): Procedure {
  return { id, label: { fr, en }, organisationIds };
}

function o(id: string, fr: string, en: string): CatalogueOption {
  return { id, label: { fr, en } };
}
