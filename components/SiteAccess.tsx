// Firefox lets the user withdraw host permissions: when some listed sites are
// not permitted, say so (detection is off there) and offer to grant them.
import { useEffect, useState } from 'preact/hooks';
import { pluralKey } from '../lib/i18n/translator';
import { useI18n } from './i18n';

export interface SiteAccessApi {
  /** Listed-site patterns the browser does not grant. */
  missing(): Promise<string[]>;
  /** Asks the browser for them (needs the click that calls it). */
  request(origins: string[]): Promise<boolean>;
}

export function SiteAccess({ api }: { api: SiteAccessApi }) {
  const { t, lang } = useI18n();
  const [missing, setMissing] = useState<string[]>([]);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    void api.missing().then(setMissing, () => setMissing([]));
  }, [api]);
  if (missing.length === 0) return null;
  return (
    <section class="warning" role="status" data-testid="site-access">
      <p>{t(pluralKey(lang, missing.length, 'sitesMissingOne', 'sitesMissingMany'), missing.length)}</p>
      <button
        type="button"
        onClick={async () => {
          const granted = await api.request(missing).catch(() => false);
          setRefused(!granted);
          if (granted) setMissing(await api.missing());
        }}
      >
        {t('grantSites')}
      </button>
      {refused && <p class="error">{t('grantRefused')}</p>}
    </section>
  );
}
