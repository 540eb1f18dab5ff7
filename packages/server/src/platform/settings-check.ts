import { jobSettings } from './jobs/settings.js';

/**
 * The first refused setting of the environment, as one line naming the variable, or null when every setting is
 * valid: the contexts' own (`settings` of their modules) and the platform's (the job runner's). `fidele start`
 * stops on it with exit 2 before it migrates or listens.
 */
export async function settingsRefusal(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  // Loaded here: the modules build the GraphQL schema, which no other command of the start path needs yet.
  const { fideleModules } = await import('./modules.js');
  const readers = [...fideleModules.flatMap((m) => m.settings ?? []), () => jobSettings()];
  for (const read of readers) {
    try {
      read(env);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
  return null;
}
