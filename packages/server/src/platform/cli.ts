/**
 * The `fidele` command line: start, migrate, seed. Usage errors exit with 2, failures with 1, each with a
 * one-line message on stderr.
 */
import { parseArgs } from 'node:util';
import { CliError } from '../kernel/cli-error.js';
import { progressReporter } from '../kernel/progress.js';
import { runCommand } from './cli/system-command.js';
import { createDb, type Db } from '../kernel/db/client.js';
import { parseDatabaseUrl, type DatabaseTarget } from '../kernel/db/database-url.js';
import { isProduction } from '../kernel/production-mode.js';
import { applyMigrations, createMigration, pendingMigrations } from '../kernel/db/migrate.js';
import { providers } from '../kernel/db/paths.js';
import { databaseIsEmpty, seedDatabase } from './seed/seed.service.js';
import { demoUsers } from './seed/demo-users.js';

const usage = `Usage: fidele <command> [options]

Commands:
  start                 migrate, seed demo data if the database is empty, serve the API and the admin
      --port N            port to listen on (default 4000, or PORT)
      --host H            interface to bind (default 127.0.0.1, or HOST)
      --contacts N        size of the demo data seeded into an empty database (default 5000)
      --no-seed           never seed
  migrate               apply pending migrations
  migrate:status        list migrations not applied yet (exit 1 if any)
  migrate:create NAME   write the next migration for both databases from the schema (needs PostgreSQL:
                        SHADOW_DATABASE_URL or DATABASE_URL)
  seed                  seed demo data into an empty database
      --contacts N        number of contacts (default 5000)
      --seed N            random seed (default 1): the same seed, size and date give the same data
      --as-of YYYY-MM-DD  the day the demo data ends (default today): three years of sales before it
  analytics:refresh     compute the RFM / FRAT score snapshots (every brand, then all brands together)
      --as-of YYYY-MM-DD  the day scored (default today): sales dated that day or before count
      --brand CODE        only this brand's snapshot
  import ENTITY FILE    import contacts, products, sales or responses from CSV or XLSX (as --as, audited)
      --map C=F,...       file column C fills field F (default: columns named like fields)
      --key FIELD         upsert key: email or externalRef (contacts), code (products), externalRef (sales)
      --default F=V,...   values for new records the file does not give (e.g. brand=MAISON,zone=IDF)
      --dry-run           check and count, write nothing but the job and its errors
      --as EMAIL          the staff user whose rights apply (required)
  export contacts       export contacts to CSV or XLSX: row and field rules of --as, consent for --purpose
      --format csv|xlsx   (default: from --out, else csv)
      --purpose CODE      declared purpose (required): contacts without consent for it are left out
      --as EMAIL          the staff user whose rights apply (required)
      --out FILE          (default: standard output)
      --filter JSON       the contacts filter, e.g. '{"kind":["CLIENT"],"postalCodePrefix":"75"}'
      --segment ID        a saved segment's criteria
      --columns A,B       (default: every column the role may read)
  sales:reattribute     apply the attribution rule again to the sales of a period (campaigns/triggers/TRIGGERS.md)
      --from YYYY-MM-DD   first day (included)
      --to YYYY-MM-DD     last day (excluded)
      --brand CODE        only this brand's sales
  jobs:run [NAME ...]   run the scheduled jobs once (all, or the named ones), e.g. after a nightly import
  duplicates            list likely duplicate pairs (ids, score, matched fields) --as EMAIL [--min-score S]

Environment:
  DATABASE_URL          file:<path> for SQLite (default file:./data/fidele.db) or postgresql://...
`;

const intFlag = (name: string, value: string | undefined, fallback: number, min = 0): number => {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min)
    throw new CliError(`--${name} must be an integer >= ${min}, got "${value}"`, 2);
  return Number(value);
};

const dateFlag = (name: string, value: string | undefined): Date | undefined => {
  if (value === undefined) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()))
    throw new CliError(`--${name} must be a date YYYY-MM-DD, got "${value}"`, 2);
  return date;
};

async function migrate(target: DatabaseTarget): Promise<void> {
  const applied = await applyMigrations(target);
  console.error(applied.length ? `migrations applied: ${applied.join(', ')}` : 'database schema up to date');
}

async function seed(db: Db, contacts: number, seedValue: number, asOf?: Date): Promise<void> {
  if (!(await databaseIsEmpty(db)))
    throw new CliError('the database already holds contacts: seed only fills an empty database');
  const progress = progressReporter();
  const t0 = Date.now();
  const summary = await seedDatabase(db, { contacts, seed: seedValue, asOf, onProgress: (p) => progress.update(p) });
  const s = ((Date.now() - t0) / 1000).toFixed(1);
  console.error(
    `seeded in ${s}s: ${Object.entries(summary)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}`,
  );
}

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

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          port: { type: 'string' },
          host: { type: 'string' },
          contacts: { type: 'string' },
          seed: { type: 'string' },
          'no-seed': { type: 'boolean' },
          'as-of': { type: 'string' },
          brand: { type: 'string' },
          map: { type: 'string' },
          key: { type: 'string' },
          default: { type: 'string' },
          'dry-run': { type: 'boolean' },
          as: { type: 'string' },
          format: { type: 'string' },
          purpose: { type: 'string' },
          out: { type: 'string' },
          filter: { type: 'string' },
          segment: { type: 'string' },
          columns: { type: 'string' },
          'min-score': { type: 'string' },
          from: { type: 'string' },
          to: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (e) {
      throw new CliError(`${(e as Error).message}\n\n${usage}`, 2);
    }
  })();
  if (!command || command === 'help' || values.help) {
    console.log(usage);
    return;
  }
  let target: DatabaseTarget;
  try {
    target = parseDatabaseUrl();
  } catch (e) {
    throw new CliError((e as Error).message, 2);
  }

  switch (command) {
    case 'migrate':
      return migrate(target);
    case 'migrate:status': {
      const pending = await pendingMigrations(target);
      console.log(pending.length ? `pending: ${pending.join(', ')}` : 'up to date');
      if (pending.length) process.exitCode = 1;
      return;
    }
    case 'migrate:create': {
      const name = positionals[0];
      if (!name) throw new CliError('migrate:create needs a NAME, e.g. fidele migrate:create add_segments', 2);
      const written = await createMigration(name, providers);
      console.log(written.length ? written.join('\n') : 'no change: the migrations already match the schema');
      return;
    }
    case 'seed': {
      const contacts = intFlag('contacts', values.contacts, 5000, 1);
      const seedValue = intFlag('seed', values.seed, 1);
      const asOf = dateFlag('as-of', values['as-of']);
      await migrate(target);
      const db = createDb(target);
      try {
        await runCommand(db, target.provider, command, () => seed(db, contacts, seedValue, asOf));
      } finally {
        await db.$disconnect();
      }
      return;
    }
    case 'analytics:refresh': {
      const asOf = dateFlag('as-of', values['as-of']);
      await migrate(target);
      const { runAnalyticsRefresh } = await import('../analytics/analytics.command.js');
      const db = createDb(target);
      try {
        await runCommand(db, target.provider, command, () =>
          runAnalyticsRefresh(db, target.provider, { asOf, brandCode: values.brand }),
        );
      } finally {
        await db.$disconnect();
      }
      return;
    }
    case 'import':
    case 'export':
    case 'duplicates': {
      await migrate(target);
      const q = await import('../integration/quality.command.js');
      const db = createDb(target);
      try {
        if (command === 'import') {
          await q.runImportCommand(db, target.provider, {
            entity: positionals[0],
            file: positionals[1],
            map: values.map,
            key: values.key,
            defaults: values.default,
            format: values.format,
            dryRun: values['dry-run'],
            as: values.as,
          });
        } else if (command === 'export') {
          await q.runExportCommand(db, target.provider, {
            entity: positionals[0],
            format: values.format,
            purpose: values.purpose,
            as: values.as,
            out: values.out,
            filter: values.filter,
            segment: values.segment,
            columns: values.columns,
          });
        } else await q.runDuplicatesCommand(db, target.provider, { as: values.as, minScore: values['min-score'] });
      } finally {
        await db.$disconnect();
      }
      return;
    }
    case 'start': {
      const port = intFlag('port', values.port ?? process.env.PORT, 4000);
      const contacts = intFlag('contacts', values.contacts ?? process.env.FIDELE_SEED_CONTACTS, 5000, 1);
      await migrate(target);
      const db = createDb(target);
      // Production refuses the demo's unsafe defaults (exit 2) and never seeds demo data (platform/production-safety.ts).
      const safety = await import('./production-safety.js');
      const refusal = await safety.productionRefusal(db);
      if (refusal) throw new CliError(refusal, 2);
      const production = isProduction();
      if (!production && !values['no-seed'] && (await databaseIsEmpty(db))) {
        console.error(
          `empty database: seeding ${contacts} demo contacts (use --contacts N to change, --no-seed to skip)`,
        );
        await runCommand(db, target.provider, 'seed', () => seed(db, contacts, 1));
      }
      // Loaded here: building the GraphQL schema is the slow part of the start, and other commands never need it.
      const { startServer } = await import('./http/start-server.js');
      const server = await startServer({
        db,
        provider: target.provider,
        port,
        host: values.host ?? process.env.HOST,
        jobs: true,
      });
      if (production) console.log(`Fidele is running in production mode at ${server.url}`);
      else printCredentials(server.url);
      const stop = async () => {
        await server.close();
        await db.$disconnect();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return;
    }
    case 'sales:reattribute': {
      const [from, to] = [dateFlag('from', values.from), dateFlag('to', values.to)];
      await migrate(target);
      const { runReattributeCommand } = await import('../campaigns/attribution/attribution.command.js');
      const db = createDb(target);
      try {
        await runCommand(db, target.provider, command, (ctx) =>
          runReattributeCommand(ctx, { from, to, brandCode: values.brand }),
        );
      } finally {
        await db.$disconnect();
      }
      return;
    }
    case 'jobs:run': {
      const [{ jobs }, { runJob }] = await Promise.all([import('./jobs/registry.js'), import('./jobs/scheduler.js')]);
      const unknown = positionals.filter((n) => !jobs.some((j) => j.name === n));
      if (unknown.length)
        throw new CliError(
          `unknown job ${unknown.join(', ')}: jobs are ${jobs.map((j) => j.name).join(', ') || 'none'}`,
          2,
        );
      const db = createDb(target);
      try {
        for (const job of jobs.filter((j) => !positionals.length || positionals.includes(j.name))) {
          const t0 = Date.now();
          // Each job under its own system context (`job:<name>`), audited like a scheduled run.
          await runJob(job, db, target.provider, new Date());
          console.error(`${job.name}: done in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
        }
      } finally {
        await db.$disconnect();
      }
      return;
    }
    default:
      throw new CliError(`unknown command "${command}"\n\n${usage}`, 2);
  }
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
