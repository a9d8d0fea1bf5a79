// Short-lived per-tab state of the friction probe, as stored: timestamps, ids
// and counters, nothing about the page (no URL, no text).
import { z } from '../zod';
import { RecordIdSchema } from './records';

const Timestamp = z.number().int().nonnegative();

export const ProbeTabRowSchema = z
  .object({
    tabId: z.number().int(),
    /** Start of the current login episode on this tab, if one is under way. */
    loginStartedAt: Timestamp.nullable(),
    /** Frictions detected during that episode, to receive its duration. */
    episodeFrictionIds: z.array(RecordIdSchema),
    /** Last detection time per friction kind, for deduplication. */
    lastByKind: z.record(z.string(), Timestamp),
    /** Recent visits to FranceConnect from this tab, to notice a loop. */
    franceConnectVisits: z.array(Timestamp),
    /** How the site last sent a code: tells « code non reçu » by SMS from by e-mail or by post. */
    lastCodeChannel: z.enum(['sms', 'email', 'post']).nullable(),
    /** The badge shows a « démarche en cours ? » hint on this tab. */
    hinted: z.boolean(),
    updatedAt: Timestamp,
  })
  .strict();
export type ProbeTabRow = z.infer<typeof ProbeTabRowSchema>;
