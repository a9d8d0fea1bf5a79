// The probe's keywords travel in the locale files, not in the content script.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundleProbe, withWords } from '../../../../lib/build/probe-script';
import { WORDS } from '../../../../lib/probe/page/words';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the probe’s keywords', () => {
  it('are added to a locale file as probe_words, the rest kept', () => {
    const out = JSON.parse(withWords(JSON.stringify({ extName: { message: 'Contretemps' } })));
    expect(out.extName).toEqual({ message: 'Contretemps' });
    expect(JSON.parse(out.probe_words.message)).toEqual(WORDS);
  });

  it('are read, in the page, from the locale file once', async () => {
    const getMessage = vi.fn(() => JSON.stringify(WORDS));
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    const { words } = await import('../../../../lib/probe/page/words.i18n');
    expect(words()).toEqual(WORDS);
    expect(words()).toEqual(WORDS);
    expect(getMessage).toHaveBeenCalledTimes(1);
    expect(getMessage).toHaveBeenCalledWith('probe_words');
  });

  it('are asked of the background once, at the first need, and then the locale file is never read', async () => {
    const getMessage = vi.fn(() => '{}');
    const sendMessage = vi.fn(async () => ({ ok: true, words: JSON.stringify(WORDS) }));
    vi.stubGlobal('chrome', { i18n: { getMessage }, runtime: { sendMessage } });
    const { ask, words } = await import('../../../../lib/probe/page/words.i18n');
    await Promise.all([ask(), ask()]);
    expect(ask()).toBeUndefined();
    expect(words()).toEqual(WORDS);
    expect(sendMessage).toHaveBeenCalledExactlyOnceWith({ type: 'probe/words' });
    expect(getMessage).not.toHaveBeenCalled();
  });

  it('are read from the locale file when the background gave none', async () => {
    const getMessage = vi.fn(() => JSON.stringify(WORDS));
    const sendMessage = vi.fn(async () => ({ ok: false }));
    vi.stubGlobal('chrome', { i18n: { getMessage }, runtime: { sendMessage } });
    const { ask, words } = await import('../../../../lib/probe/page/words.i18n');
    await ask();
    expect(words()).toEqual(WORDS);
    expect(getMessage).toHaveBeenCalledOnce();
  });

  it('are not in the content script, which asks for them by name', async () => {
    const code = await bundleProbe(process.cwd());
    expect(code).toContain('probe_words');
    for (const word of ['reinitialis', 'aucun compte', 'niveau de garantie', 'trop de tentatives']) {
      expect(code).not.toContain(word);
    }
  }, 30_000);
});
