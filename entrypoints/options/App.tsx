// The options page: the counsellor's own sites, opt-in site time (and what it
// recorded today), the kinds detected by themselves, the detection window, the keyboard shortcuts, and the demo
// data. It reads the settings from IndexedDB and asks the background to change them.
import { useEffect, useState } from 'preact/hooks';
import { Backup } from '../../components/Backup';
import { CustomItems } from '../../components/CustomItems';
import { CustomSites, type HostPermissionApi } from '../../components/CustomSites';
import { DemoData } from '../../components/DemoData';
import { DetectionKinds } from '../../components/DetectionKinds';
import { EraseAll } from '../../components/EraseAll';
import { ErrorMessage } from '../../components/ErrorMessage';
import { wholeNumberIn } from '../../components/format';
import { I18nContext, useI18n } from '../../components/i18n';
import { LanguageChoice } from '../../components/LanguageChoice';
import { NumberField } from '../../components/NumberField';
import { Organisations } from '../../components/Organisations';
import { Retention } from '../../components/Retention';
import { Shortcuts, type ShortcutsApi } from '../../components/Shortcuts';
import { SiteTimeErase } from '../../components/SiteTimeErase';
import { SiteTimeToday } from '../../components/SiteTimeToday';
import { Storage } from '../../components/Storage';
import { useAction } from '../../components/use-action';
import { type NotificationPermissionApi, WorkingDay } from '../../components/WorkingDay';
import { defaultEnabledOrganisations } from '../../lib/catalogue';
import type { DemoPresence } from '../../lib/db/demo-live';
import type { SiteTimeRow } from '../../lib/model/site-time';
import type { Settings } from '../../lib/settings/schema';

export interface SettingsSource {
  watch(onChange: (settings: Settings) => void): () => void;
  /** Today's site time, as recorded. */
  watchSiteTime(onChange: (rows: SiteTimeRow[]) => void): () => void;
  /** Whether the database is empty, and how much demo data it holds. */
  watchDemo(onChange: (presence: DemoPresence) => void): () => void;
}

interface OptionsProps {
  source: SettingsSource;
  permissions: HostPermissionApi;
  shortcuts: ShortcutsApi;
  notifications: NotificationPermissionApi;
  /** The machine's IANA time zone: the demo's days are laid out in it. */
  timeZone: string;
}

export function OptionsApp({ source, permissions, shortcuts, notifications, timeZone }: OptionsProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { run, error, setError } = useAction();
  const [settings, setSettings] = useState<Settings | null>(null);
  /** What the counsellor is typing; null shows the stored value. */
  const [typed, setTyped] = useState<string | null>(null);
  const [siteTime, setSiteTime] = useState<SiteTimeRow[]>([]);
  useEffect(() => source.watch(setSettings), [source]);
  const [demo, setDemo] = useState<DemoPresence | null>(null);
  useEffect(() => source.watchSiteTime(setSiteTime), [source]);
  useEffect(() => source.watchDemo(setDemo), [source]);
  if (!settings) return <p class="loading">{t('loading')}</p>;
  const minutes = typed ?? String(settings.dedupeMinutes);

  async function saveMinutes(e: Event) {
    e.preventDefault();
    const value = wholeNumberIn(minutes, 1, 60);
    if (value === null) {
      setError(t('invalidDedupe'));
      return;
    }
    const response = await run({ type: 'settings/update', patch: { dedupeMinutes: value } });
    if (response?.ok) setTyped(null);
  }

  // The counsellor's own organisations and items, live: one just added is named at once.
  const custom = { organisations: settings.customOrganisations, items: settings.customItems };
  return (
    <I18nContext.Provider value={{ ...i18n, custom }}>
      <main class="options">
        <h1>{t('optionsTitle')}</h1>
        <LanguageChoice value={settings.language} />
        <section aria-labelledby="listed-heading">
          <h2 id="listed-heading">{t('listedSitesHeading')}</h2>
          <p>{t('listedSitesExplain')}</p>
          <details>
            <summary>{t('listedSitesShow', defaultEnabledOrganisations().length)}</summary>
            <ul class="plain columns">
              {defaultEnabledOrganisations().map((o) => (
                <li key={o.id}>
                  <strong>{o.name[lang]}</strong> : {o.domains.join(', ')}
                </li>
              ))}
            </ul>
          </details>
        </section>
        <Organisations settings={settings} />
        <CustomSites domains={settings.customDomains} permissions={permissions} />
        <CustomItems settings={settings} />
        <section aria-labelledby="sitetime-heading">
          <h2 id="sitetime-heading">{t('siteTimeHeading')}</h2>
          <p>{t('siteTimeExplain')}</p>
          <label class="check">
            <input
              type="checkbox"
              checked={settings.siteTime}
              onChange={(e) => void run({ type: 'settings/update', patch: { siteTime: e.currentTarget.checked } })}
            />
            {t('siteTimeToggle')}
          </label>
          {(settings.siteTime || siteTime.length > 0) && <SiteTimeToday rows={siteTime} />}
          <SiteTimeErase on={settings.siteTime} />
        </section>
        <DetectionKinds settings={settings} />
        <section aria-labelledby="dedupe-heading">
          <h2 id="dedupe-heading">{t('dedupeHeading')}</h2>
          <form onSubmit={saveMinutes} noValidate class="row">
            <NumberField id="dedupe" label={t('dedupeLabel')} min={1} max={60} value={minutes} onInput={setTyped} />
            <button type="submit">{t('save')}</button>
          </form>
        </section>
        <WorkingDay settings={settings} notifications={notifications} />
        <Shortcuts api={shortcuts} />
        <DemoData presence={demo} timeZone={timeZone} />
        <Retention settings={settings} />
        <Backup settings={settings} />
        <Storage />
        <EraseAll />
        <ErrorMessage text={error} />
      </main>
    </I18nContext.Provider>
  );
}
