// The toolbar popup: timer, one-click frictions, today's figures and entries.
// It reads IndexedDB directly and asks the background to act.
import { useEffect, useState } from 'preact/hooks';
import { useSend } from '../../components/api';
import { Corrections } from '../../components/Corrections';
import { DetectedFrictions } from '../../components/DetectedFrictions';
import { type DaySource, useDaySnapshot } from '../../components/day-source';
import { EntryList } from '../../components/EntryList';
import { FrictionButtons } from '../../components/FrictionButtons';
import { useI18n } from '../../components/i18n';
import { SiteAccess, type SiteAccessApi } from '../../components/SiteAccess';
import { TimerPanel } from '../../components/TimerPanel';
import { TodaySummary } from '../../components/TodaySummary';
import { useNow } from '../../components/use-now';
import { dayRange } from '../../lib/core/day-range';
import { defaultWorkingDay } from '../../lib/core/working-day';
import { emptyDetails } from '../../lib/db/details';
import type { DaySnapshot } from '../../lib/db/queries';
import type { EntryDetails } from '../../lib/model/records';
import { elapsedSinceMs } from '../../lib/model/timer-state';
import { summariseDay } from '../../lib/stats/day';

interface AppProps {
  source: DaySource;
  siteAccess?: SiteAccessApi;
  /** Opens the options page (custom sites, site time). */
  openOptions?: () => void;
  /** Opens the dashboard in a tab (the week at a glance). */
  openDashboard?: () => void;
  /** Today's data when it could be read before the first render. */
  initial?: DaySnapshot | null;
  clock?: () => number;
}

export function App({ source, siteAccess, openOptions, openDashboard, initial, clock = Date.now }: AppProps) {
  const { t } = useI18n();
  const send = useSend();
  const [day] = useState(() => dayRange(clock()));
  const { snapshot, failed } = useDaySnapshot(source, day, initial);
  const timer = snapshot?.timer;
  const now = useNow(timer?.status === 'running', 1000, clock);
  const [draft, setDraft] = useState<EntryDetails>(emptyDetails);

  useEffect(() => {
    // The background names the organisation of the tab in front, from its hostname.
    void send({ type: 'context/get' }).then((response) => {
      if (!response.ok) return;
      const { organisationId } = response.data;
      if (organisationId) setDraft((d) => (d.organisationId === null ? { ...d, organisationId } : d));
    });
  }, [send]);

  if (!snapshot || !timer) {
    return failed ? (
      <p class="error" role="alert">
        {t('error_storage')}
      </p>
    ) : (
      <p class="loading">{t('loading')}</p>
    );
  }
  const { entries, frictions } = snapshot;

  // Today's share only: a timer started yesterday does not add last night to today.
  const runningMs = timer.status === 'idle' ? null : elapsedSinceMs(timer, now, day.from);
  const frictionOrganisation = timer.status === 'idle' ? draft.organisationId : null;
  return (
    <main>
      <header>
        <h1>{t('extName')}</h1>
        <TodaySummary summary={summariseDay(entries, frictions, runningMs)} />
      </header>
      {siteAccess && <SiteAccess api={siteAccess} />}
      <TimerPanel
        state={timer}
        now={now}
        draft={draft}
        onDraftChange={setDraft}
        workingDay={snapshot.workingDay ?? defaultWorkingDay}
        clock={clock}
      />
      <FrictionButtons organisationId={frictionOrganisation} />
      <DetectedFrictions frictions={frictions} />
      <EntryList entries={entries} />
      <Corrections entries={entries} frictions={frictions} clock={clock} />
      {(openOptions || openDashboard) && (
        <footer>
          {openDashboard && (
            <button type="button" class="link" onClick={openDashboard}>
              {t('openDashboard')}
            </button>
          )}
          {openOptions && (
            <button type="button" class="link" onClick={openOptions}>
              {t('openOptions')}
            </button>
          )}
        </footer>
      )}
    </main>
  );
}
