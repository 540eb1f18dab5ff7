/**
 * A Fidele instance for the tests of durable jobs (platform/tests/jobs-durable.test.ts): the real server with its
 * jobs on, on DATABASE_URL, configured by the FIDELE_JOBS_* settings of its environment. Prints `listening <url>`
 * once it answers; stops on SIGTERM (gracefully) or dies on SIGKILL, as the test decides.
 */
import { createDb } from '../kernel/db/client.js';
import { parseDatabaseUrl } from '../kernel/db/database-url.js';
import { startServer } from '../platform/http/start-server.js';

const target = parseDatabaseUrl();
const db = createDb(target);
const server = await startServer({ db, provider: target.provider, port: 0, jobs: true, production: false });
console.log(`listening ${server.url}`);
process.once('SIGTERM', () => {
  void server
    .close()
    .then(() => db.$disconnect())
    .finally(() => process.exit(0));
});
