// The evidence files' formats, current version. Each schema is the whitelist
// of its file: strict objects, closed value ranges, catalogue ids or `none`,
// and nothing else — no person or install identifier, no timestamp finer than
// the ISO week, no free text, no idle figure, nothing about a young person.
// A field outside these schemas is a bug, and a file carrying one is refused.
//
// Three formats: the individual file (a counsellor's weeks, for the team
// lead), the team summary (merged individual files, protected, for staff
// representatives) and the branch summary (merged team summaries).
import { IdSchema, TeamCodeSchema } from '../catalogue/schema';
import { z } from '../zod';

/** Why the file exists, written in it: evidence for social dialogue, never an individual assessment. */
export const PURPOSE =
  'Relevé anonyme du temps consacré aux démarches en ligne et aux difficultés de connexion, ' +
  'établi avec Contretemps pour le dialogue social sur la charge de travail. ' +
  'Il ne sert jamais à évaluer une personne.';

export const INDIVIDUAL_FORMAT = 'contretemps-individuel';
export const TEAM_FORMAT = 'contretemps-equipe';
export const BRANCH_FORMAT = 'contretemps-branche';
export const CURRENT_VERSION = 1;
/** The catalogue's ids never change; a new catalogue that renames one would bump this. */
export const CATALOGUE_VERSION = 1;

/** `2026-W48`: an ISO week-year and week. Whether the week exists (W53) is checked where it is read. */
export const WeekIdSchema = z.string().regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/);
/** A catalogue id, `none` for « non précisé », or a team's code for an item of its own (`x-permis-b`). */
export const KeySchema = z.union([IdSchema, TeamCodeSchema]);
export const DigestSchema = z.string().regex(/^sha256:[0-9a-f]{64}$/);
export const SaltSchema = z.string().regex(/^[0-9a-f]{32}$/);

/** Minutes in a week: no cell of one week can hold more. */
const WEEK_MINUTES = 7 * 24 * 60;
const MAX_CELLS = 20_000;
/** Procedures that started in the week (0: only a part of one that started the week before). */
const Count = z.number().int().min(0).max(100_000);
const Minutes = (step: number, max: number) => z.number().int().min(0).max(max).multipleOf(step);
const Weeks = z.array(WeekIdSchema).min(1).max(53);

// ---------------------------------------------------------------- individual

const IndividualMinutes = Minutes(5, WEEK_MINUTES);

export const ProcedureCellSchema = z
  .object({
    week: WeekIdSchema,
    organisation: KeySchema,
    procedure: KeySchema,
    mode: KeySchema,
    outcome: KeySchema,
    count: Count,
    minutes: IndividualMinutes,
  })
  .strict();

/** Time and procedures by reason: a procedure with several reasons counts in each. */
export const ReasonCellSchema = z
  .object({ week: WeekIdSchema, reason: KeySchema, count: Count, minutes: IndividualMinutes })
  .strict();

/** Counted frictions (logged, or detected and confirmed) and the login time of their episodes. */
export const FrictionCellSchema = z
  .object({
    week: WeekIdSchema,
    organisation: KeySchema,
    kind: KeySchema,
    count: z.number().int().min(1).max(100_000),
    loginMinutes: IndividualMinutes,
  })
  .strict();

/** Measured time on the listed sites (opt-in), i-milo included, by week. */
export const SiteTimeCellSchema = z
  .object({ week: WeekIdSchema, organisation: KeySchema, minutes: IndividualMinutes })
  .strict();

export const IndividualFileSchema = z
  .object({
    format: z.literal(INDIVIDUAL_FORMAT),
    version: z.literal(CURRENT_VERSION),
    purpose: z.literal(PURPOSE),
    weeks: Weeks,
    /** Made from demonstration data: never to be mixed with real files. */
    demonstration: z.boolean(),
    /** 128 random bits: two files of identical weeks still have different digests, and nothing else identifies them. */
    salt: SaltSchema,
    catalogue: z.literal(CATALOGUE_VERSION),
    cells: z.array(ProcedureCellSchema).max(MAX_CELLS),
    reasons: z.array(ReasonCellSchema).max(MAX_CELLS),
    frictions: z.array(FrictionCellSchema).max(MAX_CELLS),
    siteTime: z.array(SiteTimeCellSchema).max(MAX_CELLS),
    /** SHA-256 of the RFC 8785 canonical JSON of the file without this field. */
    digest: DigestSchema,
  })
  .strict();
export type IndividualFile = z.infer<typeof IndividualFileSchema>;

// ---------------------------------------------------------------- team and branch

/** Minutes in a summary: rounded to 30; a team of many counsellors over many weeks. */
const SummaryMinutes = Minutes(30, 100_000_000);
/** A published count: `<5` for 1 to 4, else rounded to 5 (0 stays 0). */
export const PublishedCountSchema = z.union([z.literal('<5'), z.number().int().min(0).max(100_000_000).multipleOf(5)]);

/** One published line: its minutes are null when the cell is suppressed (its time is in the table's `other`). */
export const SummaryRowSchema = z
  .object({ key: KeySchema, count: PublishedCountSchema, minutes: SummaryMinutes.nullable() })
  .strict();

/** « Autres / non ventilé »: what the suppressed lines hold together, and how many lines it gathers. */
export const OtherRowSchema = z
  .object({ lines: z.number().int().min(2), count: PublishedCountSchema, minutes: SummaryMinutes })
  .strict();

export const SummaryTableSchema = z
  .object({ rows: z.array(SummaryRowSchema).max(1000), other: OtherRowSchema.nullable() })
  .strict();

/** Counts only (frictions by kind or organisation). */
export const CountRowSchema = z.object({ key: KeySchema, count: PublishedCountSchema }).strict();
export const CountTableSchema = z
  .object({
    rows: z.array(CountRowSchema).max(1000),
    other: z
      .object({ lines: z.number().int().min(2), count: PublishedCountSchema })
      .strict()
      .nullable(),
  })
  .strict();

export const WeekRowSchema = z
  .object({
    week: WeekIdSchema,
    count: PublishedCountSchema,
    minutes: SummaryMinutes.nullable(),
    /** Null when secret, like the minutes: the week's frictions are linked to the kinds and organisations. */
    frictions: PublishedCountSchema.nullable(),
  })
  .strict();

export const RulesSchema = z
  .object({
    /** Fewer files: no summary. Never below 3. */
    minContributors: z.number().int().min(3).max(10_000),
    /** A duration cell where one file brings more than this share is suppressed. */
    dominance: z.number().min(0.5).max(1),
    /** A duration cell with fewer contributing files is suppressed. */
    minFilesPerCell: z.number().int().min(2).max(10_000),
    /** Counts from 1 to smallCount − 1 are published as `<5`. */
    smallCount: z.literal(5),
    countStep: z.literal(5),
    minuteStep: z.literal(30),
  })
  .strict();
export type Rules = z.infer<typeof RulesSchema>;

export const defaultRules: Rules = {
  minContributors: 5,
  dominance: 0.85,
  minFilesPerCell: 3,
  smallCount: 5,
  countStep: 5,
  minuteStep: 30,
};

/**
 * Totals: a duration is null when it is itself secret (fewer than 3 files
 * bring time to it, or one brings more than 85 %: the site time of the only
 * counsellor who turned it on), and then nothing of it is broken down either.
 */
export const TotalsSchema = z
  .object({
    count: PublishedCountSchema,
    minutes: SummaryMinutes.nullable(),
    /** Null when secret (one file brings more than 85 % of them, or fewer than 3 files any): the tables' figure. */
    frictions: PublishedCountSchema.nullable(),
    loginMinutes: SummaryMinutes.nullable(),
    onBehalfMinutes: SummaryMinutes.nullable(),
    siteMinutes: SummaryMinutes.nullable(),
  })
  .strict();

const summaryShape = {
  purpose: z.literal(PURPOSE),
  weeks: Weeks,
  demonstration: z.boolean(),
  catalogue: z.literal(CATALOGUE_VERSION),
  rules: RulesSchema,
  /** Files merged (team: counsellors' files; branch: the sum of the teams' contributors). */
  contributors: z.number().int().min(3),
  totals: TotalsSchema,
  tables: z
    .object({
      byOrganisation: SummaryTableSchema,
      byProcedure: SummaryTableSchema,
      byMode: SummaryTableSchema,
      byOutcome: SummaryTableSchema,
      byReason: SummaryTableSchema,
      frictionsByKind: CountTableSchema,
      frictionsByOrganisation: CountTableSchema,
      siteTimeByOrganisation: SummaryTableSchema,
      weekly: z.array(WeekRowSchema).max(53),
    })
    .strict(),
  /** The digests of the files merged, sorted: each contributor can check theirs is there. */
  inputs: z.array(DigestSchema).min(1).max(1_000_000),
  digest: DigestSchema,
};

export const TeamFileSchema = z
  .object({ format: z.literal(TEAM_FORMAT), version: z.literal(CURRENT_VERSION), ...summaryShape })
  .strict();
export type TeamFile = z.infer<typeof TeamFileSchema>;

export const BranchFileSchema = z
  .object({
    format: z.literal(BRANCH_FORMAT),
    version: z.literal(CURRENT_VERSION),
    /** Team summaries merged. */
    teams: z.number().int().min(2),
    ...summaryShape,
  })
  .strict();
export type BranchFile = z.infer<typeof BranchFileSchema>;

export type EvidenceFile = IndividualFile | TeamFile | BranchFile;
