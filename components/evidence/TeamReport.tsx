// The team summary as a page for the negotiation file: period, contributors,
// headline figures, the dashboard's charts on the team's published tables,
// the weekly trend, the share of time lost to logging in, the method's short
// form with the rules' parameters, the digest and the inputs. It prints to one
// clean A4 document in black and white, and saves as JSON and CSV. Only what
// the summary publishes is shown: a hidden line is named « non ventilé », a
// secret total says « secret » and why — never a figure worked out from others.
import { useEffect, useMemo } from 'preact/hooks';
import type { Kind } from '../../lib/catalogue';
import { labelFor } from '../../lib/catalogue';
import type { BranchFile, TeamFile } from '../../lib/evidence/schema';
import { summaryCsv } from '../../lib/evidence/team-csv';
import { BarChart } from '../charts/BarChart';
import type { ChartRow } from '../charts/chart-text';
import { WeekTrend } from '../charts/WeekTrend';
import { durationText } from '../format';
import { useI18n } from '../i18n';

type Summary = TeamFile | BranchFile;
type Count = Summary['totals']['count'];
type MinuteTable = Summary['tables']['byMode'];
type CountTable = Summary['tables']['frictionsByKind'];

const MIN = 60_000;
/** `<5` drawn as a short bar; no published count is 2.5 (they are multiples of 5), so it reads back unambiguously. */
const SMALL = 2.5;
const countValue = (c: Count) => (c === '<5' ? SMALL : c);
const countText = (v: number) => (v === SMALL ? '<5' : String(v));
const minutesText = (v: number) => durationText(v);

interface Props {
  summary: Summary;
  print: () => void;
  onBack?: () => void;
}

/** A blob URL for a download link, released when the page no longer shows it. */
function useBlobUrl(text: string, type: string): string {
  const url = useMemo(() => URL.createObjectURL(new Blob([text], { type })), [text, type]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return url;
}

function weekLabel(id: string): string {
  return `S${id.slice(-2)}`;
}

export function TeamReport({ summary, print, onBack }: Props) {
  const { t, lang } = useI18n();
  const json = useBlobUrl(`${JSON.stringify(summary, null, 2)}\n`, 'application/json');
  const csv = useBlobUrl(summaryCsv(summary), 'text/csv;charset=utf-8');
  const first = summary.weeks[0] ?? '';
  const last = summary.weeks[summary.weeks.length - 1] ?? '';
  const period = first === last ? first : `${first} – ${last}`;
  const base = `contretemps-equipe-${first}${first === last ? '' : `_${last}`}`;
  const { totals, rules } = summary;
  const secret = t('teamSecret');
  const minutes = (m: number | null) => (m === null ? secret : durationText(m * MIN));
  const count = (c: Count | null) => (c === null ? secret : String(c));
  const share =
    totals.loginMinutes !== null && totals.minutes !== null && totals.minutes > 0
      ? Math.round((totals.loginMinutes / totals.minutes) * 100)
      : null;
  const figures: [string, string][] = [
    [t('teamFigureContributors'), String(summary.contributors)],
    [t('teamFigureCount'), count(totals.count)],
    [t('teamFigureMinutes'), minutes(totals.minutes)],
    [t('teamFigureOnBehalf'), minutes(totals.onBehalfMinutes)],
    [t('teamFigureFrictions'), count(totals.frictions)],
    [t('teamFigureLogin'), minutes(totals.loginMinutes)],
    [t('teamFigureShare'), share === null ? secret : `${share} %`],
    [t('teamFigureSite'), minutes(totals.siteMinutes)],
  ];
  const anySecret = figures.some(([, v]) => v === secret);

  const minuteChart = (id: string, title: string, table: MinuteTable, kind: Kind) => {
    const rows: ChartRow[] = table.rows.flatMap((r) =>
      r.minutes === null ? [] : [{ key: r.key, label: labelFor(kind, r.key, lang) || r.key, value: r.minutes * MIN }],
    );
    if (table.other) {
      rows.push({ key: 'autres', label: t('teamOther', table.other.lines), value: table.other.minutes * MIN });
    }
    const hidden = table.rows.filter((r) => r.minutes === null).map((r) => labelFor(kind, r.key, lang) || r.key);
    return (
      <div key={id}>
        <BarChart id={id} title={title} rows={rows} format={minutesText} unitLabel={t('teamTime')} />
        {hidden.length > 0 && <p class="team-hidden">{t('teamHidden', hidden.join(', '))}</p>}
      </div>
    );
  };
  const countChart = (id: string, title: string, table: CountTable, kind: Kind) => {
    const rows: ChartRow[] = table.rows.map((r) => ({
      key: r.key,
      label: labelFor(kind, r.key, lang) || r.key,
      value: countValue(r.count),
    }));
    if (table.other)
      rows.push({ key: 'autres', label: t('teamOther', table.other.lines), value: countValue(table.other.count) });
    return <BarChart key={id} id={id} title={title} rows={rows} format={countText} />;
  };
  const weekly = summary.tables.weekly;

  return (
    <article class="team-report">
      <h1>{t('teamReportHeading', period)}</h1>
      {summary.demonstration && <p class="demo-note team-demo">{t('teamDemo')}</p>}
      <p>{t('teamReportLead', summary.contributors, summary.weeks.length)}</p>
      <p class="team-report-actions no-print">
        <button type="button" onClick={print}>
          {t('teamPrint')}
        </button>{' '}
        <a class="button" href={json} download={`${base}.json`}>
          {t('teamSaveJson')}
        </a>{' '}
        <a class="button" href={csv} download={`${base}.csv`}>
          {t('teamSaveCsv')}
        </a>{' '}
        {onBack && (
          <button type="button" class="link" onClick={onBack}>
            {t('teamBack')}
          </button>
        )}
      </p>

      <section class="headline" aria-labelledby="team-figures-heading">
        <h2 id="team-figures-heading">{t('teamFiguresHeading')}</h2>
        <dl>
          {figures.map(([label, value]) => (
            <div class="figure" key={label}>
              <dt>{label}</dt>
              <dd>
                <span class="value">{value}</span>
              </dd>
            </div>
          ))}
        </dl>
        {anySecret && (
          <p class="team-note">{t('teamSecretWhy', rules.minFilesPerCell, Math.round(rules.dominance * 100))}</p>
        )}
        {figures.some(([, v]) => v === '<5') && <p class="team-note">{t('teamSmallWhy')}</p>}
      </section>

      <section class="charts" aria-labelledby="team-charts-heading">
        <h2 id="team-charts-heading">{t('teamChartsHeading')}</h2>
        {minuteChart('team-by-organisation', t('teamByOrganisation'), summary.tables.byOrganisation, 'organisations')}
        {minuteChart('team-by-procedure', t('teamByProcedure'), summary.tables.byProcedure, 'procedures')}
        {minuteChart('team-by-mode', t('teamByMode'), summary.tables.byMode, 'modes')}
        {minuteChart('team-by-outcome', t('teamByOutcome'), summary.tables.byOutcome, 'outcomes')}
        {minuteChart('team-by-reason', t('teamByReason'), summary.tables.byReason, 'reasons')}
        {countChart('team-frictions-kind', t('teamFrictionsByKind'), summary.tables.frictionsByKind, 'frictions')}
        {countChart(
          'team-frictions-organisation',
          t('teamFrictionsByOrganisation'),
          summary.tables.frictionsByOrganisation,
          'organisations',
        )}
        {minuteChart('team-site-time', t('teamSiteTime'), summary.tables.siteTimeByOrganisation, 'organisations')}
        <WeekTrend
          id="team-weekly"
          title={t('teamWeekly')}
          weeks={weekly.map((w) => ({ label: weekLabel(w.week), value: (w.minutes ?? 0) * MIN }))}
          current={false}
          period
          format={minutesText}
          scale="duration"
          description={weekly.some((w) => w.minutes === null) ? t('teamWeeklyHidden') : undefined}
        />
      </section>

      <section class="team-method" aria-labelledby="team-method-heading">
        <h2 id="team-method-heading">{t('teamMethodHeading')}</h2>
        <p>{t('teamMethodCategories')}</p>
        <ul>
          <li>{t('teamRuleContributors', rules.minContributors)}</li>
          <li>{t('teamRuleCells', rules.minFilesPerCell, Math.round(rules.dominance * 100))}</li>
          <li>{t('teamRuleCounts', rules.smallCount - 1, rules.countStep)}</li>
          <li>{t('teamRuleMinutes', rules.minuteStep)}</li>
          <li>{t('teamRuleSecondary')}</li>
          <li>{t('teamRuleGuard', rules.minContributors)}</li>
        </ul>
        <p>{t('teamMethodLimits')}</p>
        <p>{t('teamMethodMore')}</p>
      </section>

      <section class="team-digests" aria-labelledby="team-digest-heading">
        <h2 id="team-digest-heading">{t('teamDigestHeading')}</h2>
        <p>
          {t('teamDigest')} <code class="team-digest">{summary.digest}</code>
        </p>
        <p>{t('teamInputs', summary.inputs.length)}</p>
        <ol class="team-inputs">
          {summary.inputs.map((d) => (
            <li key={d}>
              <code>{d}</code>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
