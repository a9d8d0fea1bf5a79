// The whole page when the browser refuses to let the extension keep anything
// (storage disabled, Firefox's permanent private browsing): say so and what to
// do, instead of a page that waits for data that can never come.
import { useI18n } from './i18n';

export function StorageUnavailable() {
  const { t } = useI18n();
  return (
    <main class="storage-unavailable">
      <p role="alert" class="error">
        {t('error_storage_unavailable')}
      </p>
    </main>
  );
}
