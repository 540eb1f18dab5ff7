/**
 * Child process of the api-http bench: the real Fidele server (platform/http/start-server.ts, audit on, the same
 * plugins as production) on DATABASE_URL, without the scheduled jobs, whose background work would be counted
 * in the CPU of the requests. Prints `listening <url>` once it answers.
 */
import { createDb } from '../../../kernel/db/client.js';
import { parseDatabaseUrl } from '../../../kernel/db/database-url.js';
import { startServer } from '../../http/start-server.js';

const target = parseDatabaseUrl();
const db = createDb(target);
const server = await startServer({ db, provider: target.provider, port: 0, jobs: false, production: false });
console.log(`listening ${server.url}`);
const stop = async () => {
  await server.close().catch(() => {});
  await db.$disconnect().catch(() => {});
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
