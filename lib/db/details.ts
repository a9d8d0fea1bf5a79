// Zod-free helpers on entry details, safe to load in the popup: the popup
// never validates (the background does), so it does not pay for Zod.
import type { EntryDetails } from '../model/records';

export const emptyDetails: EntryDetails = {
  organisationId: null,
  procedureId: null,
  modeId: null,
  reasonIds: [],
  outcomeId: null,
};

/** 24 hours: no single procedure is longer; a bigger figure is a typing slip. */
export const MAX_ENTRY_MS = 24 * 60 * 60 * 1000;

/** An entry lacks what a summary needs; it still counts, and the popup asks to complete it. */
export function isIncomplete(details: EntryDetails): boolean {
  return (
    details.organisationId === null ||
    details.procedureId === null ||
    details.modeId === null ||
    details.outcomeId === null
  );
}
