// How views ask the background to act: one typed request, one response. The
// popup passes runtime.sendMessage; tests pass the router itself.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Request, Response } from '../lib/messages/schema';

export type Send = (request: Request) => Promise<Response>;

export const ApiContext = createContext<Send>(async () => ({
  ok: false,
  error: 'internal',
  message: 'Contretemps n’est pas prêt.',
}));

export function useSend(): Send {
  return useContext(ApiContext);
}
