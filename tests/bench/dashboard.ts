// The dashboard's first render of its 12-week view with two years of data
// stored, against a static page of the extension in the same browser and the
// same run (loads alternated). « First render »: the headline figures of the
// week painted (Element Timing), computed from the week read from IndexedDB;
// the twelve-week trend is read once that is on screen, and timed apart (its
// caption painted).
import { median } from './median';
import { firstText, seedTwoYears, staticTarget, type Target, withReferencePages } from './popup';

const dashboardTarget: Target = {
  path: 'dashboard.html',
  selector: '.headline .value',
  also: '.charts figure',
  settled: '.entry-table',
};

/** The same load, timed to the twelve-week trend drawn. */
const trendTarget: Target = {
  path: 'dashboard.html',
  selector: '#trend-time figcaption',
  also: '#trend-frictions',
  settled: '#trend-time',
};

export interface DashboardBench {
  runs: number;
  staticMs: number;
  dashboardMs: number;
  trendMs: number;
}

export function dashboardFirstRender(runs = 15): Promise<DashboardBench> {
  return withReferencePages(async (session) => {
    await seedTwoYears(session);
    const targets = [staticTarget, dashboardTarget, trendTarget];
    const times = targets.map((): number[] => []);
    for (const target of targets) await firstText(session, target); // warm-up
    for (let i = 0; i < runs; i++) {
      for (const [k, target] of targets.entries()) times[k]?.push(await firstText(session, target));
    }
    if (process.env.BENCH_DEBUG) console.log(JSON.stringify(times));
    const [staticMs, dashboardMs, trendMs] = times.map((t) => median(t)) as [number, number, number];
    return { runs, staticMs, dashboardMs, trendMs };
  });
}
