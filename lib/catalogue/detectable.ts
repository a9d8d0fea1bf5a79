// The friction kinds the probe may record by itself, in the order the options
// page lists them. One list for the settings (which kinds the counsellor
// switched off), the options page and the background, so a kind added to the
// detection is offered, stored and obeyed alike. The other kinds of the
// catalogue (credentials kept by the counsellor, « autre »…) are only ever
// declared by hand.

export const detectableFrictionIds = [
  'mdp_oublie',
  'identifiant_oublie',
  'compte_bloque',
  'code_2fa_inaccessible',
  'email_non_recu',
  'creation_compte_requise',
  'code_courrier',
  'mdp_change_force',
  'regles_mdp',
  'verification_identite_echec',
  'franceconnect_boucle',
  'franceconnect_plus_requis',
  'captcha_antibot',
  'session_expiree',
] as const;

export type DetectableFriction = (typeof detectableFrictionIds)[number];
