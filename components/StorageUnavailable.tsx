// The whole page when the browser refuses to let the extension keep anything
// (storage disabled, Firefox's permanent private browsing): say so and what to
// do, instead of a page that waits for data that can never come.
import { render } from 'preact';
import { I18nContext, useI18n } from './i18n';
import type { PageStart } from './page-start';

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

/** Every page's first step: true (and the page replaced by the sentence) when nothing can be kept. */
export function showStorageUnavailable(start: PageStart, root: HTMLElement): boolean {
  if (!start.storageUnavailable) return false;
  render(
    <I18nContext.Provider value={start}>
      <StorageUnavailable />
    </I18nContext.Provider>,
    root,
  );
  return true;
}
