// Frictions the probe detected today, waiting for the counsellor: one click to
// confirm (it then counts), one to dismiss. Only confirmed ones count. The
// time spent on the login and reset pages, once measured, helps to decide.
import { labelFor } from '../lib/catalogue';
import type { Friction } from '../lib/model/records';
import { ErrorMessage } from './ErrorMessage';
import { durationText, timeOfDay } from './format';
import { useI18n } from './i18n';
import { useAction } from './use-action';

export function DetectedFrictions({ frictions }: { frictions: Friction[] }) {
  const { t, lang } = useI18n();
  const { run, error, busy } = useAction();
  const pending = frictions.filter((f) => f.status === 'pending').sort((a, b) => b.at - a.at);
  if (pending.length === 0) return null;
  return (
    <section class="detected" aria-labelledby="detected-heading">
      <h2 id="detected-heading">{t('detectedHeading')}</h2>
      <ul>
        {pending.map((f) => {
          const kind = labelFor('frictions', f.kind, lang);
          return (
            <li key={f.id} data-testid="detected">
              <span class="when">{timeOfDay(f.at, lang)}</span>{' '}
              <span class="what">
                {kind}
                {f.organisationId && <span class="org"> · {labelFor('organisations', f.organisationId, lang)}</span>}
                {f.loginMs !== null && <span class="login"> · {t('loginTimeOnPages', durationText(f.loginMs))}</span>}
              </span>
              <span class="row small">
                <button
                  type="button"
                  class="primary"
                  disabled={busy}
                  aria-label={t('confirmFrictionLabel', kind)}
                  onClick={() => void run({ type: 'friction/confirm', id: f.id })}
                >
                  {t('confirm')}
                </button>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={t('dismissFrictionLabel', kind)}
                  onClick={() => void run({ type: 'friction/dismiss', id: f.id })}
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
