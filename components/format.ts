// Display formats of durations and times, in the counsellor's language.
import type { Lang } from '../lib/catalogue';

/** A whole number typed in a field, within [min, max]; null for anything else (empty, `2,5`, `-1`). */
export function wholeNumberIn(text: string, min: number, max: number): number | null {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/** `0:07:42`: the live clock of a running timer. */
export function clockText(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** `45 min`, `1 h 05`: a duration as people say it. */
export function durationText(ms: number): string {
  const minutes = Math.round(Math.max(0, ms) / 60_000);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`;
}

const timeFormats = new Map<Lang, Intl.DateTimeFormat>();

/** `14:05`: a time of day. (Building a formatter is slow: one per language, kept.) */
export function timeOfDay(timestamp: number, lang: Lang): string {
  let format = timeFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
    timeFormats.set(lang, format);
  }
  return format.format(timestamp);
}

/** `24 nov.`: the day of an entry shown outside its day's list. */
export function dayText(timestamp: number, lang: Lang): string {
  return new Date(timestamp).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'short' });
}

/** `2026-11-24` and `09:05` from a local date and time, or null when either is malformed. */
export function localInstant(date: string, time: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const value = new Date(`${date}T${time}`).getTime();
  return Number.isNaN(value) ? null : value;
}

/** The local date of an instant as an `<input type="date">` value. */
export function dateInputValue(timestamp: number): string {
  const d = new Date(timestamp);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
