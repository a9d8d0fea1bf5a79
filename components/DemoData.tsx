// « Données de démonstration » on the options page: offered on an empty
// database only, removable in one click once loaded. The page reads what is
// there (DemoPresence) and asks the background to load or remove. Each button
// replaces the other: focus follows to the new one, not lost to the page.
import type { DemoPresence } from '../lib/db/demo-live';
import type { Request } from '../lib/messages/schema';
import { ErrorMessage } from './ErrorMessage';
import { useI18n } from './i18n';
import { useAction } from './use-action';
import { useFocusNext } from './use-focus-next';

export function DemoData({ presence, timeZone }: { presence: DemoPresence | null; timeZone: string }) {
  const { t } = useI18n();
  const { run, error, busy } = useAction();
  const { root, focusNext } = useFocusNext<HTMLElement>();
  if (!presence) return null;
  // The marker alone (every demo entry deleted by hand) still leaves the demo's site time to remove.
  const loaded = presence.marker || presence.demoEntries + presence.demoFrictions > 0;
  /** One of the two buttons; each replaces the other, so focus goes to the one that comes. */
  const swap = (name: 'load' | 'remove', next: 'load' | 'remove', request: Request, label: string) => (
    <button
      type="button"
      data-focus={`demo-${name}`}
      disabled={busy}
      onClick={() => {
        focusNext(`[data-focus="demo-${next}"]`);
        void run(request);
      }}
    >
      {label}
    </button>
  );
  return (
    <section aria-labelledby="demo-heading" ref={root}>
      <h2 id="demo-heading">{t('demoHeading')}</h2>
      {loaded ? (
        <>
          <p>{t('demoPresent', presence.demoEntries, presence.demoFrictions)}</p>
          {swap('remove', 'load', { type: 'demo/remove' }, t('demoRemove'))}
        </>
      ) : presence.empty ? (
        <>
          <p>{t('demoExplain')}</p>
          {swap('load', 'remove', { type: 'demo/load', timeZone }, t('demoLoad'))}
        </>
      ) : (
        <p>{t('demoRealData')}</p>
      )}
      <ErrorMessage text={error} />
    </section>
  );
}
