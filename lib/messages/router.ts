// Receives every runtime message of the background: checks who sent it, parses
// it with its Zod schema, hands it to its handler. Anything else is rejected
// with an error code (the page words it from its locale), logged once without
// its content, and changes nothing.
import { errorName } from '../core/after-commit';
import { storageErrorCode } from '../core/storage-error';
import { failure, type Handlers, type ReplyTo } from './contract';
import { type Request, RequestSchema, type RequestType } from './schema';

export interface Sender {
  id?: string;
  url?: string;
}

export interface RouterDeps {
  handlers: Handlers;
  /** True for the extension's own pages (popup, options, dashboard). */
  isTrusted: (sender: Sender) => boolean;
  log: (line: string) => void;
}

export function createRouter({ handlers, isTrusted, log }: RouterDeps) {
  return async function route(raw: unknown, sender: Sender): Promise<ReplyTo<RequestType>> {
    if (!isTrusted(sender)) {
      log('Contretemps: message from an untrusted sender ignored');
      return failure('untrusted_sender');
    }
    const parsed = RequestSchema.safeParse(raw);
    if (!parsed.success) {
      // Paths only: the payload itself may carry anything and is never logged.
      const paths = parsed.error.issues.map((i) => i.path.join('.') || '(racine)').slice(0, 5);
      log(`Contretemps: malformed message rejected (${paths.join(', ')})`);
      return failure('invalid_message');
    }
    const request = parsed.data;
    // TypeScript cannot follow a union request to its own handler; the map guarantees it.
    const handler = handlers[request.type] as (r: Request) => Promise<ReplyTo<RequestType>>;
    try {
      return await handler(request);
    } catch (error) {
      log(`Contretemps: ${request.type} failed: ${errorName(error)}`);
      // A full disk or an unusable IndexedDB says what to do; anything else is internal.
      return failure(storageErrorCode(error) ?? 'internal');
    }
  };
}
