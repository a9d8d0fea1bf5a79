// Entries the timer flagged for the counsellor's look, whatever their day,
// with why. Each can be corrected here with the day's list's form (an entry of
// another day is in no day's list); saving a correction keeps the flag, only
// « Vérifiée » clears it, once the counsellor says so. Behind a button: the
// popup stays short.
import { useRef, useState } from 'preact/hooks';
import type { Entry } from '../lib/model/records';
import { EntryEditForm } from './EntryEditForm';
import { entryTitle } from './entry-title';
import { dayText, durationText, timeOfDay } from './format';
import { ItemAction } from './ItemAction';
import { useI18n } from './i18n';
import { useFocusNext } from './use-focus-next';
import { useList } from './use-list';

function ReviewItem({ entry, onDone }: { entry: Entry; onDone: () => void }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const title = entryTitle(entry, i18n);
  const [editing, setEditing] = useState(false);
  const { root, focusNext } = useFocusNext<HTMLDivElement>();
  const editButton = useRef<HTMLButtonElement>(null);
  return (
    <ItemAction
      testId="to-review"
      action={t('markReviewed')}
      actionLabel={t('markReviewedLabel', title)}
      request={{ type: 'entry/update', id: entry.id, patch: { reviewed: true } }}
      onDone={onDone}
      below={
        editing && (
          <div ref={root}>
            <EntryEditForm
              entry={entry}
              idPrefix={`review-${entry.id}`}
              onClose={(saved) => {
                setEditing(false);
                editButton.current?.focus();
                if (saved) onDone();
              }}
            />
          </div>
        )
      }
    >
      {dayText(entry.start, lang)} {timeOfDay(entry.start, lang)} · {title} · {durationText(entry.activeMs)}
      <br />
      <span class="why">{t(`review_${entry.review}`)}</span>{' '}
      <button
        type="button"
        class="link"
        ref={editButton}
        aria-label={t('editEntryLabel', title)}
        aria-expanded={editing}
        onClick={() => {
          setEditing(true);
          focusNext('select');
        }}
      >
        {t('edit')}
      </button>
    </ItemAction>
  );
}

export function ReviewList({ changed }: { changed: unknown }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [entries, reload] = useList('entry/review-list', changed);
  if (!entries || entries.length === 0) return null;
  return (
    <section class="review" aria-label={t('reviewHeading')}>
      <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('reviewOpen', entries.length)}
      </button>
      {open && (
        <ul>
          {entries.map((entry) => (
            // Read again after « Vérifiée »: the entry may be of another day than the live list's.
            <ReviewItem key={entry.id} entry={entry} onDone={reload} />
          ))}
        </ul>
      )}
    </section>
  );
}
