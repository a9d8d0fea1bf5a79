// The command line hashes with Node's crypto instead of WebCrypto: the digests
// must be the very same, or a file checked in the dashboard would fail in the
// command line (and the other way round).
import { afterEach, describe, expect, it } from 'vitest';
import { nodeSha256 } from '../../../lib/cli/run';
import { setSha256, sha256 } from '../../../lib/evidence/digest';

const webCrypto = async (text: string) =>
  Buffer.from(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString('hex');

afterEach(() => setSha256(webCrypto));

describe('SHA-256 through Node’s crypto', () => {
  it('gives the digest WebCrypto gives, accents and emoji included', async () => {
    const texts = ['', 'abc', '{"a":"é","b":"😀"}', 'x'.repeat(100_000)];
    const web = await Promise.all(texts.map(sha256));
    setSha256(nodeSha256);
    expect(await Promise.all(texts.map(sha256))).toEqual(web);
    expect(web[1]).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
