// The day's finished entries, newest first: the last few at once, the rest on
// demand (the popup is a quick glance, not a report).
import { useState } from 'preact/hooks';
import type { Entry } from '../lib/model/records';
import { EntryRow } from './EntryRow';
import { useI18n } from './i18n';

export const SHOWN_AT_FIRST = 8;

export function EntryList({ entries }: { entries: Entry[] }) {
  const { t } = useI18n();
  const [showAll, setShowAll] = useState(false);
  const newestFirst = [...entries].sort((a, b) => b.start - a.start);
  const shown = showAll ? newestFirst : newestFirst.slice(0, SHOWN_AT_FIRST);
  const hidden = newestFirst.length - shown.length;
  return (
    <section class="entries" aria-labelledby="entries-heading">
      <h2 id="entries-heading">{t('entriesHeading')}</h2>
      {newestFirst.length === 0 ? (
        <p class="empty">{t('noEntries')}</p>
      ) : (
        <ul>
          {shown.map((entry) => (
            <EntryRow key={`${entry.id}-${entry.updatedAt}`} entry={entry} />
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <button type="button" class="link" onClick={() => setShowAll(true)}>
          {t('showMoreEntries', hidden)}
        </button>
      )}
    </section>
  );
}
