// The individual file: a counsellor's whole ISO weeks, summed into cells a
// team lead can merge, with nothing that identifies the counsellor or a young
// person. Time is split across days exactly as the dashboard splits it
// (lib/stats), minutes are rounded to 5 per cell, and a random salt makes two
// files of identical work differ. The caller passes records of one kind: all
// demonstration records or all real ones; a mix is refused, never filtered.
import type { ErrorCode } from '../core/error-codes';
import { isDemo } from '../demo/ids';
import type { Friction } from '../model/records';
import { localDays } from '../stats/days';
import { isCounted } from '../stats/frictions';
import { dayIndex, NONE, type StatsInput, splitAcrossDays } from '../stats/summary';
import { type Week, weekIdOfDay, weekOf } from '../stats/week';
import type { z } from '../zod';
import { type CustomKey, customKeyMapper } from './custom-keys';
import { withDigest } from './digest';
import {
  CATALOGUE_VERSION,
  CURRENT_VERSION,
  type FrictionCellSchema,
  INDIVIDUAL_FORMAT,
  type IndividualFile,
  IndividualFileSchema,
  type ProcedureCellSchema,
  PURPOSE,
  type ReasonCellSchema,
  type SiteTimeCellSchema,
} from './schema';

/** A refusal to build a file, with the code of its French sentence. */
export class EvidenceError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

export interface IndividualOptions {
  /** 32 lowercase hex: 128 random bits (`newSalt`). */
  salt: string;
  /** The records are demonstration data (ids `demo-…`); false: real ones. */
  demonstration: boolean;
  /** The counsellor's time zone: where their days and weeks begin. */
  timeZone: string;
  /** The counsellor's own procedures and reasons (ids and team codes, never labels): see ./custom-keys. */
  customItems?: readonly CustomKey[];
}

/** 128 random bits as 32 lowercase hex; the random source is injected for tests. */
export function newSalt(
  fill: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer> = (b) => globalThis.crypto.getRandomValues(b),
): string {
  let hex = '';
  for (const byte of fill(new Uint8Array(16))) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Minutes rounded to the nearest 5, half up (2.5 → 5, 7.4 → 5, 7.5 → 10). */
export function roundMinutes5(ms: number): number {
  return Math.round(ms / 300_000) * 5;
}

const SEP = '\u0000';

/** Sums keyed by a tuple of strings, kept in insertion order until sorted. */
class Sums {
  readonly rows = new Map<string, { keys: string[]; count: number; ms: number }>();
  add(keys: string[], count: number, ms: number) {
    const id = keys.join(SEP);
    const row = this.rows.get(id);
    if (row) {
      row.count += count;
      row.ms += ms;
    } else this.rows.set(id, { keys, count, ms });
  }
  /** Rows sorted by their keys in order, each with its minutes rounded, the empty ones (0 and 0) left out. */
  sorted() {
    return [...this.rows.values()]
      .map((row) => ({ keys: row.keys, count: row.count, minutes: roundMinutes5(row.ms) }))
      .filter((row) => row.count !== 0 || row.minutes !== 0)
      .sort((a, b) => compareKeys(a.keys, b.keys));
  }
}

function compareKeys(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The weeks, sorted and without repeats; each must be a whole ISO week of `timeZone`. */
function wholeWeeks(weeks: Week[], timeZone: string): Week[] {
  const byId = new Map<string, Week>();
  for (const week of weeks) {
    const real = weekOf(week.from, timeZone);
    if (real.id !== week.id || real.from !== week.from || real.to !== week.to) {
      throw new EvidenceError('export_weeks_invalid');
    }
    byId.set(week.id, week);
  }
  if (byId.size === 0 || byId.size > 53) throw new EvidenceError('export_weeks_invalid');
  return [...byId.values()].sort((a, b) => a.from - b.from);
}

/** The individual file of `weeks`, digest computed. Throws EvidenceError on mixed records or weeks not whole. */
export async function buildIndividual(
  input: StatsInput,
  weeks: Week[],
  opts: IndividualOptions,
): Promise<IndividualFile> {
  for (const record of [...input.entries, ...input.frictions]) {
    if (isDemo(record) !== opts.demonstration) throw new EvidenceError('export_mixed_demo');
  }
  const chosen = wholeWeeks(weeks, opts.timeZone);
  const weekIds = new Set(chosen.map((w) => w.id));
  // The days from the first week's Monday to the last week's end, continuous,
  // so an entry crossing into a chosen week from one not chosen is split as
  // the dashboard splits it; days of weeks not chosen are then ignored.
  const days = localDays((chosen[0] as Week).from, (chosen[chosen.length - 1] as Week).to, opts.timeZone);
  const bounds = days.map((d) => d.from);
  bounds.push(days.length ? (days[days.length - 1] as { to: number }).to : 0);
  const weekOfDay = days.map((d) => {
    const id = weekIdOfDay(d.day);
    return weekIds.has(id) ? id : null;
  });

  const key = customKeyMapper(opts.customItems ?? []);
  const org = (id: string | null) => (id === null ? NONE : key.organisation(id));
  const cells = new Sums();
  const reasons = new Sums();
  for (const entry of input.entries) {
    splitAcrossDays(bounds, entry, (d, ms, count) => {
      const week = weekOfDay[d];
      if (!week) return;
      cells.add(
        [
          week,
          org(entry.organisationId),
          entry.procedureId === null ? NONE : key.procedure(entry.procedureId),
          entry.modeId ?? NONE,
          entry.outcomeId ?? NONE,
        ],
        count,
        ms,
      );
      const ids = entry.reasonIds.length === 0 ? [NONE] : entry.reasonIds.map(key.reason);
      ids.forEach((reason, r) => {
        if (ids.indexOf(reason) === r) reasons.add([week, reason], count, ms);
      });
    });
  }

  // Login time as the dashboard counts it: a login episode's time once (the
  // probe writes it on each friction of the episode), on its earliest counted
  // friction; a friction outside any marked episode carries its own.
  const episodeHolder = new Map<string, Friction>();
  for (const friction of input.frictions) {
    if (friction.episode === undefined || !isCounted(friction)) continue;
    const holder = episodeHolder.get(friction.episode);
    if (!holder || friction.at < holder.at) episodeHolder.set(friction.episode, friction);
  }
  const frictions = new Sums();
  for (const friction of input.frictions) {
    if (!isCounted(friction)) continue;
    const d = dayIndex(bounds, friction.at);
    const week = d < 0 ? null : weekOfDay[d];
    if (!week) continue;
    const ownsLogin = friction.episode === undefined || episodeHolder.get(friction.episode) === friction;
    frictions.add([week, org(friction.organisationId), friction.kind], 1, ownsLogin ? (friction.loginMs ?? 0) : 0);
  }

  const siteTime = new Sums();
  const dayByKey = new Map(days.map((d, i) => [d.day, i]));
  for (const row of input.siteTime) {
    const d = dayByKey.get(row.day);
    const week = d === undefined ? null : weekOfDay[d];
    if (!week) continue;
    siteTime.add([week, org(row.organisationId)], 0, row.ms);
  }

  type Cell = z.infer<typeof ProcedureCellSchema>;
  type Reason = z.infer<typeof ReasonCellSchema>;
  type FrictionCell = z.infer<typeof FrictionCellSchema>;
  type Site = z.infer<typeof SiteTimeCellSchema>;
  const file = await withDigest<IndividualFile>({
    format: INDIVIDUAL_FORMAT,
    version: CURRENT_VERSION,
    purpose: PURPOSE,
    weeks: chosen.map((w) => w.id),
    demonstration: opts.demonstration,
    salt: opts.salt,
    catalogue: CATALOGUE_VERSION,
    cells: cells
      .sorted()
      .map(
        ({ keys: [week, organisation, procedure, mode, outcome], count, minutes }): Cell =>
          ({ week, organisation, procedure, mode, outcome, count, minutes }) as Cell,
      ),
    reasons: reasons
      .sorted()
      .map(({ keys: [week, reason], count, minutes }): Reason => ({ week, reason, count, minutes }) as Reason),
    frictions: frictions
      .sorted()
      .map(
        ({ keys: [week, organisation, kind], count, minutes }): FrictionCell =>
          ({ week, organisation, kind, count, loginMinutes: minutes }) as FrictionCell,
      ),
    siteTime: siteTime
      .sorted()
      .filter((row) => row.minutes > 0)
      .map(({ keys: [week, organisation], minutes }): Site => ({ week, organisation, minutes }) as Site),
  });
  // The whitelist checks what is built too: a field or a value outside it is a bug, never exported.
  return IndividualFileSchema.parse(file);
}
