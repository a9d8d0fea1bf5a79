// The dashboard's read of a period in the time zone of its weeks: the day keys
// of its site time follow that zone, not the machine's (Europe/Paris in tests).
import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { dayKey, localDay } from '../../../lib/core/day-range';
import { periodRead } from '../../../lib/stats/period-read';
import { weekFromId } from '../../../lib/stats/week';

const at = (iso: string) => Date.parse(iso);

describe('period read', () => {
  it('gives a Paris week its seven days, Monday included, next Monday excluded', () => {
    const week = weekFromId('2026-W13', 'Europe/Paris'); // clocks go forward on Sunday 29 March
    expect(week && periodRead(week.from, week.to, 'Europe/Paris')).toEqual({
      from: week?.from,
      to: week?.to,
      fromDay: '2026-03-23',
      toDay: '2026-03-30',
    });
  });

  it('reads the days in the zone asked for, not the machine’s', () => {
    const week = weekFromId('2026-W48', 'Pacific/Auckland');
    if (!week) throw new Error('2026-W48 exists');
    // Monday 23 November, 00:00 in Auckland, is still Sunday the 22nd in Paris.
    expect(localDay(week.from)).toBe('2026-11-22');
    expect(periodRead(week.from, week.to, 'Pacific/Auckland')).toMatchObject({
      fromDay: '2026-11-23',
      toDay: '2026-11-30',
    });
  });

  it('includes the day holding the period’s last instant when it ends within a day', () => {
    const read = periodRead(at('2026-11-24T15:00:00+01:00'), at('2026-11-26T09:00:00+01:00'), 'Europe/Paris');
    expect(read).toMatchObject({ fromDay: '2026-11-24', toDay: '2026-11-27' });
    const empty = periodRead(at('2026-11-24T15:00:00+01:00'), at('2026-11-24T15:00:00+01:00'), 'Europe/Paris');
    expect(empty).toMatchObject({ fromDay: '2026-11-24', toDay: '2026-11-24' });
  });
});

describe('day key', () => {
  it('is one function for the machine’s days and the statistics’ zoned days', () => {
    const t = at('2026-12-31T23:30:00Z');
    expect(localDay(t)).toBe('2027-01-01');
    expect(dayKey(new Date(t))).toBe('2027-01-01');
    expect(dayKey(new TZDate(t, 'America/New_York'))).toBe('2026-12-31');
  });
});
