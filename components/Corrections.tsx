// Corrections below the day's entries: a procedure added after the fact, the
// entries waiting for review, the trash. Each stays a single line until opened.
import type { Entry } from '../lib/model/records';
import { AddEntry } from './AddEntry';
import { ReviewList } from './ReviewList';
import { Trash } from './Trash';

/** `entries`: the day's live entries, whose every change makes the lists read again. */
export function Corrections({ entries, clock }: { entries: Entry[]; clock: () => number }) {
  return (
    <div class="corrections">
      <AddEntry clock={clock} />
      <ReviewList changed={entries} />
      <Trash changed={entries} clock={clock} />
    </div>
  );
}
