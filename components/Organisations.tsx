// « Organismes suivis »: each listed organisation can be switched off (its
// sites are then neither timed nor probed), and the counsellor can create an
// organisation of their own (its name stays on this computer), then attach
// sites to it in « Vos sites ».
import { useState } from 'preact/hooks';
import { defaultEnabledOrganisations } from '../lib/catalogue';
import type { Settings } from '../lib/settings/schema';
import { ErrorMessage } from './ErrorMessage';
import { useI18n } from './i18n';
import { useAction } from './use-action';

export function Organisations({ settings }: { settings: Settings }) {
  const { t, lang } = useI18n();
  const { run, error, busy } = useAction();
  const [name, setName] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const off = new Set(settings.organisationsOff);

  async function toggle(organisationId: string, label: string, on: boolean) {
    setDone(null);
    const response = await run({ type: 'organisation/toggle', organisationId, on });
    if (response?.ok) setDone(t(on ? 'organisationSwitchedOn' : 'organisationSwitchedOff', label));
  }

  async function add(e: Event) {
    e.preventDefault();
    setDone(null);
    if (name.trim() === '') return;
    const response = await run({ type: 'organisation/add', name });
    if (response?.ok) {
      setDone(t('organisationAdded', name.trim()));
      setName('');
    }
  }

  return (
    <section aria-labelledby="organisations-heading">
      <h2 id="organisations-heading">{t('organisationsHeading')}</h2>
      <p>{t('organisationsExplain')}</p>
      <details>
        <summary>{t('organisationsShow', defaultEnabledOrganisations().length - off.size)}</summary>
        <fieldset>
          <legend>{t('organisationsLegend')}</legend>
          <ul class="plain columns">
            {defaultEnabledOrganisations().map((o) => (
              <li key={o.id} class="check" data-testid="organisation-toggle">
                <input
                  type="checkbox"
                  id={`org-box-${o.id}`}
                  checked={!off.has(o.id)}
                  onChange={(e) => void toggle(o.id, o.name[lang], e.currentTarget.checked)}
                />
                <label for={`org-box-${o.id}`}>{o.name[lang]}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      </details>
      <h3>{t('customOrganisationsHeading')}</h3>
      {settings.customOrganisations.length === 0 ? (
        <p class="empty">{t('customOrganisationsNone')}</p>
      ) : (
        <ul class="plain">
          {settings.customOrganisations.map((o) => (
            <li key={o.id} data-testid="custom-organisation">
              <strong>{o.name}</strong>{' '}
              <button type="button" class="link" onClick={() => void run({ type: 'organisation/remove', id: o.id })}>
                {t('removeSite', o.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} class="row">
        <div class="field">
          <label for="custom-organisation-name">{t('customOrganisationName')}</label>
          <input
            id="custom-organisation-name"
            maxLength={80}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </div>
        <button type="submit" disabled={busy}>
          {t('customOrganisationAdd')}
        </button>
      </form>
      <p class="hint">{t('customLabelsStayHere')}</p>
      <p class="status" aria-live="polite">
        {done}
      </p>
      <ErrorMessage text={error} />
    </section>
  );
}
