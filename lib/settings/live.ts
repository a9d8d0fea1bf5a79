// Live settings for the options page (Dexie liveQuery sees the background's writes).
import { liveQuery } from 'dexie';
import type { ContretempsDB } from '../db/database';
import type { Settings } from './schema';
import { readSettings } from './store';

export function watchSettings(db: ContretempsDB, onChange: (settings: Settings) => void): () => void {
  const subscription = liveQuery(() => readSettings(db)).subscribe({ next: onChange });
  return () => subscription.unsubscribe();
}
