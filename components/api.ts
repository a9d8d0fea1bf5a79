// How views ask the background to act: one typed request, one reply, both
// taken from the contract (lib/messages/contract.ts). The pages pass
// runtime.sendMessage; tests pass the router itself.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { failure, type ReplyTo, type Send } from '../lib/messages/contract';
import type { Request, RequestType } from '../lib/messages/schema';

export type { Send };

/**
 * A `Send` over any transport that carries a request to the background's
 * router. The one place where the reply's type is asserted: the router answers
 * each request with its handler's reply, as the contract's map requires.
 */
export function sendOver(transport: (request: Request) => Promise<unknown>): Send {
  return <K extends RequestType>(request: Extract<Request, { type: K }>) => transport(request) as Promise<ReplyTo<K>>;
}

export const ApiContext = createContext<Send>(async () => failure('internal'));

export function useSend(): Send {
  return useContext(ApiContext);
}
