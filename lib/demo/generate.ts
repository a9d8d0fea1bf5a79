// Synthetic activity for a newcomer to see the product working in a minute:
// `weeks` ISO weeks of a counsellor's procedures, frictions and site time,
// ending now (never in the future). Deterministic for a seed. Every record's id
// starts with `demo-` (ids.ts), so the demo can be removed in one click and is
// never mistaken for real work.
import { TZDate } from '@date-fns/tz';
import { addDays, format, startOfISOWeek } from 'date-fns';
import { catalogue } from '../catalogue';
import type { Entry, Friction } from '../model/records';
import type { SiteTimeRow } from '../model/site-time';
import { DEMO_PREFIX } from './ids';
import { type Random, seededRandom } from './prng';

export { isDemo } from './ids';

export interface DemoOptions {
  now: number;
  /** IANA time zone the days and working hours are laid out in. */
  timeZone: string;
  seed: number;
  /** ISO weeks covered, the current one (up to `now`) included. */
  weeks?: number;
}

export interface DemoData {
  entries: Entry[];
  frictions: Friction[];
  siteTime: SiteTimeRow[];
}

/**
 * The seed the extension uses: fixed, so every newcomer sees the same demo
 * (what the README describes) and a problem met on it can be reproduced from
 * the date it was loaded.
 */
export const DEMO_SEED = 20_260_901;

const MINUTE = 60_000;

/** Procedures a Mission Locale meets most; the others weigh 1. */
const procedureWeights: Record<string, number> = {
  cej_entree_suivi: 9,
  candidature_cv: 8,
  ft_actualisation: 8,
  cej_pacea_allocation: 7,
  ft_documents: 6,
  ameli_compte_vitale: 6,
  ft_inscription: 5,
  caf_compte: 5,
  apl_simulation: 4,
  apl_demande: 4,
  prime_activite: 4,
  css: 4,
  identite_numerique: 4,
  email_creation: 4,
  impots_declaration: 3,
  identite_cni_passeport: 3,
  permis_conduire: 3,
  logement_social: 3,
  cpf_formation: 3,
  simulation_droits: 3,
};

/** A good share done « à sa place »: the figure the dashboard puts forward. */
const modeWeights = [
  ['informer_orienter', 2],
  ['autonomie_guidee', 3],
  ['faire_ensemble', 4],
  ['faire_pour_en_presence', 5],
  ['faire_pour_a_distance', 2],
  ['mandat_aidants_connect', 0.5],
  ['orientation_tiers', 1],
] as const;

const outcomeWeights = [
  ['abouti', 6],
  ['partiel', 2],
  ['bloque', 1.5],
  ['oriente', 0.8],
] as const;

const reasonWeights = [
  ['illectronisme', 4],
  ['complexite', 4],
  ['identifiants_perdus', 3],
  ['pas_equipement', 2],
  ['urgence', 2],
  ['pas_email_tel', 2],
  ['justificatifs', 2],
  ['langue', 1.5],
  ['dysfonctionnement_site', 1.5],
  ['apprehension', 1],
  ['illettrisme', 1],
  ['pas_connexion', 1],
  ['guichet_ferme', 1],
] as const;

/** Friction kinds each organisation is known for; the rest get the common ones. */
const frictionKinds: Record<string, readonly string[]> = {
  francetravail: ['mdp_oublie', 'identifiant_oublie', 'compte_bloque', 'code_2fa_inaccessible', 'session_expiree'],
  caf: ['mdp_oublie', 'identifiant_oublie', 'code_courrier', 'compte_bloque'],
  ameli: ['mdp_oublie', 'code_courrier', 'code_2fa_inaccessible', 'creation_compte_requise'],
  impots: ['mdp_oublie', 'identifiant_confusion', 'code_courrier', 'franceconnect_boucle'],
  franceconnect: ['identifiant_confusion', 'franceconnect_boucle', 'verification_identite_echec'],
  laposte_idn: ['verification_identite_echec', 'franceconnect_plus_requis', 'code_2fa_inaccessible'],
  ants: ['creation_compte_requise', 'franceconnect_plus_requis', 'verification_identite_echec', 'captcha_antibot'],
  anef: ['creation_compte_requise', 'captcha_antibot', 'email_non_recu'],
  webmail: ['email_inaccessible', 'mdp_oublie', 'code_2fa_inaccessible', 'regles_mdp'],
  imilo: ['mdp_conseiller_partenaires', 'session_expiree', 'mdp_change_force'],
  moncompteformation: ['franceconnect_plus_requis', 'identifiant_confusion'],
};
const commonKinds = [
  'mdp_oublie',
  'identifiant_oublie',
  'email_non_recu',
  'regles_mdp',
  'identifiants_notes_par_conseiller',
];

const weightedProcedures = catalogue.procedures.map((p) => [p, procedureWeights[p.id] ?? 1] as const);

export function generateDemo({ now, timeZone, seed, weeks = 8 }: DemoOptions): DemoData {
  const random = seededRandom(seed);
  const entries: Entry[] = [];
  const frictions: Friction[] = [];
  const siteTime: SiteTimeRow[] = [];
  const today = format(new TZDate(now, timeZone), 'yyyy-MM-dd');
  const firstMonday = addDays(startOfISOWeek(new TZDate(now, timeZone)), -7 * (weeks - 1));
  let entryCount = 0;
  let frictionCount = 0;

  for (let week = 0; week < weeks; week++) {
    // Some weeks are not like the others, so the trend is not flat.
    const lighter = weeks >= 3 && week === weeks - 3; // a training week: few procedures
    for (let weekday = 0; weekday < 5; weekday++) {
      const date = addDays(firstMonday, week * 7 + weekday);
      const day = format(date, 'yyyy-MM-dd');
      if (day > today) break;
      // A public holiday: the Monday of the fourth week from the end.
      if (weeks >= 4 && week === weeks - 4 && weekday === 0) continue;
      const wednesday = weekday === 2; // many counsellors work part time on Wednesdays
      const count = lighter ? random.int(1, 3) : wednesday ? random.int(3, 6) : random.int(3, 9);
      const at = (minutes: number) =>
        new TZDate(date.getFullYear(), date.getMonth(), date.getDate(), 0, minutes, 0, 0, timeZone).getTime();
      const dayEntries: Entry[] = [];
      const morning = Math.ceil(count / 2);
      const blocks = [
        { from: 9 * 60 + random.int(0, 20), to: 12 * 60 + 30, count: morning },
        { from: 13 * 60 + 30 + random.int(0, 15), to: 17 * 60 + 30, count: count - morning },
      ];
      for (const block of blocks) {
        let cursor = block.from;
        for (let i = 0; i < block.count; i++) {
          const minutes = random.int(5, 45);
          if (cursor + minutes > block.to) break;
          const start = at(cursor) + random.int(0, 59) * 1000;
          const end = start + minutes * MINUTE;
          cursor += minutes + random.int(3, 25);
          if (end > now) break;
          entryCount += 1;
          dayEntries.push(demoEntry(random, `${DEMO_PREFIX}entry-${pad(entryCount)}`, start, end));
        }
      }
      for (const entry of dayEntries) {
        for (const friction of demoFrictions(random, entry, day === today || week === weeks - 1)) {
          frictionCount += 1;
          frictions.push({ ...friction, id: `${DEMO_PREFIX}friction-${pad(frictionCount)}` });
        }
      }
      entries.push(...dayEntries);
      // Site time is recorded for the days already over (today's is still counting).
      if (day < today) siteTime.push(...daySiteTime(random, day, dayEntries));
    }
  }
  return { entries, frictions, siteTime };
}

function pad(n: number): string {
  return String(n).padStart(5, '0');
}

function demoEntry(random: Random, id: string, start: number, end: number): Entry {
  const procedure = random.weighted(weightedProcedures);
  // The procedure's main organisation most of the time.
  const organisationId = random.weighted(procedure.organisationIds.map((o, i) => [o, i === 0 ? 3 : 1] as const));
  const reasonIds: string[] = [];
  const reasonCount = random.weighted([
    [0, 2],
    [1, 4],
    [2, 3],
    [3, 1],
  ] as const);
  while (reasonIds.length < reasonCount) {
    const reason = random.weighted(reasonWeights);
    if (!reasonIds.includes(reason)) reasonIds.push(reason);
  }
  const incomplete = random.chance(0.05);
  const source = incomplete || random.chance(0.12) ? 'manual' : 'timer';
  const minutes = (end - start) / MINUTE;
  // A timed procedure is sometimes paused (a phone call, a document to fetch).
  const pause = source === 'timer' && random.chance(0.25) ? random.int(1, Math.min(10, minutes - 3)) * MINUTE : 0;
  return {
    id,
    organisationId,
    procedureId: procedure.id,
    modeId: random.weighted(modeWeights),
    reasonIds,
    outcomeId: incomplete ? null : random.weighted(outcomeWeights),
    start,
    end,
    activeMs: end - start - pause,
    source,
    ...(incomplete ? { review: 'incomplete' as const } : {}),
    createdAt: end,
    updatedAt: end,
  };
}

/** 0, 1 or 2 frictions (0.46 a procedure on average), at a moment inside the entry. */
function demoFrictions(random: Random, entry: Entry, recent: boolean): Omit<Friction, 'id'>[] {
  const count = random.weighted([
    [0, 62],
    [1, 30],
    [2, 8],
  ] as const);
  const result: Omit<Friction, 'id'>[] = [];
  for (let i = 0; i < count; i++) {
    const kind = random.pick(frictionKinds[entry.organisationId ?? ''] ?? commonKinds);
    const how = random.weighted([
      ['manual', 50],
      ['auto', 38],
      ['auto-unsettled', 12],
    ] as const);
    const span = entry.end - entry.start;
    // Login time measured by the probe (30 s to 8 min), never longer than most of the procedure.
    const loginMs = how === 'manual' ? null : Math.min(random.int(30, 480) * 1000, Math.floor(span * 0.6));
    result.push({
      at: entry.start + Math.floor(random.next() * (span - (loginMs ?? 0))) + (loginMs ?? 0),
      organisationId: entry.organisationId,
      kind,
      detection: how === 'manual' ? 'manual' : 'auto',
      // Still awaiting the counsellor only lately; older unsettled ones were dismissed.
      status: how === 'auto-unsettled' ? (recent ? 'pending' : 'dismissed') : 'confirmed',
      entryId: entry.id,
      loginMs,
    });
  }
  return result;
}

/** Focused time on the sites of the day's procedures (a bit more than the procedures), plus i-milo data entry. */
function daySiteTime(random: Random, day: string, entries: Entry[]): SiteTimeRow[] {
  const byOrganisation = new Map<string, number>();
  for (const entry of entries) {
    const org = entry.organisationId;
    if (!org || org === 'autre') continue;
    const ms = Math.round(((entry.end - entry.start) * random.int(105, 150)) / 100);
    byOrganisation.set(org, (byOrganisation.get(org) ?? 0) + ms);
  }
  const imilo = random.int(60, 180) * MINUTE + random.int(0, 59) * 1000;
  byOrganisation.set('imilo', (byOrganisation.get('imilo') ?? 0) + imilo);
  return [...byOrganisation].map(([organisationId, ms]) => ({ day, organisationId, ms }));
}
