// The day's logged and confirmed frictions, each removable after the popup
// was closed (a mis-click no longer stays counted). Removing dismisses it, so
// it stops counting but is kept: « Rétablir » undoes that, at any later
// opening of the popup. Behind a button: the popup stays short.
import { useState } from 'preact/hooks';
import { labelFor } from '../lib/catalogue';
import type { Friction } from '../lib/model/records';
import { timeOfDay } from './format';
import { ItemAction } from './ItemAction';
import { labelIn, useI18n } from './i18n';

/** The day's data is live: the list follows each answer by itself. */
const nothing = () => {};

export function FrictionList({ frictions }: { frictions: Friction[] }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [open, setOpen] = useState(false);
  const shown = frictions.filter((f) => f.status !== 'pending').sort((a, b) => b.at - a.at);
  if (shown.length === 0) return null;
  const counted = shown.filter((f) => f.status === 'confirmed').length;
  return (
    <section class="friction-list" aria-label={t('frictionListHeading')}>
      <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('frictionListOpen', counted)}
      </button>
      {open && (
        <ul>
          {shown.map((f) => {
            const kind = labelFor('frictions', f.kind, lang);
            const removed = f.status === 'dismissed';
            return (
              <ItemAction
                key={f.id}
                testId="friction"
                action={removed ? t('restoreFriction') : t('removeFriction')}
                actionLabel={t(removed ? 'restoreFrictionLabel' : 'removeFrictionLabel', kind)}
                request={{ type: removed ? 'friction/confirm' : 'friction/dismiss', id: f.id }}
                onDone={nothing}
              >
                {timeOfDay(f.at, lang)} · {kind}
                {f.organisationId && ` · ${labelIn(i18n, 'organisations', f.organisationId)}`}
                {removed && ` (${t('frictionRemoved')})`}
              </ItemAction>
            );
          })}
        </ul>
      )}
    </section>
  );
}
