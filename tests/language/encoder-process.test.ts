import { expect, it } from 'vitest';
import { loadSentenceEncoder } from '../../src/language/resources/sentence-encoder.ts';

// The WebAssembly module behind the encoder adds process handlers that rethrow every uncaught
// error from its own minified source (Node then prints a megabyte of it); loading takes them off.
it('leaves the process its own handlers of uncaught errors and rejections', async () => {
  const count = () => [
    process.listeners('uncaughtException').length,
    process.listeners('unhandledRejection').length,
  ];
  const before = count();
  await loadSentenceEncoder();
  expect(count()).toEqual(before);
}, 60_000);
