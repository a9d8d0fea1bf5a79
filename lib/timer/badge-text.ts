// What the toolbar badge says for an elapsed time: `12m`, `1h05`, `10h+`.
// Four characters at most, the width a badge shows without cutting.
export function badgeText(elapsedMs: number): string {
  const minutes = Math.floor(Math.max(0, elapsedMs) / 60_000);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours >= 10) return `${hours}h+`.slice(0, 4);
  return `${hours}h${String(minutes % 60).padStart(2, '0')}`;
}
