// Frictions the probe detected today, waiting for the counsellor: one click to
// confirm (it then counts), one to dismiss. Only confirmed ones count. The
// time spent on the login and reset pages, once measured, helps to decide.
// Once one is answered, focus goes to the next one still waiting.
import { labelFor } from '../lib/catalogue';
import type { Friction } from '../lib/model/records';
import { ErrorMessage } from './ErrorMessage';
import { durationText, timeOfDay } from './format';
import { labelIn, useI18n } from './i18n';
import { useAction } from './use-action';
import { useFocusNext } from './use-focus-next';

export function DetectedFrictions({ frictions }: { frictions: Friction[] }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { run, error, busy } = useAction();
  const { root, focusNext } = useFocusNext<HTMLElement>();
  const pending = frictions.filter((f) => f.status === 'pending').sort((a, b) => b.at - a.at);
  if (pending.length === 0) return null;

  async function answer(request: { type: 'friction/confirm' | 'friction/dismiss'; id: string }) {
    const next = pending.find((f) => f.id !== request.id);
    const response = await run(request);
    if (response?.ok && next) focusNext(`[data-friction="${next.id}"] button`);
  }

  return (
    <section class="detected" aria-labelledby="detected-heading" ref={root}>
      <h2 id="detected-heading">{t('detectedHeading')}</h2>
      <ul>
        {pending.map((f) => {
          const kind = labelFor('frictions', f.kind, lang);
          return (
            <li key={f.id} data-testid="detected" data-friction={f.id}>
              <span class="when">{timeOfDay(f.at, lang)}</span>{' '}
              <span class="what">
                {kind}
                {f.organisationId && <span class="org"> · {labelIn(i18n, 'organisations', f.organisationId)}</span>}
                {f.loginMs !== null && <span class="login"> · {t('loginTimeOnPages', durationText(f.loginMs))}</span>}
              </span>
              <span class="row small">
                <button
                  type="button"
                  class="primary"
                  disabled={busy}
                  aria-label={t('confirmFrictionLabel', kind)}
                  onClick={() => void answer({ type: 'friction/confirm', id: f.id })}
                >
                  {t('confirm')}
                </button>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={t('dismissFrictionLabel', kind)}
                  onClick={() => void answer({ type: 'friction/dismiss', id: f.id })}
                >
                  {t('dismiss')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <ErrorMessage text={error} />
    </section>
  );
}
