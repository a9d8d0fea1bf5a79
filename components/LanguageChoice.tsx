// « Langue »: the pages follow the browser's language unless the counsellor
// picks French or English here. Saved at once; the page reloads in the new
// language (the popup and the dashboard take it when next opened).
import type { LanguageChoice as Choice } from '../lib/settings/custom';
import { ErrorMessage } from './ErrorMessage';
import { useI18n } from './i18n';
import { useAction } from './use-action';

const choices: Array<{ value: Choice; key: string }> = [
  { value: 'browser', key: 'languageBrowser' },
  { value: 'fr', key: 'languageFrench' },
  { value: 'en', key: 'languageEnglish' },
];

export function LanguageChoice({ value, reload = () => location.reload() }: { value: Choice; reload?: () => void }) {
  const { t } = useI18n();
  const { run, error } = useAction();

  async function choose(language: Choice) {
    const response = await run({ type: 'settings/update', patch: { language } });
    if (response?.ok) reload();
  }

  return (
    <section aria-labelledby="language-heading">
      <h2 id="language-heading">{t('languageHeading')}</h2>
      <div class="field">
        <label for="language-choice">{t('languageLabel')}</label>
        <select id="language-choice" value={value} onChange={(e) => void choose(e.currentTarget.value as Choice)}>
          {choices.map((c) => (
            // Each language named in itself, so it can be found whatever the page's language.
            <option key={c.value} value={c.value} lang={c.value === 'browser' ? undefined : c.value}>
              {t(c.key)}
            </option>
          ))}
        </select>
      </div>
      <ErrorMessage text={error} />
    </section>
  );
}
