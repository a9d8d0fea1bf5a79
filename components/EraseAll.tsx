// « Tout effacer » on the options page: a first button opens the confirmation,
// which asks to type a word before the second button erases. The background
// empties every store in one transaction; the open pages follow by their live
// queries and show the empty state.
import { useState } from 'preact/hooks';
import { ErrorMessage } from './ErrorMessage';
import { useI18n } from './i18n';
import { useAction } from './use-action';

export function EraseAll() {
  const { t } = useI18n();
  const { run, error, busy } = useAction();
  const [asking, setAsking] = useState(false);
  const [typed, setTyped] = useState('');
  const [done, setDone] = useState(false);
  const confirmed = typed.trim().toUpperCase() === t('eraseConfirmWord');

  async function erase(e: Event) {
    e.preventDefault();
    if (!confirmed) return;
    const reply = await run({ type: 'data/erase-all' });
    if (reply?.ok) {
      setAsking(false);
      setTyped('');
      setDone(true);
    }
  }

  return (
    <section aria-labelledby="erase-heading">
      <h2 id="erase-heading">{t('eraseHeading')}</h2>
      <p>{t('eraseExplain')}</p>
      {asking ? (
        <form onSubmit={erase} class="row">
          <label for="erase-word">{t('eraseConfirmLabel')}</label>
          <input id="erase-word" autocomplete="off" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
          <button type="submit" class="danger" disabled={!confirmed || busy}>
            {t('eraseConfirm')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('eraseCancel')}
          </button>
        </form>
      ) : (
        <button
          type="button"
          onClick={() => {
            setAsking(true);
            setDone(false);
          }}
        >
          {t('eraseStart')}
        </button>
      )}
      <p role="status">{done ? t('eraseDone') : null}</p>
      <ErrorMessage text={error} />
    </section>
  );
}
