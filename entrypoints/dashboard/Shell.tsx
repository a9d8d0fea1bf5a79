// The dashboard's three views: the counsellor's weeks (figures, charts,
// corrections, export), the team lead's summary of several files, and the
// check of any Contretemps file. The address says which (`#equipe`,
// `#verifier`, else a week), so a reload stays there. The evidence views are
// loaded only when opened.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useLazy } from '../../components/evidence/lazy';
import { useI18n } from '../../components/i18n';

export type View = 'weeks' | 'team' | 'verify';
const views: View[] = ['weeks', 'team', 'verify'];
export const VIEW_HASH: Record<Exclude<View, 'weeks'>, string> = { team: 'equipe', verify: 'verifier' };

export function viewOfHash(hash: string): View {
  const name = hash.replace(/^#/, '');
  return name === VIEW_HASH.team ? 'team' : name === VIEW_HASH.verify ? 'verify' : 'weeks';
}

const loadTeam = () => import('../../components/evidence/TeamView').then((m) => m.default);
const loadVerify = () => import('../../components/evidence/VerifyView').then((m) => m.default);

function Lazy({ view }: { view: 'team' | 'verify' }) {
  const { t } = useI18n();
  const View = useLazy(view === 'team' ? loadTeam : loadVerify);
  return View ? <View /> : <p class="loading">{t('loading')}</p>;
}

interface Props {
  initial: View;
  /** The address to keep when the view changes (the weeks view writes its week itself). */
  onView: (view: View) => void;
  weeks: ComponentChildren;
}

export function Shell({ initial, onView, weeks }: Props) {
  const { t } = useI18n();
  const [view, setView] = useState<View>(initial);
  return (
    <>
      <nav class="views no-print" aria-label={t('viewsLabel')}>
        {views.map((v) => (
          <button
            type="button"
            key={v}
            class="link"
            aria-current={v === view ? 'page' : undefined}
            onClick={() => {
              setView(v);
              onView(v);
            }}
          >
            {t(`view_${v}`)}
          </button>
        ))}
      </nav>
      {view === 'weeks' ? weeks : <Lazy key={view} view={view} />}
    </>
  );
}
