// The week asked for by the page's address (`#2026-W48`). A hand-typed or
// truncated address (`#%E0`) is no week: the dashboard opens on this week
// rather than on a blank page.

export function weekIdOfHash(hash: string): string | null {
  try {
    return decodeURIComponent(hash.replace(/^#/, '')) || null;
  } catch {
    return null;
  }
}
