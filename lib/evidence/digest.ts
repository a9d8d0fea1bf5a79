// The integrity of an evidence file: SHA-256 (WebCrypto, in pages and in Node)
// of the RFC 8785 canonical JSON of the file without its `digest` field, written
// `sha256:<hex>`. Canonical JSON makes the digest independent of key order and
// spacing, so anyone can recompute it with standard tools (METHODE.md §3).
import canonicalize from 'canonicalize';

const PREFIX = 'sha256:';

/** RFC 8785 canonical JSON of a value; null when it has none (NaN, a lone surrogate, a cycle…). */
export function canonicalJson(value: unknown): string | null {
  try {
    return canonicalize(value) ?? null;
  } catch {
    return null;
  }
}

/** `sha256:<64 hex>` of the UTF-8 bytes of a text. */
export async function sha256(text: string): Promise<string> {
  const bytes = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const byte of new Uint8Array(bytes)) hex += byte.toString(16).padStart(2, '0');
  return PREFIX + hex;
}

/** The digest the object should carry: of its canonical JSON without `digest`; null when it has no canonical JSON. */
export async function digestOf(obj: Record<string, unknown>): Promise<string | null> {
  const { digest: _ignored, ...content } = obj;
  const text = canonicalJson(content);
  return text === null ? null : sha256(text);
}

/** The object with its digest computed (any digest it had is replaced), `digest` last. */
export async function withDigest<T extends Record<string, unknown>>(obj: Omit<T, 'digest'>): Promise<T> {
  const digest = await digestOf(obj);
  if (digest === null) throw new Error('evidence: no canonical JSON for this object');
  const { digest: _old, ...content } = obj as Record<string, unknown>;
  return { ...content, digest } as unknown as T;
}

/** True when the object's `digest` is the one its content gives. Never throws. */
export async function checkDigest(obj: Record<string, unknown>): Promise<boolean> {
  if (typeof obj.digest !== 'string') return false;
  return (await digestOf(obj)) === obj.digest;
}
