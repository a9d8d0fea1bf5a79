// One finished entry of the day: read, correct, or delete (after confirmation).
import { useState } from 'preact/hooks';
import { isDemo } from '../lib/demo/ids';
import type { Entry } from '../lib/model/records';
import { EntryEditForm } from './EntryEditForm';
import { ErrorMessage } from './ErrorMessage';
import { entryTitle } from './entry-title';
import { durationText, timeOfDay } from './format';
import { labelIn, useI18n } from './i18n';
import { ReviewTags } from './ReviewTag';
import { SplitEntry } from './SplitEntry';
import { useAction } from './use-action';
import { useFocusNext } from './use-focus-next';

type Mode = 'view' | 'edit' | 'delete' | 'split';

export function EntryRow({ entry }: { entry: Entry }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { run, error, busy } = useAction();
  const [mode, setMode] = useState<Mode>('view');
  const { root, focusNext } = useFocusNext<HTMLLIElement>();

  const title = entryTitle(entry, i18n);

  return (
    <li class="entry" data-testid="entry" ref={root}>
      <div class="entry-line">
        <span class="when">{timeOfDay(entry.start, lang)}</span>
        <span class="what">
          {title}
          {entry.procedureId && entry.organisationId && (
            <span class="org"> · {labelIn(i18n, 'organisations', entry.organisationId)}</span>
          )}
          {isDemo(entry) && (
            <span class="tag" title={t('demoTagTitle')}>
              {t('demoTag')}
            </span>
          )}
          <ReviewTags entry={entry} />
        </span>
        <span class="duration">{durationText(entry.activeMs)}</span>
      </div>
      {mode === 'view' && (
        <div class="row small">
          <button
            type="button"
            class="link"
            data-focus="edit"
            aria-label={t('editEntryLabel', title)}
            onClick={() => {
              setMode('edit');
              focusNext('select');
            }}
          >
            {t('edit')}
          </button>
          <button
            type="button"
            class="link"
            data-focus="delete"
            aria-label={t('deleteEntryLabel', title)}
            onClick={() => {
              setMode('delete');
              focusNext('[data-focus="deleteConfirm"]');
            }}
          >
            {t('delete')}
          </button>
          <button
            type="button"
            class="link"
            aria-label={t('splitEntryLabel', title)}
            onClick={() => {
              setMode('split');
              focusNext('input');
            }}
          >
            {t('splitEntry')}
          </button>
        </div>
      )}
      {mode === 'split' && <SplitEntry entry={entry} onClose={() => setMode('view')} />}
      {mode === 'delete' && (
        <div class="row small">
          <span>{t('deleteConfirmQuestion')}</span>
          <button
            type="button"
            class="danger"
            data-focus="deleteConfirm"
            disabled={busy}
            onClick={() => void run({ type: 'entry/delete', id: entry.id })}
          >
            {t('deleteConfirm')}
          </button>
          <button
            type="button"
            aria-label={t('keepEntryLabel', title)}
            onClick={() => {
              setMode('view');
              focusNext('[data-focus="delete"]');
            }}
          >
            {t('keepEntry')}
          </button>
        </div>
      )}
      {mode === 'edit' && (
        <EntryEditForm
          entry={entry}
          idPrefix={`edit-${entry.id}`}
          onClose={() => {
            setMode('view');
            focusNext('[data-focus="edit"]');
          }}
        />
      )}
      <ErrorMessage text={error} />
    </li>
  );
}
