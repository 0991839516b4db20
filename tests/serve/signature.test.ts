import { describe, expect, it } from 'vitest';
import { checkSignature, publicKeyFromHex } from '../../src/serve/signature.ts';
import { InteractionSigner } from '../e2e/standin/signing.ts';

const signer = new InteractionSigner();
const key = publicKeyFromHex(signer.publicKeyHex);
const body = '{"type":1}';
const at = Date.UTC(2024, 0, 1, 12);
const signed = signer.headers(body, at);

describe('checkSignature (Ed25519 over timestamp + raw body)', () => {
  it('accepts what Discord signed with the application key', () => {
    expect(checkSignature(key, signed, Buffer.from(body), at)).toBe('ok');
  });

  it('refuses another body, another timestamp, another key, or a malformed signature', () => {
    expect(checkSignature(key, signed, Buffer.from('{"type":2}'), at)).toBe('bad signature');
    const later = { ...signed, 'x-signature-timestamp': String(at / 1000 + 1) };
    expect(checkSignature(key, later, Buffer.from(body), at)).toBe('bad signature');
    const other = publicKeyFromHex(new InteractionSigner().publicKeyHex);
    expect(checkSignature(other, signed, Buffer.from(body), at)).toBe('bad signature');
    const short = { ...signed, 'x-signature-ed25519': 'abcd' };
    expect(checkSignature(key, short, Buffer.from(body), at)).toBe('bad signature');
  });

  it('refuses a request without both headers', () => {
    const { 'x-signature-ed25519': _signature, ...noSignature } = signed;
    const { 'x-signature-timestamp': _timestamp, ...noTimestamp } = signed;
    expect(checkSignature(key, noSignature, Buffer.from(body), at)).toBe('missing signature');
    expect(checkSignature(key, noTimestamp, Buffer.from(body), at)).toBe('missing signature');
  });

  it('refuses a timestamp more than 5 minutes away from now, either way', () => {
    expect(checkSignature(key, signed, Buffer.from(body), at + 300_000)).toBe('ok');
    expect(checkSignature(key, signed, Buffer.from(body), at + 301_000)).toBe('stale timestamp');
    expect(checkSignature(key, signed, Buffer.from(body), at - 301_000)).toBe('stale timestamp');
  });

  it('builds the key from the 64 hex characters of the Developer Portal only', () => {
    expect(() => publicKeyFromHex('abcd')).toThrow(/32 bytes/u);
    expect(key.asymmetricKeyType).toBe('ed25519');
  });
});
