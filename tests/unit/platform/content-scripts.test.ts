import { describe, expect, it } from 'vitest';
import { defaultEnabledOrganisations } from '../../../lib/catalogue';
import { hostPatterns } from '../../../lib/catalogue/host-permissions';
import type { Browser } from '../../../lib/platform/browser';
import { createProbeRegistration } from '../../../lib/platform/content-scripts';

const LISTED = hostPatterns(defaultEnabledOrganisations());

/** The scripting API as the browser keeps it: registered scripts by id. */
function fakeScripting() {
  type Script = { id: string; matches: string[]; excludeMatches?: string[]; js: string[] };
  const scripts = new Map<string, Script>();
  const calls: string[] = [];
  const scripting = {
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => ids.flatMap((id) => scripts.get(id) ?? []),
    registerContentScripts: async (list: Script[]) => {
      calls.push('register');
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, s);
      }
    },
    updateContentScripts: async (list: Script[]) => {
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
    const register = createProbeRegistration(browser, LISTED);
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
    const register = createProbeRegistration(browser, LISTED);
    await register(['http://*.laposte.net/*', 'https://*.laposte.net/*', '*://*.exemple.fr/*']);
    expect([...scripts.values()][0]?.matches).toEqual(['https://*.laposte.net/*']);
    await register(['http://*.laposte.net/*']);
    expect(scripts.size).toBe(0);
  });

  it('changes nothing when registered again on the same sites (each start of the worker does)', async () => {
    const { calls, browser } = fakeScripting();
    const register = createProbeRegistration(browser, LISTED);
    await register(['https://*.laposte.net/*']);
    await register(['https://*.laposte.net/*']);
    expect(calls).toEqual(['register']);
  });

  it('leaves out the listed sites a counsellor’s site contains, where the manifest’s probe already runs', async () => {
    const { scripts, browser } = fakeScripting();
    await createProbeRegistration(browser, LISTED)(['https://*.laposte.fr/*']);
    const [script] = [...scripts.values()];
    expect(LISTED).toContain('https://*.lidentitenumerique.laposte.fr/*');
    expect(script?.excludeMatches).toEqual(LISTED);
  });
});
