// Reads the opt-in site time: the totals of one local day, largest first.
import type { SiteTimeRow } from '../model/site-time';
import type { ContretempsDB } from './database';

export async function siteTimeOfDay(db: ContretempsDB, day: string): Promise<SiteTimeRow[]> {
  const rows = await db.siteTime.where('day').equals(day).toArray();
  return rows.sort((a, b) => b.ms - a.ms);
}
