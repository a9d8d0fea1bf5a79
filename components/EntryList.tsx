// The day's finished entries, newest first.
import type { Entry } from '../lib/db/records';
import { EntryRow } from './EntryRow';
import { useI18n } from './i18n';

export function EntryList({ entries }: { entries: Entry[] }) {
  const { t } = useI18n();
  const newestFirst = [...entries].sort((a, b) => b.start - a.start);
  return (
    <section class="entries" aria-labelledby="entries-heading">
      <h2 id="entries-heading">{t('entriesHeading')}</h2>
      {newestFirst.length === 0 ? (
        <p class="empty">{t('noEntries')}</p>
      ) : (
        <ul>
          {newestFirst.map((entry) => (
            <EntryRow key={`${entry.id}-${entry.updatedAt}`} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  );
}
