// What the background does for each message: a thin call into a lib service.
// The answer says what was stored; what follows a stored change (badge, alarm)
// is run by afterCommit, whose failure is logged and never the answer.
import { afterCommit, type Log } from '../core/after-commit';
import type { Clock } from '../core/clock';
import { addManualEntry, type CorrectionResult, entriesToReview, splitEntry } from '../db/corrections';
import type { ContretempsDB } from '../db/database';
import { loadDemo, removeDemo } from '../db/demo';
import { deleteEntry, readTrash, restoreEntry, updateEntry } from '../db/entries';
import { setFrictionStatus } from '../db/frictions';
import { recordSummary } from '../db/summaries';
import { DEMO_SEED, generateDemo } from '../demo/generate';
import { logManualFriction } from '../frictions/log-friction';
import type { TimerState } from '../model/timer-state';
import { type Settings, workingDayOf } from '../settings/schema';
import type { SettingsResult, SettingsService } from '../settings/service';
import { readSettings } from '../settings/store';
import type { TimerResult, TimerService } from '../timer/service';
import { failure, type Handlers, ok, type Response, type TimerChange } from './contract';
import { createDataHandlers } from './data-handlers';

export interface HandlerDeps {
  db: ContretempsDB;
  clock: Clock;
  newId: () => string;
  timer: TimerService;
  /** Organisation of the tab in front of the counsellor, derived from its hostname. */
  activeOrganisation: () => Promise<string | null>;
  /** The timer changed and is stored: the badge and the alarm follow it. */
  onTimerChange: (state: TimerState) => Promise<void>;
  settings: SettingsService;
  /** The settings changed and are stored: the idle threshold and the timer's alarms follow them. */
  onSettingsChange?: (settings: Settings) => Promise<void>;
  /** Everything was erased: what the old settings had the browser grant goes back. */
  onErased?: (erased: Settings) => Promise<void>;
  log: Log;
}

/** « Keep it all » counts the whole period, however long: the timer keeps at most its length. */
const ALL = Number.MAX_SAFE_INTEGER;

export function createHandlers(deps: HandlerDeps): Handlers {
  const { db, clock, timer } = deps;
  async function settle(result: TimerResult): Promise<Response<TimerChange>> {
    if (!result.ok) return failure(result.error);
    await afterCommit('badge and alarm', () => deps.onTimerChange(result.state), deps.log);
    return ok({ state: result.state, finished: result.finished ?? null });
  }
  const corrected = <T>(result: CorrectionResult<T>) => (result.ok ? ok(result.value) : failure(result.error));
  const settled = (result: SettingsResult) => (result.ok ? ok(result.settings) : failure(result.error));
  const status = async (id: string, value: 'confirmed' | 'dismissed') =>
    (await setFrictionStatus(db, id, value)) ? ok(null) : failure('friction_not_found');
  return {
    'timer/start': (r) => timer.apply({ type: 'start', details: r.details }).then(settle),
    'timer/pause': () => timer.apply({ type: 'pause' }).then(settle),
    'timer/resume': () => timer.apply({ type: 'resume' }).then(settle),
    'timer/update': (r) => timer.apply({ type: 'update', details: r.details }).then(settle),
    'timer/stop': (r) => timer.apply({ type: 'stop', details: r.details ?? {}, at: r.at }).then(settle),
    'timer/discard': () => timer.apply({ type: 'discard' }).then(settle),
    'timer/set-start': (r) => timer.apply({ type: 'set-start', at: r.at }).then(settle),
    'timer/switch': (r) => timer.apply({ type: 'switch', details: r.details, ended: r.ended, at: r.at }).then(settle),
    'timer/resolve-away': (r) => {
      const keptMs = r.decision === 'keep' ? ALL : r.decision === 'discard' ? 0 : (r.keptMinutes ?? 0) * 60_000;
      return timer.apply({ type: 'resolve-away', from: r.from, keptMs }).then(settle);
    },
    'friction/log': async (r) => ok(await logManualFriction(deps, { kind: r.kind, organisationId: r.organisationId })),
    'friction/confirm': (r) => status(r.id, 'confirmed'),
    'friction/dismiss': (r) => status(r.id, 'dismissed'),
    'settings/update': async (r) => {
      const result = await deps.settings.update(r.patch);
      const { onSettingsChange } = deps;
      if (result.ok && onSettingsChange) {
        await afterCommit('alarms and idle threshold', () => onSettingsChange(result.settings), deps.log);
      }
      return settled(result);
    },
    'settings/detection': (r) => deps.settings.setDetection(r.kind, r.on).then(settled),
    'domain/add': (r) => deps.settings.addDomain(r.domain, r.organisationId).then(settled),
    'domain/remove': (r) => deps.settings.removeDomain(r.domain).then(settled),
    'organisation/toggle': (r) => deps.settings.setOrganisation(r.organisationId, r.on).then(settled),
    'organisation/add': (r) => deps.settings.addOrganisation(r.name).then(settled),
    'organisation/remove': (r) => deps.settings.removeOrganisation(r.id).then(settled),
    'custom-item/add': (r) => deps.settings.addItem(r.kind, r.label, r.teamCode).then(settled),
    'custom-item/code': (r) => deps.settings.setItemCode(r.id, r.teamCode).then(settled),
    'custom-item/remove': (r) => deps.settings.removeItem(r.id).then(settled),
    'entry/update': async (r) => {
      const day = workingDayOf(await readSettings(db));
      const result = await updateEntry(db, r.id, r.patch, clock.now(), day);
      return result.ok ? ok(result.entry) : failure(result.error);
    },
    'entry/delete': async (r) => ((await deleteEntry(db, r.id, clock.now())) ? ok(null) : failure('entry_not_found')),
    'entry/add': async (r) => {
      const day = workingDayOf(await readSettings(db));
      const input = { details: r.details, start: r.start, activeMs: r.activeMs };
      return corrected(await addManualEntry(db, input, day, clock.now(), deps.newId));
    },
    'entry/split': async (r) => corrected(await splitEntry(db, r.id, r.at, clock.now(), deps.newId)),
    'entry/restore': async (r) => {
      const entry = await restoreEntry(db, r.id);
      return entry ? ok(entry) : failure('trash_not_found');
    },
    'entry/review-list': async () => ok(await entriesToReview(db)),
    'trash/list': async () => ok(await readTrash(db, clock.now())),
    'context/get': async () => ok({ organisationId: await deps.activeOrganisation() }),
    'demo/load': async (r) => {
      const data = generateDemo({ now: clock.now(), timeZone: r.timeZone, seed: DEMO_SEED });
      const result = await loadDemo(db, data);
      return result.ok ? ok(result.counts) : failure(result.error);
    },
    'demo/remove': async () => ok(await removeDemo(db)),
    'summary/record': async (r) => {
      await recordSummary(db, r.summary);
      return ok(null);
    },
    ...createDataHandlers(deps),
  };
}
