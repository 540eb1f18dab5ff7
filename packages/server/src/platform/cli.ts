/**
 * The `fidele` command line: a dispatcher over the command registry (platform/cli/registry.ts; each context lists
 * its commands in its entry file). Usage errors exit with 2, failures with 1, each with a one-line message on stderr.
 */
import { parseArgs } from 'node:util';
import { CliError } from '../kernel/cli-error.js';
import type { Command, CommandInput } from '../kernel/command.js';
import { parseDatabaseUrl, type DatabaseTarget } from '../kernel/db/database-url.js';
import { commandInput } from './cli/command-input.js';
import { findCommand, helpCommand, usage } from './cli/registry.js';

/** The command's flags and positionals; an unknown command's are read loosely (only --help matters then). */
async function parse(
  args: string[],
  command: Command | undefined,
): Promise<Pick<CommandInput, 'values' | 'positionals'>> {
  const help = { type: 'boolean', short: 'h' } as const;
  try {
    return command
      ? parseArgs({ args, allowPositionals: true, options: { ...command.options, help } })
      : parseArgs({ args, allowPositionals: true, strict: false, options: { help } });
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n\n${usage()}`, 2);
  }
}

function databaseTarget(): DatabaseTarget {
  try {
    return parseDatabaseUrl();
  } catch (e) {
    throw new CliError((e as Error).message, 2);
  }
}

export async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  const command = name ? findCommand(name) : undefined;
  const parsed = await parse(rest, command);
  // Help needs no database: answered before DATABASE_URL is read.
  if (!name || command === helpCommand || parsed.values.help) {
    console.log(usage());
    return;
  }
  const target = databaseTarget();
  if (!command) throw new CliError(`unknown command "${name}"\n\n${usage()}`, 2);
  await command.run(commandInput(command.name, parsed, target));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    if (error instanceof CliError) {
      console.error(`fidele: ${error.message}`);
      process.exit(error.exitCode);
    }
    console.error(`fidele: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG) console.error(error);
    process.exit(1);
  });
}
