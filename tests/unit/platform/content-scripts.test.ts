import { describe, expect, it } from 'vitest';
import type { Browser } from '../../../lib/platform/browser';
import { createProbeRegistration } from '../../../lib/platform/content-scripts';

/** The scripting API as the browser keeps it: registered scripts by id. */
function fakeScripting() {
  const scripts = new Map<string, { id: string; matches: string[]; js: string[] }>();
  const calls: string[] = [];
  const scripting = {
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => ids.flatMap((id) => scripts.get(id) ?? []),
    registerContentScripts: async (list: Array<{ id: string; matches: string[]; js: string[] }>) => {
      calls.push('register');
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, s);
      }
    },
    updateContentScripts: async (list: Array<{ id: string; matches: string[]; js: string[] }>) => {
      calls.push('update');
      for (const s of list) scripts.set(s.id, s);
    },
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
      for (const id of ids) scripts.delete(id);
    },
  };
  return { scripts, calls, browser: { scripting } as unknown as Browser };
}

describe('probe registration on the counsellor’s own sites', () => {
  it('registers the probe on exactly the granted patterns, updates it, and removes it when none is left', async () => {
    const { scripts, browser } = fakeScripting();
    const register = createProbeRegistration(browser);
    await register(['https://*.laposte.net/*']);
    expect([...scripts.values()]).toMatchObject([{ matches: ['https://*.laposte.net/*'], js: ['probe.js'] }]);
    await register(['https://*.laposte.net/*', 'https://*.rdv-prefecture.interieur.gouv.fr/*']);
    expect([...scripts.values()]).toHaveLength(1);
    expect([...scripts.values()][0]?.matches).toHaveLength(2);
    await register([]);
    expect(scripts.size).toBe(0);
    await register([]);
    expect(scripts.size).toBe(0);
  });

  it('registers the probe on https sites only', async () => {
    const { scripts, browser } = fakeScripting();
    const register = createProbeRegistration(browser);
    await register(['http://*.laposte.net/*', 'https://*.laposte.net/*', '*://*.exemple.fr/*']);
    expect([...scripts.values()][0]?.matches).toEqual(['https://*.laposte.net/*']);
    await register(['http://*.laposte.net/*']);
    expect(scripts.size).toBe(0);
  });

  it('changes nothing when registered again on the same sites (each start of the worker does)', async () => {
    const { calls, browser } = fakeScripting();
    const register = createProbeRegistration(browser);
    await register(['https://*.laposte.net/*']);
    await register(['https://*.laposte.net/*']);
    expect(calls).toEqual(['register']);
  });
});
