// The contract between the probe (content script) and the background: what a
// probe may send (enum signals, or a number of milliseconds) and what it gets
// back. The page side takes its types from here, type-only, so nothing of Zod
// ships in the page and no shape is retyped by hand. Strict objects: a field
// the probe does not send (an organisation, a URL, a text) makes the whole
// message invalid.
import { z } from '../zod';
import { CLICK_SIGNALS, MAX_SHOWN_MS, PAGE_SIGNALS } from './page/signals';

const SignalSchema = z.enum([...PAGE_SIGNALS, ...CLICK_SIGNALS]);
const Signals = z.array(SignalSchema).max(PAGE_SIGNALS.length + CLICK_SIGNALS.length);

/** Ten minutes: the most a probe accumulates between two reports. */
export const MAX_SITE_TIME_REPORT_MS = 10 * 60_000;

export const ProbeMessageSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('probe/page'),
      signals: Signals,
      /** How long the page had been shown when it was announced. */
      shownMs: z.number().int().min(0).max(MAX_SHOWN_MS).default(0),
      /** Announced as the page was hidden or left, not at a gesture on it. */
      left: z.boolean().default(false),
    })
    .strict(),
  z.object({ type: z.literal('probe/signals'), signals: Signals.min(1) }).strict(),
  z.object({ type: z.literal('probe/time'), ms: z.number().int().min(0).max(MAX_SITE_TIME_REPORT_MS) }).strict(),
  /** The keywords, asked at the first gesture: cheaper for the page than reading them from the locale files. */
  z.object({ type: z.literal('probe/words') }).strict(),
]);
/** A message once checked (defaults filled in). */
export type ProbeMessageInput = z.infer<typeof ProbeMessageSchema>;
/** A message that carries signals or time, for the service (a question for the keywords is the router's). */
export type ProbeSignalMessage = Exclude<ProbeMessageInput, { type: 'probe/words' }>;
/** A message as a probe sends it. */
export type ProbeMessageRaw = z.input<typeof ProbeMessageSchema>;

/** The background's answer: whether to count site time on this site, or a refusal. */
export type ProbeReply = { ok: true; siteTime: boolean } | { ok: false };
/** The answer to `probe/words`: the keywords as the locale files hold them (lib/probe/page/words), as JSON. */
export type ProbeWordsReply = { ok: true; words: string } | { ok: false };
