// « Sauvegarde » on the options page (a full page: a file picker in a Firefox
// popup would close it): save the personal backup file, restore one, and the
// opt-in reminder. The background makes and checks the file; the page only
// downloads it or reads the chosen file's text.
import { useState } from 'preact/hooks';
import { MAX_BACKUP_BYTES } from '../lib/backup/format';
import type { RestoreReport } from '../lib/backup/restore';
import { backupDue } from '../lib/settings/data-options';
import type { Settings } from '../lib/settings/schema';
import { ErrorMessage } from './ErrorMessage';
import { useI18n } from './i18n';
import { useAction } from './use-action';

/** Offers `text` as a download named `name` (the page's own link, no permission needed). */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function Backup({ settings, now = Date.now }: { settings: Settings; now?: () => number }) {
  const { t, lang } = useI18n();
  const { run, error, setError, busy } = useAction();
  const [done, setDone] = useState<string | null>(null);

  async function save() {
    const reply = await run({ type: 'backup/export' });
    if (!reply?.ok) return;
    download(reply.data.fileName, JSON.stringify(reply.data.backup));
    setDone(t('backupSaved', reply.data.fileName));
  }

  async function restore(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    // Said here: a larger text would not even reach the background (its message is bounded).
    if (file.size > MAX_BACKUP_BYTES) {
      setDone(null);
      setError(t('error_backup_too_large'));
      return;
    }
    const text = await file.text().catch(() => null);
    if (text === null) {
      setError(t('error_file_unreadable'));
      return;
    }
    const reply = await run({ type: 'backup/restore', text });
    setDone(reply?.ok ? restoredText(reply.data) : null);
  }

  function restoredText(r: RestoreReport): string {
    const counts = [
      r.entries.added,
      r.entries.updated,
      r.entries.present,
      r.frictions.added,
      r.frictions.present,
      r.siteTime.added + r.siteTime.updated,
      r.siteTime.present,
      r.trash.added,
    ];
    const settingsLine =
      r.settings === 'restored'
        ? t('backupSettingsRestored')
        : r.settings === 'merged'
          ? t('backupSettingsMerged')
          : r.settings === 'kept'
            ? t('backupSettingsKept')
            : '';
    return `${t('backupRestored', ...counts)} ${settingsLine}`.trim();
  }

  const last = settings.lastBackupAt;
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      {backupDue(settings, now()) && <p class="notice">{t('backupReminderDue')}</p>}
      <p>{t('backupExplain')}</p>
      <p>{last === null ? t('backupNever') : t('backupLast', new Date(last).toLocaleDateString(lang))}</p>
      <button type="button" disabled={busy} onClick={() => void save()}>
        {t('backupSave')}
      </button>
      <p>
        <label for="backup-file">{t('backupRestoreLabel')}</label>{' '}
        <input
          id="backup-file"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => void restore(e.currentTarget)}
        />
      </p>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.backupReminder}
          onChange={(e) => void run({ type: 'settings/update', patch: { backupReminder: e.currentTarget.checked } })}
        />
        {t('backupReminderToggle')}
      </label>
      <p role="status">{done}</p>
      <ErrorMessage text={error} />
    </section>
  );
}
