// « Durée de conservation » on the options page: how many months raw records
// are kept before the daily purge deletes them (lib/db/retention).
import { useState } from 'preact/hooks';
import { RETENTION_MONTHS } from '../lib/settings/data-options';
import type { Settings } from '../lib/settings/schema';
import { ErrorMessage } from './ErrorMessage';
import { wholeNumberIn } from './format';
import { useI18n } from './i18n';
import { NumberField } from './NumberField';
import { useAction } from './use-action';

export function Retention({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const { run, error, setError } = useAction();
  /** What the counsellor is typing; null shows the stored value. */
  const [typed, setTyped] = useState<string | null>(null);
  const months = typed ?? String(settings.retentionMonths);

  async function save(e: Event) {
    e.preventDefault();
    const value = wholeNumberIn(months, RETENTION_MONTHS.min, RETENTION_MONTHS.max);
    if (value === null) {
      setError(t('invalidRetention'));
      return;
    }
    const reply = await run({ type: 'settings/update', patch: { retentionMonths: value } });
    if (reply?.ok) setTyped(null);
  }

  return (
    <section aria-labelledby="retention-heading">
      <h2 id="retention-heading">{t('retentionHeading')}</h2>
      <p>{t('retentionExplain')}</p>
      <form onSubmit={save} noValidate class="row">
        <NumberField
          id="retention"
          label={t('retentionLabel')}
          min={RETENTION_MONTHS.min}
          max={RETENTION_MONTHS.max}
          value={months}
          onInput={setTyped}
        />
        <button type="submit">{t('save')}</button>
      </form>
      <ErrorMessage text={error} />
    </section>
  );
}
