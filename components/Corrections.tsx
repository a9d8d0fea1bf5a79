// Corrections below the day's entries: a procedure added after the fact, the
// entries waiting for review, the trash, the day's frictions. Each stays a
// single line until opened.
import type { Entry, Friction } from '../lib/model/records';
import { AddEntry } from './AddEntry';
import { FrictionList } from './FrictionList';
import { ReviewList } from './ReviewList';
import { Trash } from './Trash';

/** `entries`: the day's live entries, whose every change makes the lists read again. */
export function Corrections(props: { entries: Entry[]; frictions: Friction[]; clock: () => number }) {
  const { entries, frictions, clock } = props;
  return (
    <div class="corrections">
      <AddEntry clock={clock} />
      <ReviewList changed={entries} />
      <Trash changed={entries} clock={clock} />
      <FrictionList frictions={frictions} />
    </div>
  );
}
