// Which frictions count, and the login time they carry, for every figure that
// shows frictions: the popup's day, the dashboard's summaries and its table.
// One rule so the table's count per entry and the headline never disagree.
import type { Friction } from '../model/records';

/** A friction counts once the counsellor stands by it: logged by hand, or detected and confirmed. */
export function isCounted(friction: Friction): boolean {
  return friction.status === 'confirmed';
}

/** Counted frictions per entry id; entries without one are absent. */
export function countedFrictionsByEntry(frictions: readonly Friction[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const friction of frictions) {
    if (friction.entryId !== null && isCounted(friction)) {
      counts.set(friction.entryId, (counts.get(friction.entryId) ?? 0) + 1);
    }
  }
  return counts;
}

/** A login episode's time, counted once. */
export interface LoginEpisode {
  /** When it is counted: the earliest counted friction of the episode. */
  at: number;
  loginMs: number;
  /** One of its counted frictions happened during a timed entry (the friction share). */
  attached: boolean;
}

/**
 * The login episodes shared by several frictions. The probe stores an
 * episode's whole login time on each of its frictions (one per kind), marked
 * with the same `episode`; here each such episode is one, counted if any of its
 * frictions counts. A friction without the mark (logged by hand, stored before
 * the mark existed) is an episode alone, left to the caller: it needs no
 * grouping, and the yearly summaries are cheaper without.
 */
export function sharedLoginEpisodes(frictions: readonly Friction[]): Iterable<LoginEpisode> {
  const episodes = new Map<string, LoginEpisode>();
  for (const friction of frictions) {
    if (friction.episode === undefined || friction.loginMs === null || !isCounted(friction)) continue;
    const attached = friction.entryId !== null;
    const episode = episodes.get(friction.episode);
    if (!episode) episodes.set(friction.episode, { at: friction.at, loginMs: friction.loginMs, attached });
    else {
      episode.at = Math.min(episode.at, friction.at);
      episode.loginMs = Math.max(episode.loginMs, friction.loginMs);
      episode.attached ||= attached;
    }
  }
  return episodes.values();
}
