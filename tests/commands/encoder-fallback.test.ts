import { afterEach, describe, expect, it, vi } from 'vitest';

// Where the sentence encoder cannot start (no WebAssembly, a damaged weight file), the front ends
// still answer, ranking by words alone, and say why in a warning.
vi.mock('../../src/language/resources/sentence-encoder.ts', () => ({
  loadSentenceEncoder: () =>
    Promise.reject(new Error('the WebAssembly backend of TensorFlow.js did not start')),
}));

const { loadContext, prepareContext } = await import('../../src/app.ts');
const { ask } = await import('../../src/retrieval/ask.ts');

afterEach(() => vi.restoreAllMocks());

describe('without the sentence encoder', () => {
  it('the CLI context answers lexically and warns once', async () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    const { story } = await loadContext('seeds');
    expect(story.encoder).toBeUndefined();
    expect(ask(story, "what's kirby's job").results[0]?.articleId).toMatch(/^00[0-4]$/u);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /^The sentence encoder could not start \(the WebAssembly/u,
    );
  });

  it('the bot and HTTP context is prepared and answers', async () => {
    vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    const { context } = await prepareContext({ seedsDir: 'seeds' });
    expect(context.story.encoder).toBeUndefined();
    expect(
      ask(context.story, 'did north korea deny selling weapons to russia').results.length,
    ).toBeGreaterThan(0);
  });
});
