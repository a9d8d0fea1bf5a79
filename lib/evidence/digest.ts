// The digest of an evidence file: SHA-256 (WebCrypto, browser and Node) of the
// RFC 8785 canonical JSON of the file without its `digest` field. Minimal
// version written by the team-summary part; the individual-file part owns it.
import canonicalize from 'canonicalize';

async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const hash = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function digestOf(obj: object): Promise<string> {
  const { digest: _ignored, ...rest } = obj as Record<string, unknown>;
  return `sha256:${await sha256Hex(canonicalize(rest) as string)}`;
}

/** The object with its digest computed (any `digest` it had is replaced). */
export async function withDigest<T extends object>(obj: T): Promise<T & { digest: string }> {
  const { digest: _ignored, ...rest } = obj as Record<string, unknown>;
  return { ...(rest as T), digest: await digestOf(rest) };
}

/** Whether the object's `digest` is the digest of the rest of it. */
export async function checkDigest(obj: { digest: string }): Promise<boolean> {
  return obj.digest === (await digestOf(obj));
}
