// A database holding one of every kind of record a backup carries: demo days,
// a friction of a login episode, a trashed entry, a team-summary record,
// settings changed from the defaults, the demo marker.
import type { ContretempsDB } from '../../lib/db/database';
import { loadDemo } from '../../lib/db/demo';
import { generateDemo } from '../../lib/demo/generate';
import type { Friction } from '../../lib/model/records';
import { defaultSettings } from '../../lib/settings/schema';
import { entryAt } from './records';

export const BACKUP_NOW = Date.UTC(2026, 10, 25, 14, 0);

export async function fillDb(db: ContretempsDB): Promise<void> {
  const demo = generateDemo({ now: BACKUP_NOW, timeZone: 'Europe/Paris', seed: 7 });
  await loadDemo(db, demo);
  const episode: Friction = {
    id: 'real-friction-episode',
    at: BACKUP_NOW - 3_600_000,
    organisationId: 'caf',
    kind: 'mdp_oublie',
    detection: 'auto',
    status: 'pending',
    entryId: null,
    loginMs: 90_000,
    episode: 'real-friction-episode',
  };
  await db.frictions.add(episode);
  await db.entries.add({ ...entryAt(BACKUP_NOW - 7_200_000, 600_000, 'real-entry-0001'), review: 'incomplete' });
  const trashed = entryAt(BACKUP_NOW - 86_400_000, 300_000, 'real-entry-trash');
  await db.trash.add({ id: trashed.id, deletedAt: BACKUP_NOW - 1000, entry: trashed, frictionIds: [] });
  await db.summaries.add({ weeks: ['2026-W47'], inputs: [`sha256:${'a'.repeat(64)}`] } as never);
  await db.settings.put({ key: 'settings', value: { ...defaultSettings, siteTime: true, retentionMonths: 24 } });
  await db.timer.put({ key: 'current', state: { status: 'idle' } });
}

/** Every record of every store, keyed by store: what « the same data » means. */
export async function dumpAll(db: ContretempsDB, except: string[] = []): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) if (!except.includes(table.name)) dump[table.name] = await table.toArray();
  return dump;
}
