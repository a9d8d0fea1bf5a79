// One-click friction buttons. A click logs the friction at once (attached to
// the running timer if any) and offers to remove it. Removing dismisses it, as
// the day's list does (components/FrictionList.tsx): it stops counting but is
// kept, so a mis-click on « Retirer » is undone with « Rétablir » right there
// (or later from the list). Focus stays on the kind's button after each step.
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
  const [removed, setRemoved] = useState(false);
  const grid = useRef<HTMLDivElement>(null);

  /** Focus back on a kind's button (disabled while the request ran, which took focus from it). */
  function focusKind(kind: string) {
    grid.current?.querySelector<HTMLButtonElement>(`[data-kind="${kind}"]`)?.focus();
  }

  async function log(kind: string) {
    const response = await run({ type: 'friction/log', kind, organisationId });
    if (!response?.ok) return;
    setLast(response.data);
    setRemoved(false);
    focusKind(kind);
  }

  /** « Retirer » dismisses, « Rétablir » confirms again: the same requests as the day's list. */
  async function toggle(friction: Friction, remove: boolean) {
    const response = await run({ type: remove ? 'friction/dismiss' : 'friction/confirm', id: friction.id });
    if (!response?.ok) return;
    setRemoved(remove);
    focusKind(friction.kind);
  }

  const kind = last ? labelFor('frictions', last.kind, lang) : '';
  return (
    <section class="frictions" aria-labelledby="frictions-heading">
      <h2 id="frictions-heading">{t('frictionsHeading')}</h2>
      <div class="grid" ref={grid}>
        {quickFrictionIds.map((id) => (
          <button type="button" key={id} data-kind={id} disabled={busy} onClick={() => log(id)}>
            {labelFor('frictions', id, lang)}
          </button>
        ))}
      </div>
      <p class="status" aria-live="polite">
        {last && (
          <>
            {t(removed ? 'frictionDismissed' : 'frictionLogged', kind)}{' '}
            <button
              type="button"
              class="link"
              disabled={busy}
              aria-label={t(removed ? 'restoreFrictionLabel' : 'removeFrictionLabel', kind)}
              onClick={() => toggle(last, !removed)}
            >
              {t(removed ? 'restoreFriction' : 'removeFriction')}
            </button>
          </>
        )}
      </p>
      <ErrorMessage text={error} />
    </section>
  );
}
