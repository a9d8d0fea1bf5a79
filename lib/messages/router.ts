// Receives every runtime message of the background: checks who sent it, parses
// it with its Zod schema, hands it to its handler. Anything else is rejected
// with a French error, logged once without its content, and changes nothing.
import { errorMessages } from './errors';
import { type ErrorCode, type Request, RequestSchema, type RequestType, type Response } from './schema';

export type Handlers = {
  [K in RequestType]: (request: Extract<Request, { type: K }>) => Promise<Response>;
};

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

export function failure(error: ErrorCode): Response<never> {
  return { ok: false, error, message: errorMessages[error] };
}

export function createRouter({ handlers, isTrusted, log }: RouterDeps) {
  return async function route(raw: unknown, sender: Sender): Promise<Response> {
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
    const handler = handlers[request.type] as (r: Request) => Promise<Response>;
    try {
      return await handler(request);
    } catch (error) {
      log(`Contretemps: ${request.type} failed: ${error instanceof Error ? error.name : 'error'}`);
      return failure('internal');
    }
  };
}
