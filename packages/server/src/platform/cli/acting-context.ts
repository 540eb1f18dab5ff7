import { CliError } from '../../kernel/cli-error.js';
import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import type { Provider } from '../../kernel/db/paths.js';
import { systemContext } from '../../privacy/access/system.js';
import { staffContext } from '../../privacy/access/staff-context.js';
import { resolvePurpose } from '../../privacy/consent/purpose.service.js';
import { commandReason } from './system-command.js';

/**
 * The context a command acting on data runs in (import, export, duplicates). With `--as <staff e-mail>`, that user,
 * with its rights (row rule, field rules, purposes), audited under its name. Without it, the system itself
 * (`systemContext(db, provider, 'cli:<command>')`): every row, and consent only when a purpose is given (an export
 * always gives one), audited as SYSTEM with the reason `cli:<command>`.
 */
export async function actingContext(
  db: Db,
  provider: Provider,
  command: string,
  email: string | undefined,
  purposeCode: string | null,
): Promise<Context> {
  try {
    if (email) return await staffContext(db, provider, email, purposeCode);
    const system = systemContext(db, provider, commandReason(command));
    // A purpose, when given, confines the system's personal reads to contacts whose consent covers it.
    return purposeCode
      ? systemContext(db, provider, commandReason(command), {
          now: system.now,
          purpose: await systemPurpose(db, purposeCode),
        })
      : system;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError((e as Error).message, 2);
  }
}

/** A purpose by code for the system: no role limits it, the work it does names it (unknown: a usage error). */
async function systemPurpose(db: Db, code: string) {
  const purpose = await resolvePurpose(db, null, code).catch(() => null);
  if (!purpose) throw new CliError(`unknown purpose "${code}"`, 2);
  return purpose;
}
