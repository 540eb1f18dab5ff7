/**
 * Child process of the api-http bench: PostGraphile 5 (preset amber, grafserv on node:http) over the tables of
 * DATABASE_URL, with no access rules, as the reference of a GraphQL server generated from the database. A bench-only
 * development dependency (BENCH.md says why). Prints `listening <url>` once it answers.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// PostGraphile 5.1 declares Node 22+ and calls Promise.withResolvers (Node 22), the one part of Node 22 it needs
// here; Fidele supports Node 20.19 too, so the bench adds it on Node 20 (the standard shape, as in Node 22).
const promiseStatics = Promise as unknown as { withResolvers?: () => unknown };
promiseStatics.withResolvers ??= () => {
  let resolve!: (value: unknown) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new Promise((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};
// Loaded after the line above: its modules call it when they run.
const { postgraphile } = await import('postgraphile');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');

const connectionString = process.env.DATABASE_URL;
if (!connectionString?.startsWith('postgres')) throw new Error('postgraphile-server needs a PostgreSQL DATABASE_URL');

const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  // Amber lets a list be ordered or filtered only by indexed columns; the bench orders targets by targetedAt (as
  // Fidele does), which no index covers. Turning the restriction off adds arguments, not work.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ connectionString, schemas: ['public'] })],
  // Production-like: no GraphiQL, no explain, no watch mode.
  grafserv: { graphiql: false, watch: false },
  grafast: { explain: false },
});
const serv = pgl.createServ(grafserv);
const server = createServer();
await serv.addTo(server);
// Built before listening, so the first measured request does not pay for the introspection.
await pgl.getSchema();
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
console.log(`listening http://127.0.0.1:${(server.address() as AddressInfo).port}`);
const stop = async () => {
  server.closeAllConnections();
  server.close();
  await pgl.release();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
