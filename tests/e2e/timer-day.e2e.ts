// The timer's day in the real browser, by message (the popup's questions come
// with the popup): two pages stopping at the same moment, a timer forgotten
// overnight, a browser closed with a timer running.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { track } from './guard';
import { launch, type Session } from './harness';
import { details, moveStart, rows, send, yesterdayAt } from './stored-timer';

let session: Session;

/**
 * A timer started (in a fresh browser) and left running since the time
 * `since` gives, then the browser closed and opened again: the page of the
 * reopened browser. `prepare` runs first (settings).
 */
async function reopenedWithTimerSince(
  since: (page: Page) => Promise<number>,
  prepare?: (page: Page) => Promise<unknown>,
): Promise<{ again: Page; start: number }> {
  session = track(await launch());
  const popup = await session.openPopup();
  await prepare?.(popup);
  await send(popup, { type: 'timer/start', details });
  const start = await since(popup);
  await moveStart(popup, start);
  const { userDataDir } = session;
  expect(session.violations).toEqual([]);
  await session.close({ keepProfile: true });
  session = track(await launch({ userDataDir }));
  return { again: await session.openPopup(), start };
}

interface StoredEntry {
  start: number;
  end: number;
  activeMs: number;
  review?: string;
}

describe('the timer’s day in the real browser', () => {
  it('two pages sending stop at the same moment make exactly one entry; the other is told no timer runs', async () => {
    session = track(await launch());
    const first = await session.openPopup();
    const second = await session.openPopup();
    // Several rounds: a race lost once is caught.
    const rounds = 5;
    for (let round = 1; round <= rounds; round++) {
      expect(await send(first, { type: 'timer/start', details })).toMatchObject({ ok: true });
      // Both pages wait for the same instant of the shared clock, spinning (a
      // timer would fire a few milliseconds late), then send.
      const instant = Date.now() + 300;
      const stopAt = (page: Page) =>
        page.evaluate((when) => {
          return new Promise<{ ok: boolean; error?: string }>((resolve) => {
            setTimeout(
              () => {
                while (performance.timeOrigin + performance.now() < when) {
                  // spin until the instant
                }
                resolve(chrome.runtime.sendMessage({ type: 'timer/stop' }));
              },
              Math.max(0, when - Date.now() - 20),
            );
          });
        }, instant);
      const firstAnswer = stopAt(first);
      const secondAnswer = stopAt(second);
      const answers = await Promise.all([firstAnswer, secondAnswer]);
      expect(answers.map((a) => (a.ok ? 'ok' : a.error)).sort()).toEqual(['not_running', 'ok']);
      expect(await rows(first, 'entries')).toHaveLength(round);
    }
    expect(await rows(first, 'timer')).toEqual([{ key: 'current', state: { status: 'idle' } }]);
  });

  it('a timer left running overnight, stopped the next morning, ends at the end of its own day, flagged', async () => {
    session = track(await launch());
    const popup = await session.openPopup();
    await send(popup, { type: 'timer/start', details });
    const start = await yesterdayAt(popup, 17, 0);
    await moveStart(popup, start);
    const stopped = await send(popup, { type: 'timer/stop' });
    expect(stopped).toMatchObject({ ok: true });
    const [entry] = await rows<StoredEntry>(popup, 'entries');
    expect(entry).toMatchObject({
      start,
      end: await yesterdayAt(popup, 18, 30),
      activeMs: 90 * 60_000,
      review: 'forgotten',
    });
  });

  it('a browser opened the next morning stops the timer left running at the end of the day before', async () => {
    const { again, start } = await reopenedWithTimerSince((page) => yesterdayAt(page, 17, 0));
    await expect.poll(async () => (await rows<StoredEntry>(again, 'entries')).length).toBe(1);
    const [entry] = await rows<StoredEntry>(again, 'entries');
    expect(entry).toMatchObject({ start, end: await yesterdayAt(again, 18, 30), review: 'auto_stopped' });
    expect(await rows(again, 'timer')).toEqual([{ key: 'current', state: { status: 'idle' } }]);
  });

  it('a timer running when the browser closes asks, after it opens again, how much of that time counts', async () => {
    // Closed for ten minutes: the test moves the start (the last sign of life)
    // back instead of waiting, on a day ending late so that the end of the day
    // does not stop the timer whenever the test runs.
    const { again, start } = await reopenedWithTimerSince(
      (page) =>
        page.evaluate(() => {
          const midnight = new Date();
          midnight.setHours(0, 0, 1, 0);
          return Math.max(Date.now() - 10 * 60_000, midnight.getTime());
        }),
      (page) => send(page, { type: 'settings/update', patch: { endOfDay: '23:59' } }),
    );
    type Row = { state: { status: string; awayPeriods?: Array<{ from: number; to: number; kind: string }> } };
    await expect.poll(async () => (await rows<Row>(again, 'timer'))[0]?.state.awayPeriods?.length ?? 0).toBe(1);
    const [row] = await rows<Row>(again, 'timer');
    // Chromium does not send onStartup to an extension loaded unpacked: the worker's start tells the silence.
    expect(row?.state).toMatchObject({ status: 'running', awayPeriods: [{ from: start }] });
  });
});
