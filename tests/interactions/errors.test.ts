import { describe, expect, it } from 'vitest';
import { safeError, scrub } from '../../src/interactions/errors.ts';

describe('safeError', () => {
  it('drops interaction tokens from webhook and callback paths', () => {
    expect(scrub('PATCH /api/v10/webhooks/123/aW50ZXJhY3Rpb24.tok-en_1/messages/@original failed')).toBe(
      'PATCH /api/v10/webhooks/123/[redacted]/messages/@original failed',
    );
    expect(scrub('POST /interactions/456/secret/callback?with_response=false')).toBe(
      'POST /interactions/456/[redacted]/callback?with_response=false',
    );
  });

  it('keeps the kind, message, status and the route without its token, and nothing else', () => {
    const error = Object.assign(new Error('Unknown Webhook'), {
      status: 404,
      code: 10015,
      url: 'https://discord.com/api/v10/webhooks/1/secret',
      requestBody: { json: { token: 'secret' } },
    });
    expect(safeError(error)).toEqual({
      type: 'Error',
      message: 'Unknown Webhook',
      status: 404,
      code: 10015,
      url: 'https://discord.com/api/v10/webhooks/1/[redacted]',
    });
    const withPassword = Object.assign(new Error('x'), {
      url: 'https://user:pw@proxy.test/interactions/2/tok/callback',
    });
    expect(safeError(withPassword).url).toBe(
      'https://[redacted]@proxy.test/interactions/2/[redacted]/callback',
    );
    expect(safeError('plain')).toEqual({ type: 'string', message: 'plain' });
  });
});
