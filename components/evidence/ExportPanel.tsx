// The counsellor's individual file for the weeks shown: built here, in the
// page, from the records already read; shown in plain French (what it holds,
// what it does not, its digest) BEFORE anything is saved; then saved as JSON
// (the file to hand over) or CSV (a copy for a spreadsheet) through a link to
// a Blob, which needs no permission and sends nothing anywhere.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { individualCsv } from '../../lib/evidence/csv';
import { describeIndividual } from '../../lib/evidence/describe';
import { buildIndividual, EvidenceError, newSalt } from '../../lib/evidence/individual';
import type { IndividualFile } from '../../lib/evidence/schema';
import type { StatsInput } from '../../lib/stats/summary';
import type { Week } from '../../lib/stats/week';
import { ErrorMessage } from '../ErrorMessage';
import { useI18n } from '../i18n';
import { exportChoice, exportFileName } from './export-choice';
import './export-verify.css';

export interface ExportPanelProps {
  input: StatsInput;
  weeks: Week[];
  timeZone: string;
  /** The clock (tests); the page's own otherwise. */
  now?: () => number;
}

interface Built {
  file: IndividualFile;
  lines: string[];
  json: string;
  csv: string;
}

type State = { step: 'building' } | { step: 'built'; built: Built } | { step: 'failed'; message: string };

export default function ExportPanel({ input, weeks, timeZone, now = Date.now }: ExportPanelProps) {
  const { t, lang, custom } = useI18n();
  // The dashboard passes a new array of the same weeks at each render: the weeks' ids say when they change.
  const weekIds = weeks.map((w) => w.id).join(' ');
  const choice = useMemo(() => exportChoice(input, weeks, now()), [input, weekIds, now]);
  const [state, setState] = useState<State>({ step: 'building' });

  useEffect(() => {
    if (choice.weeks.length === 0) return;
    let live = true;
    void build()
      .then((built) => live && setState({ step: 'built', built }))
      .catch((error: unknown) => {
        const message = error instanceof EvidenceError ? t(`error_${error.code}`) : t('exportFailed');
        if (live) setState({ step: 'failed', message });
      });
    return () => {
      live = false;
    };
    async function build(): Promise<Built> {
      // The salt is drawn once per preview: the file saved is the one shown. (This panel is itself loaded on demand.)
      const file = await buildIndividual(choice.input, choice.weeks, {
        salt: newSalt(),
        demonstration: choice.demonstration,
        timeZone,
        // Ids and team codes only: a label typed by the counsellor never goes into the file.
        customItems: custom?.items ?? [],
      });
      return {
        file,
        lines: describeIndividual(file, t, lang),
        json: `${JSON.stringify(file, null, 2)}\n`,
        csv: individualCsv(file),
      };
    }
  }, [choice, timeZone]);

  return (
    <div class="export-panel">
      {choice.unfinished && (
        <p class="export-note">
          {t(choice.weeks.length === 0 ? 'exportOnlyUnfinished' : 'exportUnfinishedLeftOut', choice.unfinished.id)}
        </p>
      )}
      {choice.weeks.length > 0 && choice.demoLeftOut && <p class="export-note">{t('exportDemoLeftOut')}</p>}
      {choice.weeks.length > 0 && choice.siteTimeLeftOut && <p class="export-note">{t('exportSiteTimeLeftOut')}</p>}
      {choice.weeks.length > 0 && choice.demonstration && <p class="demo-note">{t('exportDemoOnly')}</p>}
      {choice.weeks.length > 0 && state.step === 'building' && <p class="loading">{t('exportBuilding')}</p>}
      <ErrorMessage text={state.step === 'failed' ? state.message : null} />
      {choice.weeks.length > 0 && state.step === 'built' && <Preview built={state.built} />}
    </div>
  );
}

function Preview({ built }: { built: Built }) {
  const { t } = useI18n();
  const { file } = built;
  return (
    <>
      <h3 id="export-preview-heading">{t('exportPreviewHeading')}</h3>
      <ul class="export-preview" aria-labelledby="export-preview-heading">
        {built.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        {t('exportDigest')} <code class="digest">{file.digest}</code>
      </p>
      <div class="row">
        <BlobLink
          text={built.json}
          type="application/json"
          name={exportFileName(file.weeks, file.demonstration, 'json')}
        >
          {t('exportSaveJson')}
        </BlobLink>
        <BlobLink
          text={built.csv}
          type="text/csv;charset=utf-8"
          name={exportFileName(file.weeks, file.demonstration, 'csv')}
        >
          {t('exportSaveCsv')}
        </BlobLink>
      </div>
      <p class="export-note">{t('exportJsonOrCsv')}</p>
    </>
  );
}

/** A link that saves `text` under `name`: an object URL of a Blob, revoked when the link goes. */
function BlobLink({ text, type, name, children }: { text: string; type: string; name: string; children: string }) {
  const url = useMemo(() => URL.createObjectURL(new Blob([text], { type })), [text, type]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <a class="button" href={url} download={name}>
      {children}
    </a>
  );
}
