// The fields that describe a procedure: organisation, procedure (filtered by
// organisation), mode, reasons and, when correcting an entry, outcome (the
// timer asks the outcome at stop time instead). Every field may stay empty;
// the entry is then marked « à compléter ».
import { catalogue, labelOf, organisationOfProcedure, pickableOrganisations, proceduresFor } from '../lib/catalogue';
import type { EntryDetails } from '../lib/model/records';
import { noCustom, useI18n } from './i18n';

interface Props {
  value: EntryDetails;
  onChange: (patch: Partial<EntryDetails>) => void;
  /** Prefix of element ids, so two forms can live on one page. */
  idPrefix: string;
  disabled?: boolean;
  /** Shows the outcome field (an entry's correction); the timer asks it at stop time. */
  withOutcome?: boolean;
}

interface Choice {
  id: string;
  text: string;
}

function Select(props: {
  id: string;
  label: string;
  value: string | null;
  choices: Choice[];
  disabled?: boolean;
  onChange: (id: string | null) => void;
}) {
  const { t } = useI18n();
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value ?? ''}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
      >
        <option value="">{t('notSpecified')}</option>
        {props.choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function DetailsForm({ value, onChange, idPrefix, disabled, withOutcome = false }: Props) {
  const { t, lang, custom = noCustom } = useI18n();
  // The counsellor's own organisations come before « autre », their own procedures and reasons last.
  const listed = pickableOrganisations(lang).map((o) => ({ id: o.id, text: o.name[lang] }));
  const organisations = [
    ...listed.slice(0, -1),
    ...custom.organisations.map((o) => ({ id: o.id, text: o.name })),
    ...listed.slice(-1),
  ];
  const own = (kind: 'procedures' | 'reasons') =>
    custom.items.filter((i) => i.kind === kind).map((i) => ({ id: i.id, text: i.label }));
  const procedures = [
    ...proceduresFor(value.organisationId).map((p) => ({ id: p.id, text: labelOf(p.label, lang) })),
    ...own('procedures'),
  ];
  const reasons = [...catalogue.reasons.map((r) => ({ id: r.id, text: labelOf(r.label, lang) })), ...own('reasons')];
  const options = (list: typeof catalogue.modes) => list.map((o) => ({ id: o.id, text: labelOf(o.label, lang) }));

  function setOrganisation(organisationId: string | null) {
    const stillOffered =
      value.procedureId?.startsWith('c_') || proceduresFor(organisationId).some((p) => p.id === value.procedureId);
    onChange(stillOffered ? { organisationId } : { organisationId, procedureId: null });
  }

  function setProcedure(procedureId: string | null) {
    // A procedure of one organisation names it: one choice less to make.
    const owner = value.organisationId === null ? organisationOfProcedure(procedureId) : null;
    onChange(owner === null ? { procedureId } : { procedureId, organisationId: owner });
  }

  function toggleReason(id: string, checked: boolean) {
    const reasonIds = checked ? [...value.reasonIds, id] : value.reasonIds.filter((r) => r !== id);
    onChange({ reasonIds });
  }

  return (
    <div class="details-form">
      <Select
        id={`${idPrefix}-organisation`}
        label={t('fieldOrganisation')}
        value={value.organisationId}
        choices={organisations}
        disabled={disabled}
        onChange={setOrganisation}
      />
      <Select
        id={`${idPrefix}-procedure`}
        label={t('fieldProcedure')}
        value={value.procedureId}
        choices={procedures}
        disabled={disabled}
        onChange={setProcedure}
      />
      <Select
        id={`${idPrefix}-mode`}
        label={t('fieldMode')}
        value={value.modeId}
        choices={options(catalogue.modes)}
        disabled={disabled}
        onChange={(modeId) => onChange({ modeId })}
      />
      <details class="reasons">
        <summary>
          {t('fieldReasons')}
          {value.reasonIds.length > 0 ? ` (${value.reasonIds.length})` : ''}
        </summary>
        <fieldset>
          <legend class="visually-hidden">{t('fieldReasons')}</legend>
          {reasons.map((r) => (
            <label key={r.id} class="check">
              <input
                type="checkbox"
                checked={value.reasonIds.includes(r.id)}
                disabled={disabled}
                onChange={(e) => toggleReason(r.id, e.currentTarget.checked)}
              />
              {r.text}
            </label>
          ))}
        </fieldset>
      </details>
      {withOutcome && (
        <Select
          id={`${idPrefix}-outcome`}
          label={t('fieldOutcome')}
          value={value.outcomeId}
          choices={options(catalogue.outcomes)}
          disabled={disabled}
          onChange={(outcomeId) => onChange({ outcomeId })}
        />
      )}
    </div>
  );
}
