// The counsellor's own sites: explained first, then the browser's permission
// prompt, then recorded. Removing one gives the permission back.
import { useState } from 'preact/hooks';
import { labelFor, pickableOrganisations } from '../lib/catalogue';
import { domainPattern, HOSTNAME } from '../lib/catalogue/hostname';
import type { CustomDomain } from '../lib/settings/schema';
import { ErrorMessage } from './ErrorMessage';
import { useI18n } from './i18n';
import { useAction } from './use-action';

export interface HostPermissionApi {
  request(origins: string[]): Promise<boolean>;
  remove(origins: string[]): Promise<boolean>;
}

/** What a counsellor may type: `www.exemple.fr`, `https://exemple.fr/page` → `exemple.fr`-like host. */
export function parseDomain(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (text === '') return null;
  if (!/^[a-z]+:\/\//.test(text)) text = `https://${text}`;
  try {
    const host = new URL(text).hostname.replace(/\.$/, '');
    return HOSTNAME.test(host) ? host : null;
  } catch {
    return null;
  }
}

export function CustomSites({ domains, permissions }: { domains: CustomDomain[]; permissions: HostPermissionApi }) {
  const { t, lang } = useI18n();
  const { run, error, setError, busy } = useAction();
  const [input, setInput] = useState('');
  const [organisationId, setOrganisationId] = useState('autre');
  const [added, setAdded] = useState<string | null>(null);

  async function add(e: Event) {
    e.preventDefault();
    setAdded(null);
    const domain = parseDomain(input);
    if (!domain) {
      setError(t('invalidDomain'));
      return;
    }
    const granted = await permissions.request([domainPattern(domain)]).catch(() => false);
    if (!granted) {
      setError(t('error_domain_not_permitted'));
      return;
    }
    const response = await run({ type: 'domain/add', domain, organisationId });
    if (response?.ok) {
      setInput('');
      setAdded(domain);
    } else {
      await permissions.remove([domainPattern(domain)]).catch(() => false);
    }
  }

  async function remove(domain: string) {
    const response = await run({ type: 'domain/remove', domain });
    if (response?.ok) await permissions.remove([domainPattern(domain)]).catch(() => false);
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
              <strong>{d.domain}</strong> · {labelFor('organisations', d.organisationId, lang)}{' '}
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
            placeholder="rdv-prefecture.interieur.gouv.fr"
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
          </select>
        </div>
        <p class="hint">{t('permissionExplain')}</p>
        <button type="submit" class="primary" disabled={busy}>
          {t('addSite')}
        </button>
      </form>
      <p class="status" aria-live="polite">
        {added && t('siteAdded', added)}
      </p>
      <ErrorMessage text={error} />
    </section>
  );
}
