import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../lib/catalogue';
import { detectableFrictionIds } from '../../../lib/catalogue/detectable';
import { frictionKinds } from '../../../lib/probe/classify';
import { CLICK_SIGNALS, PAGE_SIGNALS } from '../../../lib/probe/page/signals';

describe('detectable friction kinds', () => {
  it('are friction kinds of the catalogue, each listed once', () => {
    const known = new Set(catalogue.frictions.map((f) => f.id));
    expect(detectableFrictionIds.filter((id) => !known.has(id))).toEqual([]);
    expect(new Set(detectableFrictionIds).size).toBe(detectableFrictionIds.length);
  });

  it('hold every kind the probe’s signals can turn into, so each can be switched off', () => {
    const signals = [...PAGE_SIGNALS, ...CLICK_SIGNALS, 'account_creation_page', 'login_page'] as const;
    const produced = new Set<string>(['franceconnect_boucle']);
    for (const channel of ['sms', 'email', null] as const) {
      for (const kind of frictionKinds(signals, channel)) produced.add(kind);
    }
    const listed = new Set<string>(detectableFrictionIds);
    expect([...produced].filter((kind) => !listed.has(kind))).toEqual([]);
  });
});
