import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

/**
 * The application's Ed25519 key pair as Discord holds it: Discord signs every HTTP interaction with
 * the private key; the Developer Portal shows the public key (hex) that the endpoint verifies with.
 */
export class InteractionSigner {
  readonly publicKeyHex: string;
  private readonly privateKey: KeyObject;

  constructor() {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    this.privateKey = privateKey;
    // The JWK form carries the raw 32-byte key as base64url.
    const x = publicKey.export({ format: 'jwk' }).x ?? '';
    this.publicKeyHex = Buffer.from(x, 'base64url').toString('hex');
  }

  /** X-Signature-Ed25519 and X-Signature-Timestamp for `body`, signed at `at` (ms, default now). */
  headers(body: string, at = Date.now()): Record<string, string> {
    const timestamp = String(Math.floor(at / 1000));
    const signature = sign(null, Buffer.from(timestamp + body), this.privateKey).toString('hex');
    return {
      'content-type': 'application/json',
      'x-signature-ed25519': signature,
      'x-signature-timestamp': timestamp,
    };
  }
}
