// Every message an extension page may send to the background, as Zod schemas.
// Objects are strict: an unknown field is a malformed message, not a hint.

import { MAX_BACKUP_BYTES } from '../backup/format';
import { isKnownId } from '../catalogue';
import { DomainSchema } from '../catalogue/schema';
import { MAX_ENTRY_MS } from '../db/details';
import { RecordIdSchema } from '../model/records';
import { NewSummaryRecordSchema } from '../model/summary-record';
import { CustomIdSchema, CustomItemKindSchema, CustomLabelSchema, TeamCodeSchema } from '../settings/custom';
import { DetectableFrictionSchema, SettingsPatchSchema } from '../settings/schema';
import { z } from '../zod';

function knownId(kind: Parameters<typeof isKnownId>[0]) {
  return z
    .string()
    .max(48)
    .refine((id) => isKnownId(kind, id), { message: `unknown ${kind} id` });
}

/** A catalogue id, or one of the counsellor's own (an organisation, procedure or reason they added). */
function knownOrCustom(kind: 'organisations' | 'procedures' | 'reasons') {
  return z.union([knownId(kind), CustomIdSchema]);
}

export const DetailsInputSchema = z
  .object({
    organisationId: knownOrCustom('organisations').nullable(),
    procedureId: knownOrCustom('procedures').nullable(),
    modeId: knownId('modes').nullable(),
    reasonIds: z.array(knownOrCustom('reasons')).max(20),
    outcomeId: knownId('outcomes').nullable(),
  })
  .strict();

const PartialDetails = DetailsInputSchema.partial();

/** An IANA time zone the runtime knows (the page's own, for laying out the demo's days). */
const TimeZone = z
  .string()
  .min(1)
  .max(64)
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    { message: 'unknown time zone' },
  );

/** An instant chosen by the counsellor (« Arrêter à quelle heure ? »); the timer checks it against the entry. */
const Instant = z.number().int().nonnegative();

export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('timer/start'), details: DetailsInputSchema }).strict(),
  z.object({ type: z.literal('timer/pause') }).strict(),
  z.object({ type: z.literal('timer/resume') }).strict(),
  z.object({ type: z.literal('timer/update'), details: PartialDetails }).strict(),
  z.object({ type: z.literal('timer/stop'), details: PartialDetails.optional(), at: Instant.optional() }).strict(),
  z.object({ type: z.literal('timer/discard') }).strict(),
  // « Commencée à … — corriger »: when the running procedure really started.
  z.object({ type: z.literal('timer/set-start'), at: Instant }).strict(),
  z
    .object({
      type: z.literal('timer/switch'),
      details: DetailsInputSchema,
      ended: PartialDetails.optional(),
      at: Instant.optional(),
    })
    .strict(),
  // The counsellor's answer about a time away (idle, locked, asleep, browser
  // closed), named by its start: keep it all, discard it, or keep its first
  // `keptMinutes`.
  z
    .object({
      type: z.literal('timer/resolve-away'),
      from: Instant,
      decision: z.enum(['keep', 'discard', 'part']),
      keptMinutes: z.number().int().min(0).max(1440).optional(),
    })
    .strict()
    .refine((r) => (r.decision === 'part') === (r.keptMinutes !== undefined), {
      message: 'keptMinutes goes with part, and only with it',
    }),
  z
    .object({
      type: z.literal('friction/log'),
      kind: knownId('frictions'),
      organisationId: knownId('organisations').nullable(),
    })
    .strict(),
  z.object({ type: z.literal('friction/confirm'), id: RecordIdSchema }).strict(),
  z.object({ type: z.literal('friction/dismiss'), id: RecordIdSchema }).strict(),
  z
    .object({
      type: z.literal('settings/update'),
      patch: SettingsPatchSchema,
    })
    .strict(),
  // One detected kind switched on (recorded by the probe) or off (never recorded).
  z.object({ type: z.literal('settings/detection'), kind: DetectableFrictionSchema, on: z.boolean() }).strict(),
  z
    .object({ type: z.literal('domain/add'), domain: DomainSchema, organisationId: knownOrCustom('organisations') })
    .strict(),
  // A catalogue organisation switched on or off (off: its sites are neither timed nor probed).
  z
    .object({ type: z.literal('organisation/toggle'), organisationId: knownId('organisations'), on: z.boolean() })
    .strict(),
  z.object({ type: z.literal('organisation/add'), name: CustomLabelSchema }).strict(),
  z.object({ type: z.literal('organisation/remove'), id: CustomIdSchema }).strict(),
  // A procedure or reason of the counsellor's own; its label stays here, only a team code may leave.
  z
    .object({
      type: z.literal('custom-item/add'),
      kind: CustomItemKindSchema,
      label: CustomLabelSchema,
      teamCode: TeamCodeSchema.nullable(),
    })
    .strict(),
  z.object({ type: z.literal('custom-item/code'), id: CustomIdSchema, teamCode: TeamCodeSchema.nullable() }).strict(),
  z.object({ type: z.literal('custom-item/remove'), id: CustomIdSchema }).strict(),
  z.object({ type: z.literal('domain/remove'), domain: DomainSchema }).strict(),
  z
    .object({
      type: z.literal('entry/update'),
      id: RecordIdSchema,
      patch: PartialDetails.extend({
        // A moved start; the background refuses one that would end the entry after now or past its day.
        start: Instant.optional(),
        activeMs: z.number().int().min(0).max(MAX_ENTRY_MS).optional(),
        reviewed: z.literal(true).optional(),
      }).strict(),
    })
    .strict(),
  z.object({ type: z.literal('entry/delete'), id: RecordIdSchema }).strict(),
  // A procedure recorded after the fact; the background checks it against now and the working day.
  z
    .object({
      type: z.literal('entry/add'),
      details: DetailsInputSchema,
      start: Instant,
      activeMs: z.number().int().min(0).max(MAX_ENTRY_MS),
    })
    .strict(),
  z.object({ type: z.literal('entry/split'), id: RecordIdSchema, at: Instant }).strict(),
  z.object({ type: z.literal('entry/restore'), id: RecordIdSchema }).strict(),
  z.object({ type: z.literal('entry/review-list') }).strict(),
  z.object({ type: z.literal('trash/list') }).strict(),
  z.object({ type: z.literal('context/get') }).strict(),
  // Demonstration data, only into an empty database; its days are the page's time zone's.
  z.object({ type: z.literal('demo/load'), timeZone: TimeZone }).strict(),
  z.object({ type: z.literal('demo/remove') }).strict(),
  // A team summary was made: its weeks and input digests are kept for the guard against near-copies.
  z.object({ type: z.literal('summary/record'), summary: NewSummaryRecordSchema }).strict(),
  // The counsellor's own data (lib/backup): the backup file's text is checked by the background itself.
  z.object({ type: z.literal('backup/export') }).strict(),
  z.object({ type: z.literal('backup/restore'), text: z.string().max(MAX_BACKUP_BYTES) }).strict(),
  z.object({ type: z.literal('data/erase-all') }).strict(),
  z.object({ type: z.literal('sitetime/erase') }).strict(),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];
