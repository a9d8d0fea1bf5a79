// The service worker's cost when it wakes, and how often it wakes.
//
// Start-up script time: the worker is stopped (as Chromium does when it is
// idle), then woken by the popup's first message, under a Chromium trace; the
// worker thread's module compile and top-level evaluation (trace events
// v8.compileModule and v8.evaluateModule) are its start-up script time: the
// time before it can answer. Median over several wake-ups; a wake-up the trace
// missed (the worker already running again) is not counted.
//
// Wake-ups while no timer runs: the alarms set at that moment, read from the
// worker (each one wakes it when it rings; its other listeners answer the
// counsellor's own actions: a click, a shortcut, a page of a listed site).
import type { CDPSession } from 'playwright-core';
import { launch } from '../e2e/harness';
import { median } from './median';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

export interface BackgroundBench {
  runs: number;
  compileMs: number;
  evaluateMs: number;
  /** compile + evaluate, median of the per-wake-up sums. */
  startMs: number;
  startMinMs: number;
  startMaxMs: number;
  /** Alarms while no timer runs: name and period in minutes (none: a one-off). */
  alarms: { name: string; periodMinutes: number | null }[];
}

async function traced(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline'] },
  });
  await during();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return events;
}

/** The worker thread's compile and evaluation times in a trace (ms), or null when it did not start. */
function startUp(events: TraceEvent[]): { compile: number; evaluate: number } | null {
  const workerThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'ServiceWorker thread')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onWorker = events.filter((e) => e.dur !== undefined && workerThreads.has(`${e.pid}:${e.tid}`));
  const total = (name: string) =>
    onWorker.filter((e) => e.name === name).reduce((sum, e) => sum + (e.dur as number), 0) / 1000;
  const evaluate = total('v8.evaluateModule');
  return evaluate > 0 ? { compile: total('v8.compileModule'), evaluate } : null;
}

export async function backgroundCost(runs = 9): Promise<BackgroundBench> {
  const session = await launch();
  try {
    await session.worker();

    const starts: { compile: number; evaluate: number }[] = [];
    for (let attempt = 0; starts.length < runs && attempt < runs * 3; attempt++) {
      await session.stopServiceWorker();
      const page = await session.context.newPage();
      const cdp = await session.context.newCDPSession(page);
      const events = await traced(cdp, async () => {
        const popup = await session.openPopup();
        await popup.waitForTimeout(500);
        await popup.close();
      });
      await page.close();
      const cost = startUp(events);
      if (cost) starts.push(cost);
    }
    if (starts.length < runs) throw new Error(`le service worker n’a été vu démarrer que ${starts.length} fois`);
    // Read once the worker has started several times: each start sets its alarms again.
    const alarms = await (await session.worker()).evaluate(async () => {
      type Alarm = { name: string; periodInMinutes?: number };
      const api = (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<Alarm[]> } } }).chrome;
      return (await api.alarms.getAll()).map((a) => ({ name: a.name, periodMinutes: a.periodInMinutes ?? null }));
    });

    const sums = starts.map((s) => s.compile + s.evaluate);
    return {
      runs,
      compileMs: median(starts.map((s) => s.compile)),
      evaluateMs: median(starts.map((s) => s.evaluate)),
      startMs: median(sums),
      startMinMs: Math.min(...sums),
      startMaxMs: Math.max(...sums),
      alarms,
    };
  } finally {
    await session.close();
  }
}
