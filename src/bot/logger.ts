import pino, { type DestinationStream, type Logger } from 'pino';
import { REDACTED, scrubSecrets, serializeError } from './secrets.ts';

/**
 * Structured logs on stdout, with no secret in any line: fields that hold one are removed by
 * path, errors are logged without their request bodies, and every finished line is scrubbed of
 * anything shaped like a token or a password (and of the bot token itself, passed in `secrets`).
 * What users type is logged only at debug level.
 */
export function createLogger(
  level: string,
  secrets: readonly string[] = [],
  destination?: DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { app: 'storydesk' },
    redact: {
      paths: [
        'token',
        '*.token',
        'authorization',
        'headers.authorization',
        '*.headers.authorization',
        'password',
        '*.password',
        'DISCORD_TOKEN',
        'requestBody',
        '*.requestBody',
      ],
      censor: REDACTED,
    },
    serializers: { err: (error: unknown) => serializeError(error) },
    hooks: { streamWrite: (line) => scrubSecrets(line, secrets) },
  };
  return destination ? pino(options, destination) : pino(options);
}
