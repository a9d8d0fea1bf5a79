// Under the site-time switch: once site time is off, what was recorded is
// still kept until the counsellor erases it here (the count first, then a
// confirmation).
import { useEffect, useState } from 'preact/hooks';
import { watchSiteTimeDays } from '../lib/backup/live';
import { getDb } from '../lib/db/database';
import { ErrorMessage } from './ErrorMessage';
import { useI18n } from './i18n';
import { useAction } from './use-action';

const watchStoredDays = (onChange: (days: number) => void) => watchSiteTimeDays(getDb(), onChange);

export function SiteTimeErase({
  on,
  watchDays = watchStoredDays,
}: {
  /** Whether site time is on: nothing is offered then. */
  on: boolean;
  /** Days of site time recorded, live (the extension's database unless a test gives its own). */
  watchDays?: (onChange: (days: number) => void) => () => void;
}) {
  const { t } = useI18n();
  const { run, error, busy } = useAction();
  const [days, setDays] = useState(0);
  const [asking, setAsking] = useState(false);
  useEffect(() => watchDays(setDays), [watchDays]);
  if (on || days === 0) return null;
  return (
    <div class="sitetime-erase">
      <p>{t('siteTimeLeft', days)}</p>
      {asking ? (
        <p class="row">
          <button type="button" class="danger" disabled={busy} onClick={() => void run({ type: 'sitetime/erase' })}>
            {t('siteTimeEraseConfirm', days)}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('eraseCancel')}
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          {t('siteTimeEraseAsk')}
        </button>
      )}
      <ErrorMessage text={error} />
    </div>
  );
}
