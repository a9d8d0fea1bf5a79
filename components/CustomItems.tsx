// « Vos démarches et motifs »: procedures and reasons the counsellor adds to
// the lists of the popup. Their labels stay on this computer: in the file for
// the team lead, an item is « autre » unless it carries the team's code
// (`x-permis-b`, given by the team lead for an item the team shares).
import { useState } from 'preact/hooks';
import type { CustomItem, CustomItemKind } from '../lib/settings/custom';
import type { Settings } from '../lib/settings/schema';
import { ErrorMessage } from './ErrorMessage';
import { useI18n } from './i18n';
import { useAction } from './use-action';

/** The shape of a team code, as the background checks it (lib/catalogue/schema TeamCodeSchema). */
const TEAM_CODE = /^x-[a-z0-9-]{1,24}$/;

/** The code typed, or null for none; undefined when it is not a code. */
function codeOf(text: string): string | null | undefined {
  const code = text.trim().toLowerCase();
  if (code === '') return null;
  return TEAM_CODE.test(code) ? code : undefined;
}

function ItemRow({ item }: { item: CustomItem }) {
  const { t } = useI18n();
  const { run, error, setError } = useAction();
  const [code, setCode] = useState(item.teamCode ?? '');
  const id = `item-code-${item.id}`;

  async function save(e: Event) {
    e.preventDefault();
    const teamCode = codeOf(code);
    if (teamCode === undefined) {
      setError(t('teamCodeInvalid'));
      return;
    }
    await run({ type: 'custom-item/code', id: item.id, teamCode });
  }

  return (
    <li data-testid="custom-item">
      <form onSubmit={save} class="row">
        <strong>{item.label}</strong>
        <div class="field">
          <label for={id}>{t('teamCodeLabel')}</label>
          <input
            id={id}
            value={code}
            maxLength={26}
            placeholder={t('teamCodePlaceholder')}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        </div>
        <button type="submit">{t('save')}</button>
        <button type="button" class="link" onClick={() => void run({ type: 'custom-item/remove', id: item.id })}>
          {t('removeSite', item.label)}
        </button>
      </form>
      <ErrorMessage text={error} />
    </li>
  );
}

export function CustomItems({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const { run, error, setError, busy } = useAction();
  const [kind, setKind] = useState<CustomItemKind>('procedures');
  const [label, setLabel] = useState('');
  const [code, setCode] = useState('');

  async function add(e: Event) {
    e.preventDefault();
    if (label.trim() === '') {
      setError(t('customItemLabelMissing'));
      return;
    }
    const teamCode = codeOf(code);
    if (teamCode === undefined) {
      setError(t('teamCodeInvalid'));
      return;
    }
    const response = await run({ type: 'custom-item/add', kind, label, teamCode });
    if (response?.ok) {
      setLabel('');
      setCode('');
    }
  }

  const list = (k: CustomItemKind) => settings.customItems.filter((i) => i.kind === k);
  return (
    <section aria-labelledby="custom-items-heading">
      <h2 id="custom-items-heading">{t('customItemsHeading')}</h2>
      <p>{t('customItemsExplain')}</p>
      {(['procedures', 'reasons'] as const).map((k) => (
        <div key={k}>
          <h3>{t(k === 'procedures' ? 'customProceduresHeading' : 'customReasonsHeading')}</h3>
          {list(k).length === 0 ? (
            <p class="empty">{t('customItemsNone')}</p>
          ) : (
            <ul class="plain">
              {list(k).map((item) => (
                <ItemRow key={item.id} item={item} />
              ))}
            </ul>
          )}
        </div>
      ))}
      <form onSubmit={add} class="row" noValidate>
        <div class="field">
          <label for="custom-item-kind">{t('customItemKind')}</label>
          <select id="custom-item-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as CustomItemKind)}>
            <option value="procedures">{t('customItemProcedure')}</option>
            <option value="reasons">{t('customItemReason')}</option>
          </select>
        </div>
        <div class="field">
          <label for="custom-item-label">{t('customItemLabel')}</label>
          <input id="custom-item-label" maxLength={80} value={label} onInput={(e) => setLabel(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="custom-item-code">{t('teamCodeOptional')}</label>
          <input
            id="custom-item-code"
            maxLength={26}
            placeholder={t('teamCodePlaceholder')}
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        </div>
        <button type="submit" disabled={busy}>
          {t('customItemAdd')}
        </button>
      </form>
      <p class="hint">{t('teamCodeExplain')}</p>
      <ErrorMessage text={error} />
    </section>
  );
}
