import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { track } from './guard';
import { EXTENSION_DIR, launch } from './harness';

const CAF = 'https://www.caf.fr/';

describe('no network, strict policy', () => {
  it('the recorder catches a request that leaves the fixtures (so a silent recorder means silence)', async () => {
    const session = track(await launch({ pages: { [CAF]: 'sites/caf/accueil.html' } }));
    const page = await session.context.newPage();
    await page.goto(CAF);
    await page.evaluate(() => fetch('https://tracker.example/pixel').catch(() => null));
    await expect.poll(() => session.violations).toContain('https://tracker.example/pixel');
    expect(session.requests).toContain(CAF);
    session.clearRequests();
  });

  it('extension pages and the service worker cannot reach the network at all', async () => {
    const session = track(await launch());
    const popup = await session.openPopup();
    const tryFetch = () =>
      fetch('https://example.org/').then(
        () => 'sent',
        () => 'blocked',
      );
    expect(await popup.evaluate(tryFetch)).toBe('blocked');
    const worker = await session.worker();
    const fromWorker = await worker.evaluate(tryFetch);
    expect(fromWorker).toBe('blocked');
    expect(session.requests.filter((url) => url.includes('example.org'))).toEqual([]);
    // These two refusals are the CSP at work; nothing else may trip it.
    expect(session.cspErrors.length).toBeLessThanOrEqual(2);
    session.cspErrors.length = 0;
  });

  it('rejects a malformed message sent to the background and changes nothing', async () => {
    const session = track(await launch());
    const popup = await session.openPopup();
    const answers = await popup.evaluate(async () => {
      const send = (m: unknown) => chrome.runtime.sendMessage(m);
      return [
        await send({ type: 'timer/explode' }),
        await send({ type: 'timer/start', details: { organisationId: 'evil' } }),
        await send({ type: 'timer/start', details: {}, url: 'https://www.caf.fr/?nir=1' }),
      ];
    });
    for (const answer of answers) expect(answer).toMatchObject({ ok: false, error: 'invalid_message' });
    await popup.reload();
    await popup.getByRole('button', { name: 'Démarrer le chronomètre' }).waitFor();
    expect(await popup.getByTestId('today').textContent()).toContain('0 démarche');
  });
});

describe('built manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

  it('asks for no broad or sensitive permission', () => {
    const granted = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])];
    for (const forbidden of ['<all_urls>', 'tabs', 'history', 'webRequest', 'cookies', '*://*/*', 'https://*/*']) {
      expect(granted).not.toContain(forbidden);
    }
    // `scripting` only registers the probe on sites the counsellor granted one by one.
    // `idle` says only active, idle or locked (no install warning).
    // `unlimitedStorage`: years of records are never refused for quota (no install warning).
    expect(manifest.permissions.sort()).toEqual([
      'activeTab',
      'alarms',
      'contextMenus',
      'idle',
      'scripting',
      'unlimitedStorage',
    ]);
    // Notifications (reminders) are opt-in, asked at run time.
    expect(manifest.optional_permissions).toEqual(['notifications']);
    for (const host of manifest.host_permissions) expect(host).toMatch(/^https:\/\/\*\.[a-z0-9.-]+\/\*$/);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.content_scripts).toEqual([
      { matches: manifest.host_permissions, js: ['probe.js'], run_at: 'document_idle' },
    ]);
  });

  it('forbids remote code and connections in its CSP', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/https?:|unsafe-eval|unsafe-inline/);
  });

  it('loads no script from outside the package', () => {
    const html = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});
