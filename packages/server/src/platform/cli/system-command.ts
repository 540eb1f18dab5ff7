import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import type { Provider } from '../../kernel/db/paths.js';
import { auditRun } from '../jobs/scheduler.js';
import { systemContext } from '../../privacy/access/system.js';

/** The system reason a command runs under: `cli:<command>`. */
export const commandReason = (command: string) => `cli:${command}`;

/**
 * Runs a command's work as the system (`systemContext(db, provider, 'cli:<command>')`) and writes one audit row for
 * the run, whatever its outcome (ALLOWED, or FAILED with the error's code, then rethrown): the command line is
 * Fidele acting on its own, so the audit log shows it as actorType SYSTEM with its reason.
 *
 * @example await runCommand(db, provider, 'sales:reattribute', (ctx) => runReattributeCommand(ctx, options))
 */
export async function runCommand<T>(
  db: Db,
  provider: Provider,
  command: string,
  work: (ctx: Context) => Promise<T>,
): Promise<T> {
  const ctx = systemContext(db, provider, commandReason(command));
  let result: T;
  try {
    result = await work(ctx);
  } catch (e) {
    await auditRun(ctx, 'Command', command, e);
    throw e;
  }
  await auditRun(ctx, 'Command', command, null);
  return result;
}
