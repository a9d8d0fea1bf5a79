// One-click friction buttons. A click logs the friction at once (attached to
// the running timer if any) and offers to remove it; focus stays on the
// button clicked, and comes back to it once the friction is removed.
import { useRef, useState } from 'preact/hooks';
import { labelFor, quickFrictionIds } from '../lib/catalogue';
import type { Friction } from '../lib/model/records';
import { ErrorMessage } from './ErrorMessage';
import { useI18n } from './i18n';
import { useAction } from './use-action';

export function FrictionButtons({ organisationId }: { organisationId: string | null }) {
  const { t, lang } = useI18n();
  const { run, error, busy } = useAction();
  const [last, setLast] = useState<Friction | null>(null);
  const grid = useRef<HTMLDivElement>(null);

  /** Focus back on a kind's button (disabled while the request ran, which took focus from it). */
  function focusKind(kind: string) {
    grid.current?.querySelector<HTMLButtonElement>(`[data-kind="${kind}"]`)?.focus();
  }

  async function log(kind: string) {
    const response = await run({ type: 'friction/log', kind, organisationId });
    if (!response?.ok) return;
    setLast(response.data);
    focusKind(kind);
  }

  async function remove(friction: Friction) {
    const response = await run({ type: 'friction/delete', id: friction.id });
    if (!response?.ok) return;
    setLast(null);
    focusKind(friction.kind);
  }

  return (
    <section class="frictions" aria-labelledby="frictions-heading">
      <h2 id="frictions-heading">{t('frictionsHeading')}</h2>
      <div class="grid" ref={grid}>
        {quickFrictionIds.map((kind) => (
          <button type="button" key={kind} data-kind={kind} disabled={busy} onClick={() => log(kind)}>
            {labelFor('frictions', kind, lang)}
          </button>
        ))}
      </div>
      <p class="status" aria-live="polite">
        {last && (
          <>
            {t('frictionLogged', labelFor('frictions', last.kind, lang))}{' '}
            <button
              type="button"
              class="link"
              aria-label={t('removeFrictionLabel', labelFor('frictions', last.kind, lang))}
              onClick={() => remove(last)}
            >
              {t('removeFriction')}
            </button>
          </>
        )}
      </p>
      <ErrorMessage text={error} />
    </section>
  );
}
