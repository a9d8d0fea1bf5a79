// « Vérifier un fichier »: any Contretemps file, dropped or picked, is checked
// (format, version, whitelist, digest, weeks) and described in plain French,
// or its problems listed; and a counsellor can check that their own file is
// among the inputs of a team summary, by its digest. Nothing leaves the page.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Problem } from '../../lib/evidence/read';
import { useI18n } from '../i18n';
import { type ReadFile, readChosenFile } from './verify-read';
import './export-verify.css';

interface Props {
  /** The clock (tests); the page's own otherwise: a file about a week not begun is refused. */
  now?: () => number;
}

type Checked = ReadFile & { name: string };

export default function VerifyView({ now = Date.now }: Props) {
  const { t } = useI18n();
  return (
    <main class="verify">
      <h1>{t('verifyTitle')}</h1>
      <CheckOne now={now} />
      <Membership now={now} />
    </main>
  );
}

/** Moves the focus to the result once it is shown, so a screen reader reads it and the keyboard is there. */
function useFocusOn(ref: RefObject<HTMLElement | null>, shown: boolean, after: unknown[]) {
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, after);
}

function CheckOne({ now }: { now: () => number }) {
  const { t, lang } = useI18n();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [dragging, setDragging] = useState(false);
  const result = useRef<HTMLDivElement>(null);
  useFocusOn(result, checked !== null, [checked]);

  async function check(file: File | undefined) {
    if (!file) return;
    setChecked({ name: file.name, ...(await readChosenFile(file, now(), t, lang)) });
  }

  return (
    <section
      aria-labelledby="verify-one-heading"
      class={dragging ? 'verify-drop dragging' : 'verify-drop'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void check(event.dataTransfer?.files[0]);
      }}
    >
      <h2 id="verify-one-heading">{t('verifyOneHeading')}</h2>
      <div>
        <p>{t('verifyDropHint')}</p>
        <label>
          {t('verifyPickLabel')}{' '}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => void check(event.currentTarget.files?.[0])}
          />
        </label>
      </div>
      <div ref={result} class="verify-result" tabIndex={-1} aria-live="polite">
        {checked && <Description checked={checked} />}
      </div>
    </section>
  );
}

function ProblemList({ problems }: { problems: Problem[] }) {
  const { t } = useI18n();
  return (
    <ul class="problems">
      {problems.map((p, i) => (
        <li key={`${p.code}-${i}`}>
          {t(`error_${p.code}`)}
          {p.detail ? ` (${p.detail})` : ''}
        </li>
      ))}
    </ul>
  );
}

function Description({ checked }: { checked: Checked }) {
  const { t } = useI18n();
  const { name, result } = checked;
  if (!result.ok) {
    return (
      <>
        <p class="verdict refused">{t('verifyRefused', name)}</p>
        <ProblemList problems={result.problems} />
      </>
    );
  }
  return (
    <>
      <p class="verdict valid">{t('verifyValid', name)}</p>
      <ul class="verify-lines">
        {describe(checked, t).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}

/** The French lines that say what a valid file is and holds. */
function describe({ result, lines, weeks }: Checked, t: (key: string, ...s: Array<string | number>) => string) {
  if (!result.ok) return [];
  if (result.kind === 'individual') return lines;
  const file = result.file;
  const out = [
    t(result.kind === 'team' ? 'verifyTeamKind' : 'verifyBranchKind', file.version),
    t('verifyPeriod', weeks.join(', ')),
    t('verifyContributors', file.contributors),
  ];
  if (result.kind === 'branch') out.push(t('verifyTeams', result.file.teams));
  out.push(t('verifyInputs', file.inputs.length));
  if (file.demonstration) out.push(t('verifyDemonstration'));
  out.push(t('verifyDigest', file.digest));
  return out;
}

/** « Votre fichier figure-t-il dans cette synthèse ? »: an individual file's digest among a team summary's inputs. */
function Membership({ now }: { now: () => number }) {
  const { t, lang } = useI18n();
  const [mine, setMine] = useState<Checked | null>(null);
  const [summary, setSummary] = useState<Checked | null>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const answer = membershipAnswer(mine, summary);
  useFocusOn(answerRef, answer !== null, [mine, summary]);

  const pick = (set: (c: Checked) => void) => async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (file) set({ name: file.name, ...(await readChosenFile(file, now(), t, lang)) });
  };

  return (
    <section aria-labelledby="verify-member-heading">
      <h2 id="verify-member-heading">{t('verifyMemberHeading')}</h2>
      <p>{t('verifyMemberExplain')}</p>
      <p>
        <label>
          {t('verifyMemberMine')} <input type="file" accept=".json,application/json" onChange={pick(setMine)} />
        </label>
      </p>
      <p>
        <label>
          {t('verifyMemberSummary')} <input type="file" accept=".json,application/json" onChange={pick(setSummary)} />
        </label>
      </p>
      <div ref={answerRef} class="verify-result" tabIndex={-1} aria-live="polite">
        {answer && <MembershipAnswer answer={answer} />}
      </div>
    </section>
  );
}

type Answer =
  | { kind: 'problems'; name: string; problems: Problem[] }
  | { kind: 'wrong'; key: string; name: string }
  | { kind: 'found' | 'missing'; digest: string };

function membershipAnswer(mine: Checked | null, summary: Checked | null): Answer | null {
  for (const checked of [mine, summary]) {
    if (checked && !checked.result.ok)
      return { kind: 'problems', name: checked.name, problems: checked.result.problems };
  }
  const m = mine?.result;
  const s = summary?.result;
  if (mine && m?.ok && m.kind !== 'individual')
    return { kind: 'wrong', key: 'verifyMemberNotIndividual', name: mine.name };
  if (summary && s?.ok && s.kind !== 'team') return { kind: 'wrong', key: 'verifyMemberNotTeam', name: summary.name };
  if (!m?.ok || m.kind !== 'individual' || !s?.ok || s.kind !== 'team') return null;
  const digest = m.file.digest;
  return { kind: s.file.inputs.includes(digest) ? 'found' : 'missing', digest };
}

function MembershipAnswer({ answer }: { answer: Answer }) {
  const { t } = useI18n();
  switch (answer.kind) {
    case 'problems':
      return (
        <>
          <p class="verdict refused">{t('verifyRefused', answer.name)}</p>
          <ProblemList problems={answer.problems} />
        </>
      );
    case 'wrong':
      return <p class="verdict refused">{t(answer.key, answer.name)}</p>;
    case 'found':
      return <p class="verdict valid">{t('verifyMemberFound', answer.digest)}</p>;
    case 'missing':
      return <p class="verdict refused">{t('verifyMemberMissing', answer.digest)}</p>;
  }
}
