// The procedures of the period in a table: filtered by organisation, way of
// doing it or « à vérifier », sorted by a column header, each row corrected
// in place with the popup's correction form (EntryEditForm). Focus goes into
// the form on « Modifier », back to the row's « Modifier » once it closes, or
// to the table's heading when the row has left the table (moved to another week).
import { useEffect, useState } from 'preact/hooks';
import { labelFor } from '../../lib/catalogue';
import { isIncomplete } from '../../lib/db/details';
import { isDemo } from '../../lib/demo/ids';
import type { Entry, Friction } from '../../lib/model/records';
import { countedFrictionsByEntry } from '../../lib/stats/frictions';
import { EntryEditForm } from '../EntryEditForm';
import { entryTitle } from '../entry-title';
import { dayText, durationText, timeOfDay } from '../format';
import { labelIn, useI18n } from '../i18n';
import { ReviewTags } from '../ReviewTag';
import { useFocusNext } from '../use-focus-next';

type SortKey = 'start' | 'duration' | 'organisation';
type Sort = { key: SortKey; descending: boolean };

interface Props {
  /** Every row, whatever the page shows (the page is printing). */
  showAll?: boolean;
  entries: Entry[];
  /** Frictions of the period: each row shows how many happened during it. */
  frictions: Friction[];
}

const ALL = '';
/** Rows shown before « Afficher les … autres »: a week rarely has more, and the page opens fast. */
const FIRST_ROWS = 50;

export function EntryTable({ entries, frictions, showAll = false }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [organisation, setOrganisation] = useState(ALL);
  const [mode, setMode] = useState(ALL);
  const [toReview, setToReview] = useState(false);
  const [sort, setSort] = useState<Sort>({ key: 'start', descending: false });
  const [editing, setEditing] = useState<string | null>(null);
  const [limit, setLimit] = useState(FIRST_ROWS);
  const { root, focusNext } = useFocusNext<HTMLElement>();
  /** The row last opened for correction: where focus returns, if it is still there. */
  const [returnTo, setReturnTo] = useState<string | null>(null);
  // Printed from the browser's menu (Ctrl+P): the whole table goes on paper.
  useEffect(() => {
    const all = () => setLimit(Number.POSITIVE_INFINITY);
    window.addEventListener('beforeprint', all);
    return () => window.removeEventListener('beforeprint', all);
  }, []);

  const frictionsOf = countedFrictionsByEntry(frictions);
  const organisationName = (e: Entry) => labelIn(i18n, 'organisations', e.organisationId) || t('notSaid');
  const needsReview = (e: Entry) => e.review !== undefined || isIncomplete(e);
  const options = (ids: (string | null)[], kind: 'organisations' | 'modes') =>
    [...new Set(ids.filter((id): id is string => id !== null))]
      .map((id) => ({ id, label: labelIn(i18n, kind, id) }))
      .sort((a, b) => a.label.localeCompare(b.label, lang));

  const shown = entries
    .filter((e) => organisation === ALL || e.organisationId === organisation)
    .filter((e) => mode === ALL || e.modeId === mode)
    .filter((e) => !toReview || needsReview(e))
    .sort((a, b) => {
      const order =
        sort.key === 'start'
          ? a.start - b.start
          : sort.key === 'duration'
            ? a.activeMs - b.activeMs
            : organisationName(a).localeCompare(organisationName(b), lang) || a.start - b.start;
      return sort.descending ? -order : order;
    });

  const rows = shown.slice(0, showAll ? undefined : limit);
  // The corrected row left the table and focus went with it: the heading takes it.
  useEffect(() => {
    if (returnTo === null || rows.some((e) => e.id === returnTo)) return;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) focusNext('#entry-table-heading');
    setReturnTo(null);
  });

  function header(key: SortKey, text: string) {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
        <button
          type="button"
          class="link sort"
          onClick={() => setSort({ key, descending: active ? !sort.descending : key === 'duration' })}
        >
          {text}
          <span aria-hidden="true">{active ? (sort.descending ? ' ↓' : ' ↑') : ''}</span>
        </button>
      </th>
    );
  }

  return (
    <section class="entry-table" aria-labelledby="entry-table-heading" ref={root}>
      <h2 id="entry-table-heading" tabIndex={-1}>
        {t('tableHeading', shown.length, entries.length)}
      </h2>
      <div class="row filters no-print">
        <FilterSelect
          label={t('filterOrganisation')}
          value={organisation}
          onChange={setOrganisation}
          options={options(
            entries.map((e) => e.organisationId),
            'organisations',
          )}
        />
        <FilterSelect
          label={t('filterMode')}
          value={mode}
          onChange={setMode}
          options={options(
            entries.map((e) => e.modeId),
            'modes',
          )}
        />
        <label class="inline">
          <input type="checkbox" checked={toReview} onChange={(e) => setToReview(e.currentTarget.checked)} />{' '}
          {t('filterToReview')}
        </label>
      </div>
      {shown.length === 0 ? (
        <p>{t('tableEmpty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {header('start', t('columnWhen'))}
              {header('duration', t('columnDuration'))}
              {header('organisation', t('columnOrganisation'))}
              <th scope="col">{t('columnProcedure')}</th>
              <th scope="col">{t('columnMode')}</th>
              <th scope="col">{t('columnOutcome')}</th>
              <th scope="col">{t('columnFrictions')}</th>
              <th scope="col" class="no-print">
                <span class="visually-hidden">{t('columnActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => {
              const title = entryTitle(e, i18n);
              return [
                <tr key={e.id} data-testid="table-entry">
                  <td>
                    {dayText(e.start, lang)} {timeOfDay(e.start, lang)}
                  </td>
                  <td>{durationText(e.activeMs)}</td>
                  <td>{organisationName(e)}</td>
                  <td>
                    {e.procedureId ? labelIn(i18n, 'procedures', e.procedureId) : t('notSaid')}
                    <ReviewTags entry={e} />
                    {isDemo(e) && (
                      <span class="tag" title={t('demoTagTitle')}>
                        {t('demoTag')}
                      </span>
                    )}
                  </td>
                  <td>{e.modeId ? labelFor('modes', e.modeId, lang) : t('notSaid')}</td>
                  <td>{e.outcomeId ? labelFor('outcomes', e.outcomeId, lang) : t('notSaid')}</td>
                  <td>{frictionsOf.get(e.id) ?? 0}</td>
                  <td class="no-print">
                    <button
                      type="button"
                      class="link"
                      data-focus={`edit-${e.id}`}
                      aria-expanded={editing === e.id}
                      aria-label={t('editEntryLabel', title)}
                      onClick={() => {
                        if (editing === e.id) return setEditing(null);
                        setEditing(e.id);
                        setReturnTo(e.id);
                        const form = `tr[data-edit="${e.id}"]`;
                        focusNext(`${form} select, ${form} input, ${form} textarea`);
                      }}
                    >
                      {t('edit')}
                    </button>
                  </td>
                </tr>,
                editing === e.id && (
                  <tr key={`${e.id}-edit`} class="no-print" data-edit={e.id}>
                    <td colSpan={8}>
                      <EntryEditForm
                        entry={e}
                        idPrefix={`table-${e.id}`}
                        onClose={() => {
                          setEditing(null);
                          focusNext(`[data-focus="edit-${e.id}"]`);
                        }}
                      />
                    </td>
                  </tr>
                ),
              ];
            })}
          </tbody>
        </table>
      )}
      {!showAll && shown.length > limit && (
        <button type="button" class="link no-print" onClick={() => setLimit(Number.POSITIVE_INFINITY)}>
          {t('tableShowAll', shown.length - limit)}
        </button>
      )}
    </section>
  );
}

/** One filter of the table: « Tous », then the values present in the period. */
function FilterSelect(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { id: string; label: string }[];
}) {
  const { t } = useI18n();
  return (
    <label class="inline">
      {props.label}{' '}
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value={ALL}>{t('filterAll')}</option>
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
