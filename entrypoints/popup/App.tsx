// The toolbar popup: timer, one-click frictions, today's figures and entries.
// It reads IndexedDB directly (liveQuery) and asks the background to act.
import { useEffect, useState } from 'preact/hooks';
import { useSend } from '../../components/api';
import { EntryList } from '../../components/EntryList';
import { FrictionButtons } from '../../components/FrictionButtons';
import { useI18n } from '../../components/i18n';
import { TimerPanel } from '../../components/TimerPanel';
import { TodaySummary } from '../../components/TodaySummary';
import { useLiveQuery } from '../../components/use-live-query';
import { useNow } from '../../components/use-now';
import type { ContretempsDB } from '../../lib/db/database';
import { entriesBetween } from '../../lib/db/entries';
import { frictionsBetween } from '../../lib/db/frictions';
import { type EntryDetails, emptyDetails } from '../../lib/db/records';
import { readTimer } from '../../lib/db/timer-store';
import { dayRange, summariseDay } from '../../lib/stats/day';
import { elapsedMs } from '../../lib/timer/state';

export function App({ db, clock = Date.now }: { db: ContretempsDB; clock?: () => number }) {
  const { t } = useI18n();
  const send = useSend();
  const [day] = useState(() => dayRange(clock()));
  const timer = useLiveQuery(() => readTimer(db), [db]);
  const entries = useLiveQuery(() => entriesBetween(db, day.from, day.to), [db, day.from]);
  const frictions = useLiveQuery(() => frictionsBetween(db, day.from, day.to), [db, day.from]);
  const now = useNow(timer?.status === 'running', 1000, clock);
  const [draft, setDraft] = useState<EntryDetails>(emptyDetails);

  useEffect(() => {
    // The background names the organisation of the tab in front, from its hostname.
    void send({ type: 'context/get' }).then((response) => {
      if (!response.ok) return;
      const { organisationId } = response.data as { organisationId: string | null };
      if (organisationId) setDraft((d) => (d.organisationId === null ? { ...d, organisationId } : d));
    });
  }, [send]);

  if (!timer || !entries || !frictions) return <p class="loading">{t('loading')}</p>;

  const runningMs = timer.status === 'idle' ? null : elapsedMs(timer, now);
  const frictionOrganisation = timer.status === 'idle' ? draft.organisationId : null;
  return (
    <main>
      <header>
        <h1>{t('extName')}</h1>
        <TodaySummary summary={summariseDay(entries, frictions, runningMs)} />
      </header>
      <TimerPanel state={timer} now={now} draft={draft} onDraftChange={setDraft} />
      <FrictionButtons organisationId={frictionOrganisation} />
      <EntryList entries={entries} />
    </main>
  );
}
