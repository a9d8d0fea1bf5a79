// The dashboard's first render of its 12-week view with two years of data
// stored, against a static page of the extension in the same browser and the
// same run (loads alternated). « First render »: the headline figures of the
// week painted (Element Timing), computed from twelve weeks read from IndexedDB.
import { median } from './median';
import { firstText, seedTwoYears, staticTarget, type Target, withReferencePages } from './popup';

const dashboardTarget: Target = {
  path: 'dashboard.html',
  selector: '.headline .value',
  also: '.charts figure',
  settled: '.entry-table',
};

export interface DashboardBench {
  runs: number;
  staticMs: number;
  dashboardMs: number;
}

export function dashboardFirstRender(runs = 15): Promise<DashboardBench> {
  return withReferencePages(async (session) => {
    await seedTwoYears(session);
    const targets = [staticTarget, dashboardTarget];
    const times = targets.map((): number[] => []);
    for (const target of targets) await firstText(session, target); // warm-up
    for (let i = 0; i < runs; i++) {
      for (const [k, target] of targets.entries()) times[k]?.push(await firstText(session, target));
    }
    if (process.env.BENCH_DEBUG) console.log(JSON.stringify(times));
    const [staticMs, dashboardMs] = times.map((t) => median(t)) as [number, number];
    return { runs, staticMs, dashboardMs };
  });
}
