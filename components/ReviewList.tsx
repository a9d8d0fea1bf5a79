// Entries the timer flagged for the counsellor's look, whatever their day,
// with why; « Vérifiée » clears the flag once the counsellor has looked (or
// corrected it from the day's list). Behind a button: the popup stays short.
import { useState } from 'preact/hooks';
import type { Entry } from '../lib/model/records';
import { entryTitle } from './entry-title';
import { dayText, durationText, timeOfDay } from './format';
import { ItemAction } from './ItemAction';
import { useI18n } from './i18n';
import { useList } from './use-list';

function ReviewItem({ entry, onDone }: { entry: Entry; onDone: () => void }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const title = entryTitle(entry, i18n);
  return (
    <ItemAction
      testId="to-review"
      action={t('markReviewed')}
      actionLabel={t('markReviewedLabel', title)}
      request={{ type: 'entry/update', id: entry.id, patch: { reviewed: true } }}
      onDone={onDone}
    >
      {dayText(entry.start, lang)} {timeOfDay(entry.start, lang)} · {title} · {durationText(entry.activeMs)}
      <br />
      <span class="why">{t(`review_${entry.review}`)}</span>
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
