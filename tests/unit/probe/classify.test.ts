import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../lib/catalogue';
import { type DerivedSignal, frictionKinds } from '../../../lib/probe/classify';
import { CLICK_SIGNALS, PAGE_SIGNALS, type Signal } from '../../../lib/probe/page/signals';

const DERIVED: DerivedSignal[] = ['account_creation_page', 'login_page'];
const ALL: Array<Signal | DerivedSignal> = [...PAGE_SIGNALS, ...CLICK_SIGNALS, ...DERIVED];

describe('classification of probe signals', () => {
  it('only ever produces friction kinds of the catalogue, whatever the signals and the code channel', () => {
    const known = new Set(catalogue.frictions.map((f) => f.id));
    const produced = new Set<string>();
    // Every combination of signals (2^15), with each code channel.
    for (let mask = 0; mask < 1 << ALL.length; mask++) {
      const signals = ALL.filter((_, i) => mask & (1 << i));
      for (const channel of ['sms', 'email', null] as const) {
        for (const kind of frictionKinds(signals, channel)) produced.add(kind);
      }
    }
    expect(produced.size).toBeGreaterThan(5);
    for (const kind of produced) expect(known, `${kind} is not in the catalogue`).toContain(kind);
  });
});
