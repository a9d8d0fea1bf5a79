// The one contract between the extension's pages and the background: for each
// request type, the reply it gets. The request shapes are the Zod schemas of
// schema.ts; the router, the handlers and the pages' `send` are all typed from
// this map, so a request and its reply are never retyped by hand.
import type { Backup } from '../backup/format';
import type { RestoreReport } from '../backup/restore';
import type { ErrorCode } from '../core/error-codes';
import type { DemoCounts } from '../db/demo';
import type { Entry, Friction } from '../model/records';
import type { TimerState } from '../model/timer-state';
import type { TrashRow } from '../model/trash';
import type { Settings } from '../settings/schema';
import type { Request, RequestType } from './schema';

/** What a timer event leaves: the new state, and the entry it finished if any. */
export interface TimerChange {
  state: TimerState;
  finished: Entry | null;
}

export interface Replies {
  'timer/start': TimerChange;
  'timer/pause': TimerChange;
  'timer/resume': TimerChange;
  'timer/update': TimerChange;
  'timer/stop': TimerChange;
  'timer/discard': TimerChange;
  'timer/set-start': TimerChange;
  'timer/switch': TimerChange;
  'timer/resolve-away': TimerChange;
  'friction/log': Friction;
  'friction/confirm': null;
  'friction/dismiss': null;
  'settings/update': Settings;
  'settings/detection': Settings;
  'domain/add': Settings;
  'domain/remove': Settings;
  'organisation/toggle': Settings;
  'organisation/add': Settings;
  'organisation/remove': Settings;
  'custom-item/add': Settings;
  'custom-item/code': Settings;
  'custom-item/remove': Settings;
  'entry/update': Entry;
  'entry/delete': null;
  'entry/add': Entry;
  'entry/split': [Entry, Entry];
  'entry/restore': Entry;
  'entry/review-list': Entry[];
  'trash/list': TrashRow[];
  'context/get': { organisationId: string | null };
  /** What was written. */
  'demo/load': DemoCounts;
  /** What was removed. */
  'demo/remove': DemoCounts;
  'summary/record': null;
  /** The backup, and the name its file gets. */
  'backup/export': { backup: Backup; fileName: string };
  /** What the restore added and kept. */
  'backup/restore': RestoreReport;
  'data/erase-all': null;
  /** How many site-time rows were erased. */
  'sitetime/erase': number;
}

/** Fails to compile if a request type has no reply, or a reply no request. */
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const contractIsComplete: SameKeys<keyof Replies, RequestType> = true;

export type RequestOf<K extends RequestType> = Extract<Request, { type: K }>;

/** The answer to a request: its reply, or an error code the page words from its locale. */
export type Response<T> = { ok: true; data: T } | { ok: false; error: ErrorCode };
export type ReplyTo<K extends RequestType> = Response<Replies[K]>;

export type Handlers = { [K in RequestType]: (request: RequestOf<K>) => Promise<ReplyTo<K>> };

/** How a page sends a request; the reply's type follows from the request's. */
export type Send = <K extends RequestType>(request: RequestOf<K>) => Promise<ReplyTo<K>>;

export function ok<T>(data: T): Response<T> {
  return { ok: true, data };
}

export function failure(error: ErrorCode): Response<never> {
  return { ok: false, error };
}
