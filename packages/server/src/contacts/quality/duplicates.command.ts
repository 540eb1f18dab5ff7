import { type Command, stringFlag } from '../../kernel/command.js';
import type { Context } from '../../kernel/context.js';

/** `fidele duplicates`: likely duplicate pairs among the contacts the `--as` user (or the system) may compare. */

async function runDuplicatesCommand(ctx: Context, o: { minScore?: string; first?: string }): Promise<void> {
  // Loaded when the command runs: the registry of every command (platform/cli/registry.ts) stays light.
  const { findDuplicates } = await import('./duplicates.service.js');
  const pairsFound = await findDuplicates(ctx, { minScore: o.minScore ? Number(o.minScore) : 0.5 });
  for (const p of pairsFound.slice(0, Number(o.first ?? 50))) {
    console.log(
      `${p.a}\t${p.b}\t${p.score.toFixed(3)}\t${p.matches.map((m) => `${m.field}:${m.method}:${m.similarity}`).join(' ')}`,
    );
  }
  console.error(`${pairsFound.length} candidate pairs`);
}

export const duplicatesCommand: Command = {
  name: 'duplicates',
  help: `  duplicates            list likely duplicate pairs (ids, score, matched fields) --as EMAIL [--min-score S]`,
  options: { as: { type: 'string' }, 'min-score': { type: 'string' } },
  async run(input) {
    await input.migrate();
    await input.withDb(async (db) => {
      const ctx = await input.actingContext(db, { email: stringFlag(input, 'as') });
      await runDuplicatesCommand(ctx, { minScore: stringFlag(input, 'min-score') });
    });
  },
};
