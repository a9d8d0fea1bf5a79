// One-click friction buttons. A click logs the friction at once (attached to
// the running timer if any) and offers to undo it.
import { useState } from 'preact/hooks';
import { labelFor, quickFrictionIds } from '../lib/catalogue';
import type { Friction } from '../lib/model/records';
import { ErrorMessage } from './ErrorMessage';
import { useI18n } from './i18n';
import { useAction } from './use-action';

export function FrictionButtons({ organisationId }: { organisationId: string | null }) {
  const { t, lang } = useI18n();
  const { run, error, busy } = useAction();
  const [last, setLast] = useState<Friction | null>(null);

  async function log(kind: string) {
    const response = await run({ type: 'friction/log', kind, organisationId });
    if (response?.ok) setLast(response.data);
  }

  async function undo(friction: Friction) {
    const response = await run({ type: 'friction/delete', id: friction.id });
    if (response?.ok) setLast(null);
  }

  return (
    <section class="frictions" aria-labelledby="frictions-heading">
      <h2 id="frictions-heading">{t('frictionsHeading')}</h2>
      <div class="grid">
        {quickFrictionIds.map((kind) => (
          <button type="button" key={kind} disabled={busy} onClick={() => log(kind)}>
            {labelFor('frictions', kind, lang)}
          </button>
        ))}
      </div>
      <p class="status" aria-live="polite">
        {last && (
          <>
            {t('frictionLogged', labelFor('frictions', last.kind, lang))}{' '}
            <button type="button" class="link" onClick={() => undo(last)}>
              {t('undo')}
            </button>
          </>
        )}
      </p>
      <ErrorMessage text={error} />
    </section>
  );
}
