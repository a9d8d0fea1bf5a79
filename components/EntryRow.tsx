// One finished entry of the day: read, correct, or delete (after confirmation).
import { useState } from 'preact/hooks';
import { labelFor } from '../lib/catalogue';
import { isIncomplete, MAX_ENTRY_MS } from '../lib/db/details';
import type { Entry, EntryDetails } from '../lib/model/records';
import { DetailsForm } from './DetailsForm';
import { ErrorMessage } from './ErrorMessage';
import { entryTitle } from './entry-title';
import { durationText, timeOfDay, wholeNumberIn } from './format';
import { useI18n } from './i18n';
import { SplitEntry } from './SplitEntry';
import { useAction } from './use-action';
import { useFocusNext } from './use-focus-next';

type Mode = 'view' | 'edit' | 'delete' | 'split';

export function EntryRow({ entry }: { entry: Entry }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { run, error, setError, busy } = useAction();
  const [mode, setMode] = useState<Mode>('view');
  const { root, focusNext } = useFocusNext<HTMLLIElement>();
  const [draft, setDraft] = useState<EntryDetails>(entry);
  const [minutes, setMinutes] = useState(String(Math.round(entry.activeMs / 60_000)));

  const title = entryTitle(entry, i18n);

  async function save() {
    const value = wholeNumberIn(minutes, 0, MAX_ENTRY_MS / 60_000);
    if (value === null) {
      setError(t('invalidMinutes'));
      return;
    }
    const { organisationId, procedureId, modeId, reasonIds, outcomeId } = draft;
    const patch = { organisationId, procedureId, modeId, reasonIds, outcomeId, activeMs: value * 60_000 };
    const response = await run({ type: 'entry/update', id: entry.id, patch });
    if (!response?.ok) return;
    setMode('view');
    focusNext('[data-focus="edit"]');
  }

  return (
    <li class="entry" data-testid="entry" ref={root}>
      <div class="entry-line">
        <span class="when">{timeOfDay(entry.start, lang)}</span>
        <span class="what">
          {title}
          {entry.procedureId && entry.organisationId && (
            <span class="org"> · {labelFor('organisations', entry.organisationId, lang)}</span>
          )}
          {isIncomplete(entry) && <span class="tag">{t('incomplete')}</span>}
          {entry.review && entry.review !== 'incomplete' && (
            <span class="tag" title={t(`review_${entry.review}`)}>
              {t('toReview')}
            </span>
          )}
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
              setDraft(entry);
              setMinutes(String(Math.round(entry.activeMs / 60_000)));
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
        <form
          class="edit"
          // Our own French sentence replaces the browser's validation bubble.
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <DetailsForm
            idPrefix={`edit-${entry.id}`}
            withOutcome
            value={draft}
            onChange={(p) => setDraft({ ...draft, ...p })}
          />
          <div class="field">
            <label for={`edit-${entry.id}-minutes`}>{t('fieldMinutes')}</label>
            <input
              id={`edit-${entry.id}-minutes`}
              type="number"
              inputMode="numeric"
              min={0}
              max={MAX_ENTRY_MS / 60_000}
              step={1}
              value={minutes}
              onInput={(e) => setMinutes(e.currentTarget.value)}
            />
          </div>
          <div class="row small">
            <button type="submit" class="primary" disabled={busy}>
              {t('save')}
            </button>
            <button
              type="button"
              onClick={() => {
                setError(null);
                setMode('view');
                focusNext('[data-focus="edit"]');
              }}
            >
              {t('closeEdit')}
            </button>
          </div>
        </form>
      )}
      <ErrorMessage text={error} />
    </li>
  );
}
