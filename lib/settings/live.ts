// Live settings and today's site time for the options page (Dexie liveQuery
// sees the background's writes).
import { liveQuery } from 'dexie';
import type { ContretempsDB } from '../db/database';
import { siteTimeOfDay } from '../db/site-time';
import type { SiteTimeRow } from '../model/site-time';
import type { Settings } from './schema';
import { readSettings } from './store';

export function watchSettings(db: ContretempsDB, onChange: (settings: Settings) => void): () => void {
  const subscription = liveQuery(() => readSettings(db)).subscribe({ next: onChange });
  return () => subscription.unsubscribe();
}

export function watchSiteTime(db: ContretempsDB, day: string, onChange: (rows: SiteTimeRow[]) => void): () => void {
  const subscription = liveQuery(() => siteTimeOfDay(db, day)).subscribe({ next: onChange });
  return () => subscription.unsubscribe();
}
