import { describe, expect, it } from 'vitest';
import { fideleModules } from '../modules.js';
import { commands, contextCommands } from '../cli/registry.js';

describe('fidele command registry', () => {
  it('holds the commands each context lists in its entry file, in the order of the contexts', () => {
    // The registry imports them from their own files (quick); the entry files are where a context declares them.
    expect(contextCommands).toEqual(fideleModules.flatMap((m) => m.commands ?? []));
  });

  it('names every command once', () => {
    const names = commands.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
