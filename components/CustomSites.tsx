// The counsellor's own sites: explained first, checked with the background's
// own rule (nothing is asked of the browser for a site that would be refused),
// then the browser's permission prompt, then recorded. Removing one gives the
// permission back, unless that would also withdraw a listed site's or another
// added site's access (lib/settings/revocable). A site whose access the browser
// no longer grants (a backup restored after « Tout effacer », access withdrawn
// in the browser's settings) says so, with a button to ask for it again.
import { useEffect, useState } from 'preact/hooks';
import { pickableOrganisations } from '../lib/catalogue';
import { domainPattern } from '../lib/catalogue/hostname';
import { checkCustomDomain, listedDomains } from '../lib/settings/domain-rule';
import { mayRevoke } from '../lib/settings/revocable';
import type { CustomDomain } from '../lib/settings/schema';
import { ErrorMessage } from './ErrorMessage';
import { labelIn, noCustom, useI18n } from './i18n';
import { useAction } from './use-action';

export interface HostPermissionApi {
  request(origins: string[]): Promise<boolean>;
  remove(origins: string[]): Promise<boolean>;
  contains(origins: string[]): Promise<boolean>;
  /** Calls `listener` when the browser grants or withdraws an access (in its own settings too); returns how to stop. */
  onChange?(listener: () => void): () => void;
}

export function CustomSites({ domains, permissions }: { domains: CustomDomain[]; permissions: HostPermissionApi }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { run, error, setError, busy } = useAction();
  const [input, setInput] = useState('');
  const [organisationId, setOrganisationId] = useState('autre');
  /** What the status line says: a site added, or a site's access given again. */
  const [status, setStatus] = useState<string | null>(null);
  /** The added sites the browser does not (or no longer) let Contretemps read. */
  const [withoutAccess, setWithoutAccess] = useState<readonly string[]>([]);
  /** Bumped when the browser's accesses change: the check runs again. */
  const [accessChanges, setAccessChanges] = useState(0);

  useEffect(() => permissions.onChange?.(() => setAccessChanges((n) => n + 1)), [permissions]);
  // Checked again whenever the list of sites or the browser's accesses change; an older check that
  // answers late is ignored.
  useEffect(() => {
    let current = true;
    void (async () => {
      const missing: string[] = [];
      for (const d of domains) {
        if (!(await permissions.contains([domainPattern(d.domain)]).catch(() => false))) missing.push(d.domain);
      }
      if (current) setWithoutAccess(missing);
    })();
    return () => {
      current = false;
    };
  }, [domains, permissions, accessChanges]);

  async function grantAgain(domain: string) {
    setStatus(null);
    const granted = await permissions.request([domainPattern(domain)]).catch(() => false);
    if (granted) {
      setError(null);
      setStatus(t('siteAccessBack', domain));
    } else setError(t('error_site_access_refused'));
    setAccessChanges((n) => n + 1);
  }

  /** Gives back the access to `domain` if no other site needs it; `others`: the added sites that stay. */
  async function giveBack(domain: string, others: readonly CustomDomain[]) {
    const kept = [...listedDomains(), ...others.map((d) => d.domain)];
    if (mayRevoke(domain, kept)) await permissions.remove([domainPattern(domain)]).catch(() => false);
  }

  async function add(e: Event) {
    e.preventDefault();
    setStatus(null);
    const checked = checkCustomDomain(input);
    if (!checked.ok) {
      setError(t(`error_${checked.error}`));
      return;
    }
    const { domain } = checked;
    const granted = await permissions.request([domainPattern(domain)]).catch(() => false);
    if (!granted) {
      setError(t('error_domain_not_permitted'));
      return;
    }
    const response = await run({ type: 'domain/add', domain, organisationId });
    if (response?.ok) {
      setInput('');
      setStatus(t('siteAdded', domain));
    } else if (response) {
      // Refused, so nothing was saved: the access just granted goes back. With
      // no answer at all, the site may have been saved, so the access stays.
      await giveBack(domain, domains);
    }
  }

  async function remove(domain: string) {
    const response = await run({ type: 'domain/remove', domain });
    if (response?.ok) {
      await giveBack(
        domain,
        domains.filter((d) => d.domain !== domain),
      );
    }
  }

  return (
    <section aria-labelledby="custom-heading">
      <h2 id="custom-heading">{t('customSitesHeading')}</h2>
      <p>{t('customSitesExplain')}</p>
      {domains.length === 0 ? (
        <p class="empty">{t('customSitesNone')}</p>
      ) : (
        <ul class="plain">
          {domains.map((d) => (
            <li key={d.domain} data-testid="custom-site">
              <strong>{d.domain}</strong> · {labelIn(i18n, 'organisations', d.organisationId)}{' '}
              {withoutAccess.includes(d.domain) && (
                <>
                  <span class="warning">{t('siteWithoutAccess')}</span>{' '}
                  <button type="button" class="link" onClick={() => void grantAgain(d.domain)}>
                    {t('grantSiteAgain', d.domain)}
                  </button>{' '}
                </>
              )}
              <button type="button" class="link" onClick={() => void remove(d.domain)}>
                {t('removeSite', d.domain)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate>
        <div class="field">
          <label for="custom-domain">{t('fieldDomain')}</label>
          <input
            id="custom-domain"
            type="text"
            inputMode="url"
            autoComplete="off"
            placeholder={t('customSitePlaceholder')}
            value={input}
            onInput={(e) => setInput(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="custom-organisation">{t('fieldOrganisation')}</label>
          <select
            id="custom-organisation"
            value={organisationId}
            onChange={(e) => setOrganisationId(e.currentTarget.value)}
          >
            {pickableOrganisations(lang).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name[lang]}
              </option>
            ))}
            {(i18n.custom ?? noCustom).organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <p class="hint">{t('permissionExplain')}</p>
        <button type="submit" class="primary" disabled={busy}>
          {t('addSite')}
        </button>
      </form>
      <p class="status" aria-live="polite">
        {status}
      </p>
      <ErrorMessage text={error} />
    </section>
  );
}
