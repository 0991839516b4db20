import pino, { type Logger } from 'pino';

/** Structured logs on stdout; anything that could hold the token is redacted by path as well. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'storydesk' },
    redact: {
      paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'DISCORD_TOKEN'],
      censor: '[redacted]',
    },
  });
}
