import { describe, expect, it } from 'vitest';
import { withoutCredentials } from '../src/bot/secrets.ts';

describe('withoutCredentials', () => {
  it('drops a user name and password from a URL before it is logged', () => {
    expect(withoutCredentials('https://bot:s3cret@proxy.example.com/api')).toBe(
      'https://proxy.example.com/api',
    );
    expect(withoutCredentials('https://discord.com/api')).toBe('https://discord.com/api');
  });
});
