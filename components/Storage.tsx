// « Stockage » on the options page: asks the browser to keep Contretemps's
// data when the disk runs low (navigator.storage.persist), and says its answer.
import { useState } from 'preact/hooks';
import { useI18n } from './i18n';

export interface PersistApi {
  persist(): Promise<boolean>;
}

export function Storage({ storage = globalThis.navigator?.storage }: { storage?: PersistApi }) {
  const { t } = useI18n();
  const [answer, setAnswer] = useState<boolean | null>(null);
  if (!storage) return null;
  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('storageHeading')}</h2>
      <p>{t('storageExplain')}</p>
      <button type="button" onClick={() => void storage.persist().then(setAnswer, () => setAnswer(false))}>
        {t('storagePersist')}
      </button>
      <p role="status">{answer === null ? null : answer ? t('storagePersisted') : t('storageNotPersisted')}</p>
    </section>
  );
}
