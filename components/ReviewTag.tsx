// The tags that say an entry needs the counsellor's eye: « à compléter » when
// details are missing, « à vérifier » (with why, in its title) when the timer
// flagged it. Shared by the popup's rows and the dashboard's table, so both
// say the same thing of the same entry.
import { isIncomplete } from '../lib/db/details';
import type { Entry } from '../lib/model/records';
import { useI18n } from './i18n';

export function ReviewTags({ entry }: { entry: Entry }) {
  const { t } = useI18n();
  return (
    <>
      {isIncomplete(entry) && <span class="tag">{t('incomplete')}</span>}
      {entry.review && entry.review !== 'incomplete' && (
        <span class="tag" title={t(`review_${entry.review}`)}>
          {t('toReview')}
        </span>
      )}
    </>
  );
}
