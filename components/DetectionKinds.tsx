// « Ce que Contretemps repère tout seul »: every friction kind the probe may
// record by itself, with what it looks for, each with a box to switch it off.
// A change is saved at once (one kind at a time, against the stored list) and
// said in a sentence; a kind switched off can still be declared by hand.
import { useState } from 'preact/hooks';
import { labelFor } from '../lib/catalogue';
import { type DetectableFriction, detectableFrictionIds } from '../lib/catalogue/detectable';
import type { Settings } from '../lib/settings/schema';
import { ErrorMessage } from './ErrorMessage';
import { useI18n } from './i18n';
import { useAction } from './use-action';

export function DetectionKinds({ settings }: { settings: Settings }) {
  const { t, lang } = useI18n();
  const { run, error } = useAction();
  const [done, setDone] = useState<string | null>(null);
  const off = new Set<string>(settings.detectionOff);

  async function toggle(kind: DetectableFriction, on: boolean) {
    setDone(null);
    const response = await run({ type: 'settings/detection', kind, on });
    if (response?.ok)
      setDone(t(on ? 'detectionSwitchedOn' : 'detectionSwitchedOff', labelFor('frictions', kind, lang)));
  }

  return (
    <section aria-labelledby="detection-heading">
      <h2 id="detection-heading">{t('detectionHeading')}</h2>
      <p>{t('detectionExplain')}</p>
      <fieldset class="detection-kinds">
        <legend>{t('detectionKindsLegend')}</legend>
        <ul class="plain">
          {detectableFrictionIds.map((kind) => (
            <li class="check" key={kind} data-testid="detection-kind">
              <input
                type="checkbox"
                id={`detect-box-${kind}`}
                checked={!off.has(kind)}
                aria-describedby={`detect-what-${kind}`}
                onChange={(e) => void toggle(kind, e.currentTarget.checked)}
              />
              <span>
                <label for={`detect-box-${kind}`}>
                  <strong>{labelFor('frictions', kind, lang)}</strong>
                </label>{' '}
                : <span id={`detect-what-${kind}`}>{t(`detect_${kind}`)}</span>
              </span>
            </li>
          ))}
        </ul>
      </fieldset>
      <p class="status" aria-live="polite">
        {done}
      </p>
      <ErrorMessage text={error} />
    </section>
  );
}
