// What runs after a change is stored (the badge, the alarm, the probe's
// registration) cannot undo that change, so its failure must not become the
// answer: a counsellor told « rien n'a été modifié » would redo a change that
// was made. Each of these effects is rebuilt whole from what is stored (the
// timer, the settings), so a second attempt right away mends a passing failure,
// and the next sync mends a lasting one: the next alarm, the next change, or
// the service worker's next start. The failure is logged once, by name only,
// never with what the change carried.

export type Log = (line: string) => void;

/** Runs `effect`, once more if it fails, and logs (without throwing) if it fails again. */
export async function afterCommit(what: string, effect: () => Promise<void>, log: Log): Promise<void> {
  try {
    await effect();
  } catch {
    try {
      await effect();
    } catch (error) {
      log(`Contretemps: ${what} failed after the change was saved: ${errorName(error)}`);
    }
  }
}

/** The kind of an error only: its message may carry an address or a value. */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'error';
}
