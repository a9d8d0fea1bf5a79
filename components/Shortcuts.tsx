// The extension's keyboard shortcuts as the browser has them (the counsellor
// may have changed them), and where to change them: Chrome has a page for it,
// Firefox a menu in about:addons.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from './i18n';

export interface Shortcut {
  /** The command's name in the manifest (`_execute_action` opens the popup). */
  name: string;
  description: string;
  /** The keys, as the browser shows them; empty when none is set. */
  shortcut: string;
}

export interface ShortcutsApi {
  list(): Promise<Shortcut[]>;
  /** Opens the browser's shortcut settings; absent where it has no such page (Firefox). */
  openSettings?: () => void;
}

const OPEN_POPUP = '_execute_action';

export function Shortcuts({ api }: { api: ShortcutsApi }) {
  const { t } = useI18n();
  const [list, setList] = useState<Shortcut[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    api.list().then(setList, () => setFailed(true));
  }, [api]);

  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('shortcutsHeading')}</h2>
      <p>{t('shortcutsExplain')}</p>
      {failed && <p class="hint">{t('shortcutsUnknown')}</p>}
      {list && (
        <ul class="plain">
          {list.map((c) => (
            <li key={c.name} data-testid="shortcut">
              {c.name === OPEN_POPUP || c.description === '' ? t('commandOpenPopup') : c.description} :{' '}
              {c.shortcut === '' ? <em>{t('shortcutNone')}</em> : <kbd>{c.shortcut}</kbd>}
            </li>
          ))}
        </ul>
      )}
      {api.openSettings ? (
        <button type="button" onClick={api.openSettings}>
          {t('shortcutsOpenChrome')}
        </button>
      ) : (
        <p class="hint">{t('shortcutsWhereFirefox')}</p>
      )}
    </section>
  );
}
