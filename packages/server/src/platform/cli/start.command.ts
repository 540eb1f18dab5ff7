import { CliError } from '../../kernel/cli-error.js';
import { type Command, intFlag, stringFlag } from '../../kernel/command.js';
import { createDb } from '../../kernel/db/client.js';
import { isProduction } from '../../kernel/production-mode.js';
import { demoUsers } from '../seed/demo-users.js';
import { databaseIsEmpty } from '../seed/seed.service.js';
import { seed } from './seed.command.js';
import { runCommand } from './system-command.js';
import { settingsRefusal } from '../settings-check.js';
import { rootLogger } from '../observability/logger.js';
import { exitGracefullyOnSignals } from '../observability/shutdown.js';
import { shareWorkerMetrics } from '../observability/cluster-metrics.js';
import { isClusterWorker, superviseWorkers, workerCount } from './cluster.js';

function printCredentials(url: string): void {
  const lines = [
    '',
    `Fidele is running.`,
    `  Admin:    ${url}/admin/`,
    `  GraphiQL: ${url}/graphql`,
    '',
    'Demo staff users (password for all: ' + (demoUsers[0]?.password ?? '') + '):',
    ...demoUsers.map((u) => `  ${u.role.padEnd(10)} ${u.email}`),
    '',
  ];
  console.log(lines.join('\n'));
}

/** `fidele start`: migrate, seed demo data if the database is empty, serve the API and the admin until a signal. */
export const startCommand: Command = {
  name: 'start',
  help: `  start                 migrate, seed demo data if the database is empty, serve the API and the admin
      --port N            port to listen on (default 4000, or PORT)
      --host H            interface to bind (default 127.0.0.1, or HOST)
      --contacts N        size of the demo data seeded into an empty database (default 5000)
      --no-seed           never seed
      (FIDELE_WORKERS=N or auto: N API processes sharing the port; PostgreSQL only)`,
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    contacts: { type: 'string' },
    'no-seed': { type: 'boolean' },
  },
  async run(input) {
    const { target } = input;
    const port = intFlag('port', stringFlag(input, 'port') ?? process.env.PORT, 4000);
    const contacts = intFlag('contacts', stringFlag(input, 'contacts') ?? process.env.FIDELE_SEED_CONTACTS, 5000, 1);
    const workers = workerCount(process.env, target.provider);
    // A cluster worker finds the database migrated and seeded by its primary.
    const worker = isClusterWorker();
    // Before anything is written: a setting refused now would otherwise fail a job days later.
    const refused = await settingsRefusal();
    if (refused) throw new CliError(`refusing to start: ${refused}`, 2);
    if (worker) shareWorkerMetrics();
    else await input.migrate();
    const db = createDb(target);
    // Production refuses the demo's unsafe defaults (exit 2) and never seeds demo data (platform/production-safety.ts).
    const safety = await import('../production-safety.js');
    const refusal = await safety.productionRefusal(db);
    if (refusal) throw new CliError(refusal, 2);
    const production = isProduction();
    if (!worker && !production && input.values['no-seed'] !== true && (await databaseIsEmpty(db))) {
      console.error(
        `empty database: seeding ${contacts} demo contacts (use --contacts N to change, --no-seed to skip)`,
      );
      await runCommand(db, target.provider, 'seed', () => seed(db, contacts, 1));
    }
    if (workers > 1 && !worker) {
      await db.$disconnect();
      const url = await superviseWorkers(workers, rootLogger());
      if (production) console.log(`Fidele is running in production mode at ${url} (${workers} workers)`);
      else printCredentials(url);
      return;
    }
    // Loaded here: building the GraphQL schema is the slow part of the start, and other commands never need it.
    const { startServer } = await import('../http/start-server.js');
    const server = await startServer({
      db,
      provider: target.provider,
      port,
      host: stringFlag(input, 'host') ?? process.env.HOST,
      jobs: true,
    });
    // Before saying it runs: a signal sent as soon as it does must find the handler (observability/shutdown.ts).
    // Drain, then close the pools; exit 1 past FIDELE_SHUTDOWN_TIMEOUT_MS.
    exitGracefullyOnSignals(
      async () => {
        await server.shutdown();
        await db.$disconnect();
      },
      { log: rootLogger() },
    );
    if (worker) return;
    if (production) console.log(`Fidele is running in production mode at ${server.url}`);
    else printCredentials(server.url);
  },
};
