// The trash: entries deleted in the last 30 days, each restorable with
// « Annuler la suppression ». It is stored, so the undo survives closing the
// popup; the latest deletion of the last hour is offered at once, the rest behind a button.
import { useState } from 'preact/hooks';
import type { TrashRow } from '../lib/model/trash';
import { entryTitle } from './entry-title';
import { dayText, durationText, timeOfDay } from './format';
import { ItemAction } from './ItemAction';
import { useI18n } from './i18n';
import { useList } from './use-list';

/** How long the latest deletion is offered without opening the trash. */
const RECENT_MS = 60 * 60 * 1000;

function TrashItem({ row, onDone }: { row: TrashRow; onDone: () => void }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const title = entryTitle(row.entry, i18n);
  const when = `${dayText(row.entry.start, lang)} ${timeOfDay(row.entry.start, lang)}`;
  return (
    <ItemAction
      testId="trashed"
      action={t('undoDelete')}
      actionLabel={t('undoDeleteLabel', title)}
      request={{ type: 'entry/restore', id: row.id }}
      onDone={onDone}
    >
      {t('deletedEntry', title, when)} · {durationText(row.entry.activeMs)}
    </ItemAction>
  );
}

export function Trash({ changed, clock }: { changed: unknown; clock: () => number }) {
  const { t } = useI18n();
  const [rows, reload] = useList('trash/list', changed);
  const [open, setOpen] = useState(false);
  if (!rows || rows.length === 0) return null;
  const [latest] = rows;
  const recent = latest && clock() - latest.deletedAt < RECENT_MS ? latest : null;
  return (
    <section class="trash" aria-label={t('trashHeading')}>
      {!open && recent && (
        <ul>
          <TrashItem row={recent} onDone={reload} />
        </ul>
      )}
      <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('trashOpen', rows.length)}
      </button>
      {open && (
        <ul>
          {rows.map((row) => (
            <TrashItem key={row.id} row={row} onDone={reload} />
          ))}
        </ul>
      )}
    </section>
  );
}
