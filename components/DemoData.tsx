// « Données de démonstration » on the options page: offered on an empty
// database only, removable in one click once loaded. The page reads what is
// there (DemoPresence) and asks the background to load or remove.
import type { DemoPresence } from '../lib/db/demo-live';
import { ErrorMessage } from './ErrorMessage';
import { useI18n } from './i18n';
import { useAction } from './use-action';

export function DemoData({ presence, timeZone }: { presence: DemoPresence | null; timeZone: string }) {
  const { t } = useI18n();
  const { run, error, busy } = useAction();
  if (!presence) return null;
  const loaded = presence.demoEntries + presence.demoFrictions > 0;
  return (
    <section aria-labelledby="demo-heading">
      <h2 id="demo-heading">{t('demoHeading')}</h2>
      {loaded ? (
        <>
          <p>{t('demoPresent', presence.demoEntries, presence.demoFrictions)}</p>
          <button type="button" disabled={busy} onClick={() => void run({ type: 'demo/remove' })}>
            {t('demoRemove')}
          </button>
        </>
      ) : presence.empty ? (
        <>
          <p>{t('demoExplain')}</p>
          <button type="button" disabled={busy} onClick={() => void run({ type: 'demo/load', timeZone })}>
            {t('demoLoad')}
          </button>
        </>
      ) : (
        <p>{t('demoRealData')}</p>
      )}
      <ErrorMessage text={error} />
    </section>
  );
}
