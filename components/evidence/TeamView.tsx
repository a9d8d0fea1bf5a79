// The team lead's view: counsellors' individual files picked or dropped, each
// read and checked on its own (refused with its French reason, and then
// nothing is taken from it), then merged into a protected team summary with
// the default rules, or refused as a whole with the reason. The summaries made
// here are recorded (weeks and input digests only, by the background) so that
// a second summary of overlapping weeks differing by too few files is refused.
import { useRef, useState } from 'preact/hooks';
import { readEvidence } from '../../lib/evidence/read';
import { defaultRules, type IndividualFile, type TeamFile } from '../../lib/evidence/schema';
import { createTeamMerger, mergeTeam, type PreviousSummary, type Problem } from '../../lib/evidence/team';
import { useSend } from '../api';
import { useI18n } from '../i18n';
import { TeamReport } from './TeamReport';
import './team.css';

export interface TeamViewProps {
  /** Now, in ms: files of weeks not yet begun are refused. */
  now?: () => number;
  /** The summaries already made whose weeks overlap these (read-only). */
  previous?: (weeks: string[]) => Promise<PreviousSummary[]>;
  print?: () => void;
}

async function storedPrevious(weeks: string[]): Promise<PreviousSummary[]> {
  const [{ getDb }, { previousSummaries }] = await Promise.all([
    import('../../lib/db/database'),
    import('../../lib/db/summaries'),
  ]);
  return previousSummaries(getDb(), weeks);
}

interface Picked {
  name: string;
  /** Read and checked alone: the file, or why it is refused. */
  file: IndividualFile | null;
  problems: { code: string; values?: string[]; detail?: string }[];
}

/** Each file's standing among the others: the set's checks (same weeks, no duplicate…) as the merge does them. */
function withSetChecks(picked: Picked[]): Picked[] {
  const readable = picked.filter((p) => p.file);
  const most = <T,>(values: T[]) => {
    const counts = new Map<T, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  const weeks = most(readable.map((p) => p.file?.weeks.join(',') ?? ''));
  const merger = createTeamMerger(defaultRules, {
    weeks: weeks?.split(','),
    demonstration: most(readable.map((p) => p.file?.demonstration ?? false)),
  });
  return picked.map((p) => {
    if (!p.file) return p;
    const problems: Problem[] = merger.add(p.file);
    return problems.length > 0 ? { ...p, file: null, problems } : p;
  });
}

export default function TeamView({
  now = Date.now,
  previous = storedPrevious,
  print = () => window.print(),
}: TeamViewProps) {
  const { t } = useI18n();
  const send = useSend();
  const input = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<Picked[]>([]);
  const [refusal, setRefusal] = useState<string[]>([]);
  const [summary, setSummary] = useState<TeamFile | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);

  const sentence = (p: { code: string; values?: string[]; detail?: string }) =>
    t(`error_${p.code}`, ...(p.values ?? [])) + (p.detail ? ` (${p.detail})` : '');

  async function add(files: FileList | File[] | null) {
    if (!files || files.length === 0) return;
    setRefusal([]);
    const read: Picked[] = [];
    for (const f of Array.from(files)) {
      const result = await readEvidence(await f.text(), { now: now() });
      if (!result.ok) read.push({ name: f.name, file: null, problems: result.problems });
      else if (result.kind !== 'individual')
        read.push({ name: f.name, file: null, problems: [{ code: 'file_not_individual' }] });
      else read.push({ name: f.name, file: result.file, problems: [] });
    }
    setPicked((before) => [...before, ...read]);
  }

  // The set's checks are redone from the files as read whenever the list changes.
  const checked = withSetChecks(picked);

  async function merge() {
    const files = checked.flatMap((p) => (p.file ? [p.file] : []));
    setBusy(true);
    try {
      const weeks = files[0]?.weeks ?? [];
      const result = await mergeTeam(files, defaultRules, weeks.length > 0 ? await previous(weeks) : []);
      if (!result.ok) {
        setRefusal(result.problems.filter((p) => p.file === undefined).map(sentence));
        return;
      }
      const recorded = await send({
        type: 'summary/record',
        summary: { weeks: result.summary.weeks, inputs: result.summary.inputs },
      });
      if (!recorded.ok) {
        setRefusal([t(`error_${recorded.error}`)]);
        return;
      }
      setSummary(result.summary);
    } finally {
      setBusy(false);
    }
  }

  if (summary) {
    return (
      <main class="team" id="team">
        <TeamReport summary={summary} print={print} onBack={() => setSummary(null)} />
      </main>
    );
  }

  const accepted = checked.filter((p) => p.file).length;
  return (
    <main class="team" id="team">
      <h1>{t('teamHeading')}</h1>
      <p>{t('teamIntro')}</p>
      <p>{t('teamRule', defaultRules.minContributors)}</p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop zone is a convenience; its button does the same from the keyboard */}
      <div
        class={dragging ? 'team-drop dragging' : 'team-drop'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void add(e.dataTransfer?.files ?? null);
        }}
      >
        <p>{t('teamDrop')}</p>
        <button type="button" onClick={() => input.current?.click()}>
          {t('teamPick')}
        </button>
        <input
          ref={input}
          id="team-files"
          class="visually-hidden"
          type="file"
          multiple
          accept=".json,application/json"
          aria-label={t('teamPick')}
          tabIndex={-1}
          onChange={(e) => {
            const target = e.currentTarget;
            void add(target.files).then(() => {
              target.value = '';
            });
          }}
        />
      </div>
      {picked.length > 0 && (
        <section aria-labelledby="team-files-heading">
          <h2 id="team-files-heading">{t('teamFilesHeading', accepted, picked.length)}</h2>
          <ul class="team-files">
            {checked.map((p, i) => (
              <li key={`${p.name}-${i}`} class={p.file ? 'accepted' : 'refused'}>
                <span class="team-file-name">{p.name}</span>{' '}
                <strong>{p.file ? t('teamAccepted') : t('teamRefused')}</strong>
                {p.problems.length > 0 && (
                  <ul>
                    {p.problems.map((problem) => (
                      <li key={problem.code}>{sentence(problem)}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <p class="team-actions">
            <button type="button" disabled={busy} onClick={() => void merge()}>
              {t('teamMerge')}
            </button>{' '}
            <button
              type="button"
              class="link"
              onClick={() => {
                setPicked([]);
                setRefusal([]);
              }}
            >
              {t('teamClear')}
            </button>
          </p>
        </section>
      )}
      {refusal.length > 0 && (
        <div role="alert" class="team-refusal">
          {refusal.map((r) => (
            <p key={r}>{r}</p>
          ))}
        </div>
      )}
    </main>
  );
}
