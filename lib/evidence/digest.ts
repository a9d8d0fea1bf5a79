// The integrity of an evidence file: SHA-256 (WebCrypto, in pages and in Node)
// of the RFC 8785 canonical JSON of the file without its `digest` field, written
// `sha256:<hex>`. Canonical JSON makes the digest independent of key order and
// spacing, so anyone can recompute it with standard tools (METHODE.md §3).
import canonicalize from 'canonicalize';

const PREFIX = 'sha256:';

/** RFC 8785 canonical JSON of a value; null when it has none (NaN, a lone surrogate, a cycle…). */
export function canonicalJson(value: unknown): string | null {
  try {
    return JSON.stringify(sortedCopy(value, 0));
  } catch (error) {
    if (error !== UNUSUAL) return null;
  }
  try {
    return canonicalize(value) ?? null;
  } catch {
    return null;
  }
}

/** Thrown by the fast path on anything but plain JSON data: `canonicalize` (the reference) then decides. */
const UNUSUAL = new Error('not plain JSON data');
const LONE_SURROGATE = /\p{Surrogate}/u;
/** Keys a JavaScript object would put first whatever their order (array indices), and the prototype's. */
const REORDERED_KEY = /^\d+$|^__proto__$/;
const MAX_PLAIN_DEPTH = 64;

/**
 * The fast path, three times faster than `canonicalize` (merging a thousand
 * files spends most of its time here): plain JSON data (what JSON.parse gives
 * and the builders make) copied with its keys sorted by UTF-16 code units,
 * then written by JSON.stringify, which writes strings and numbers exactly as
 * RFC 8785 does. Anything else — a lone surrogate, NaN, a key an object would
 * reorder, toJSON, deep nesting — goes to `canonicalize`. A test compares the
 * two on random values.
 */
function sortedCopy(value: unknown, depth: number): unknown {
  switch (typeof value) {
    case 'string':
      if (LONE_SURROGATE.test(value)) throw UNUSUAL;
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw UNUSUAL;
      return value;
    case 'boolean':
      return value;
    case 'object': {
      if (value === null) return null;
      if (depth > MAX_PLAIN_DEPTH) throw UNUSUAL;
      if (Array.isArray(value)) {
        const copy = new Array(value.length);
        for (let i = 0; i < value.length; i++) copy[i] = sortedCopy(value[i], depth + 1);
        return copy;
      }
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') throw UNUSUAL;
      const copy: Record<string, unknown> = {};
      for (const key of Object.keys(value).sort()) {
        if (REORDERED_KEY.test(key) || LONE_SURROGATE.test(key)) throw UNUSUAL;
        const item = (value as Record<string, unknown>)[key];
        if (item !== undefined) copy[key] = sortedCopy(item, depth + 1);
      }
      return copy;
    }
    default:
      throw UNUSUAL;
  }
}

/** SHA-256 of the UTF-8 bytes of a text, as 64 lowercase hex. */
export type Sha256Hex = (text: string) => string | Promise<string>;

async function webCryptoHex(text: string): Promise<string> {
  const bytes = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const byte of new Uint8Array(bytes)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

let sha256Hex: Sha256Hex = webCryptoHex;

/**
 * Another implementation of the same SHA-256: the command line sets Node's
 * synchronous one, which spares thousands of small files a round trip each to
 * WebCrypto's thread pool. The digest is the same (a test checks).
 */
export function setSha256(hex: Sha256Hex): void {
  sha256Hex = hex;
}

/** `sha256:<64 hex>` of the UTF-8 bytes of a text. */
export async function sha256(text: string): Promise<string> {
  return PREFIX + (await sha256Hex(text));
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
