import type { ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error.js';
import type { Context } from './context.js';
import type { Db } from './db/client.js';
import type { DatabaseTarget } from './db/database-url.js';

/**
 * A command of the `fidele` command line. Each context lists its own in its entry file (`commands` of FideleModule);
 * the platform adds its own (start, migrate, seed, jobs:run, help: platform/cli/) and dispatches (platform/cli.ts).
 * Usage errors are CliError(…, 2), failures CliError(…, 1) or any other error.
 */
export interface Command {
  name: string;
  /** Its lines in `fidele help`: the usage line, then one indented line per flag. */
  help: string;
  /** Its flags, for node:util parseArgs (`--help` is added to every command). */
  options?: CommandOptions;
  run(input: CommandInput): Promise<void>;
}

export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** What the dispatcher gives a command: its arguments, and the platform services a context may not import. */
export interface CommandInput {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  /** The database of DATABASE_URL. */
  target: DatabaseTarget;
  /** Applies the pending migrations, saying what it did on stderr. */
  migrate(): Promise<void>;
  /** Runs `work` with a client of the database, disconnected after. */
  withDb<T>(work: (db: Db) => Promise<T>): Promise<T>;
  /** Runs `work` as the system principal `cli:<command>`, with one audit row for the run. */
  asSystem<T>(db: Db, work: (ctx: Context) => Promise<T>): Promise<T>;
  /**
   * The context of a command acting on data: the `--as` staff user's (its rights, audited under its name), or the
   * system `cli:<command>` (every row; consent only for `purpose`). An unknown user or purpose is a usage error.
   */
  actingContext(db: Db, as: { email?: string; purpose?: string | null }): Promise<Context>;
}

/** A string flag's value (undefined when not given). */
export const stringFlag = (input: Pick<CommandInput, 'values'>, name: string): string | undefined => {
  const v = input.values[name];
  return typeof v === 'string' ? v : undefined;
};

/** An integer flag of at least `min` (usage error otherwise). */
export const intFlag = (name: string, value: string | undefined, fallback: number, min = 0): number => {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min)
    throw new CliError(`--${name} must be an integer >= ${min}, got "${value}"`, 2);
  return Number(value);
};

/** A date flag, YYYY-MM-DD, as midnight UTC (usage error otherwise). */
export const dateFlag = (name: string, value: string | undefined): Date | undefined => {
  if (value === undefined) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()))
    throw new CliError(`--${name} must be a date YYYY-MM-DD, got "${value}"`, 2);
  return date;
};
