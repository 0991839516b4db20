import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

// An Ed25519 public key in DER (SubjectPublicKeyInfo): this fixed header, then the raw 32 bytes.
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
/** Discord signs each request when it sends it; older ones may be replays. */
export const MAX_SIGNATURE_AGE_S = 5 * 60;

/** The key from the Developer Portal's "Public Key" (64 hex characters). */
export function publicKeyFromHex(hex: string): KeyObject {
  const raw = Buffer.from(hex, 'hex');
  if (raw.length !== 32) throw new Error('an Ed25519 public key is 32 bytes (64 hex characters)');
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, raw]), format: 'der', type: 'spki' });
}

export type SignatureCheck = 'ok' | 'missing signature' | 'bad signature' | 'stale timestamp';

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/**
 * Checks X-Signature-Ed25519 over X-Signature-Timestamp + the raw body, and that the timestamp is
 * within 5 minutes of now (either way). Anything but 'ok' is answered 401.
 */
export function checkSignature(
  key: KeyObject,
  headers: IncomingHttpHeaders,
  body: Buffer,
  nowMs = Date.now(),
): SignatureCheck {
  const signature = header(headers, 'x-signature-ed25519');
  const timestamp = header(headers, 'x-signature-timestamp');
  if (!signature || !timestamp) return 'missing signature';
  if (!/^[0-9a-fA-F]{128}$/u.test(signature) || !/^\d{1,12}$/u.test(timestamp)) return 'bad signature';
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_SIGNATURE_AGE_S) return 'stale timestamp';
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  return verify(null, signed, key, Buffer.from(signature, 'hex')) ? 'ok' : 'bad signature';
}
