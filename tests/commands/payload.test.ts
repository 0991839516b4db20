import { describe, expect, it } from 'vitest';
import { checkPayloads } from '../../src/commands/payload.ts';
import { commands } from '../../src/commands/registry.ts';

describe('registration payloads', () => {
  it('every registered command is valid for Discord', () => {
    expect(checkPayloads(commands.map((c) => c.data))).toEqual([]);
  });

  it('a message command may have spaces and capitals in its name', () => {
    expect(checkPayloads([{ type: 3, name: 'Check against sources' }])).toEqual([]);
  });

  it('names are unique', () => {
    const names = commands.map((c) => c.data.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([
    [{ name: 'Ask', description: 'x' }, 'lower case'],
    [{ name: 'ask', description: '' }, 'description'],
    [{ name: 'has space', description: 'x' }, 'letters'],
    [
      {
        name: 'ask',
        description: 'x',
        options: [
          { type: 3, name: 'a', description: 'x' },
          { type: 3, name: 'b', description: 'x', required: true },
        ],
      },
      'required options must come before',
    ],
    [{ type: 3, name: 'Check against sources!' }, 'letters, digits, spaces'],
    [{ type: 3, name: 'Check', description: 'x' }, 'must be empty for a context-menu command'],
    [{ type: 3, name: 'Check', options: [] }, 'a context-menu command takes no options'],
  ])('rejects %j', (payload, problem) => {
    expect(checkPayloads([payload]).join('\n')).toContain(problem);
  });
});
