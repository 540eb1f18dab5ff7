import { jobSettings } from './jobs/settings.js';
import { shutdownTimeoutMs } from './observability/shutdown.js';

/**
 * The first refused setting of the environment, as one line naming the variable, or null when every setting is
 * valid: the contexts' own (`settings` of their modules) and the platform's (the job runner's). `fidele start`
 * stops on it with exit 2 before it migrates or listens.
 */
export async function settingsRefusal(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  // Loaded here: the modules build the GraphQL schema, which no other command of the start path needs yet.
  const { fideleModules } = await import('./modules.js');
  const readers = [...fideleModules.flatMap((m) => m.settings ?? []), jobsWithinShutdown];
  for (const read of readers) {
    try {
      read(env);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
  return null;
}

/**
 * The job runner's settings, and its stop within the shutdown deadline: a stop that waits longer for a job's step
 * than the process may live would be cut off by the exit, and the step resumed only after the queue's expiry.
 */
function jobsWithinShutdown(env: NodeJS.ProcessEnv): void {
  const raw = env.FIDELE_SHUTDOWN_TIMEOUT_MS;
  if (raw !== undefined && raw !== '' && !(Number.isInteger(Number(raw)) && Number(raw) >= 1000))
    throw new Error(`FIDELE_SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds, at least 1000, got "${raw}"`);
  const { stopTimeoutSeconds } = jobSettings();
  if (stopTimeoutSeconds * 1000 >= shutdownTimeoutMs())
    throw new Error(
      `FIDELE_JOBS_STOP_TIMEOUT_SECONDS (${stopTimeoutSeconds} s) must be shorter than FIDELE_SHUTDOWN_TIMEOUT_MS ` +
        `(${shutdownTimeoutMs()} ms): a job's step must end before the process does`,
    );
}
