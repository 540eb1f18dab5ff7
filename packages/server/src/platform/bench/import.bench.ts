/**
 * Contact import benchmark: a generated CSV of 100k contacts (and 1M with FIDELE_BENCH_LARGE=1) imported as a
 * system import would be (normalisation of names, e-mails, phones, postal codes and cities, upsert on the e-mail),
 * on SQLite and on PostgreSQL when it answers (FIDELE_BENCH_PG_URL). Prints rows per second against the goal of
 * issue 17 (20,000 rows/s on PostgreSQL) and the peak resident set: memory is flat when its growth does not follow
 * the number of rows. Asserts nothing.
 */
import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDb } from '../../kernel/db/client.js';
import { applyMigrations } from '../../kernel/db/migrate.js';
import type { Provider } from '../../kernel/db/paths.js';
import { systemContext } from '../../privacy/access/system.js';
import { runImport } from '../../integration/imports/import.service.js';
import { scratchDatabase } from './scratch-database.js';

const GOAL_ROWS_PER_SECOND = 20_000;
const firstNames = ['jean', 'MARIE', 'Hélène', 'françois', 'Zoé', 'Jérôme', 'anaïs', 'NOËL', 'Cécile', 'Louis'];
const lastNames = ['DUPONT', 'martin', 'Lefèvre', 'de la fontaine', 'Müller', 'GARÇON', 'Besnard', 'roché'];
const places = [
  ['75003', 'paris'],
  ['69001', 'LYON'],
  ['13001', 'Marseille'],
  ['42000', 'saint-étienne'],
  ['1000', 'Bourg-en-Bresse'],
];

/** Writes a CSV of n contacts (dirty as files are: case, spaces, phone formats, a lost leading zero). */
async function writeCsv(file: string, n: number): Promise<number> {
  const out = createWriteStream(file);
  out.write('Nom;Prénom;E-mail;Mobile;Code postal;Ville;Marque;Zone\r\n');
  for (let i = 0; i < n; i++) {
    const [cp, city] = places[i % places.length]!;
    const mobile = `06 ${String(i % 100).padStart(2, '0')} ${String(Math.floor(i / 100) % 100).padStart(2, '0')} ${String(Math.floor(i / 10_000) % 100).padStart(2, '0')} 00`;
    const row = `${lastNames[i % lastNames.length]};${firstNames[i % firstNames.length]}; Contact.${i}@Exemple.FR ;${mobile};${cp};${city};B;Z\r\n`;
    if (!out.write(row)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return statSync(file).size;
}

const mb = (b: number) => (b / 1024 / 1024).toFixed(0);

export async function benchImport(): Promise<void> {
  const sizes =
    process.env.FIDELE_BENCH_IMPORT_SIZES?.split(',').map(Number) ??
    (process.env.FIDELE_BENCH_LARGE === '1' ? [100_000, 1_000_000] : [100_000]);
  console.log('\n## Contact import (CSV, normalisation on, upsert on the e-mail)');
  console.log(
    '| database | rows | seconds | rows/s | created | rejected | peak RSS (MB) | RSS growth (MB) | goal (PostgreSQL) |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  const providers = (process.env.FIDELE_BENCH_IMPORT_DATABASES?.split(',') ?? ['sqlite', 'postgresql']) as Provider[];
  for (const provider of providers) {
    for (const n of sizes) {
      const s = await scratchDatabase(provider, `import_${n}`);
      if (!s) {
        console.log(`| ${provider} | ${n} | - | - | - | - | - | - | PostgreSQL not reachable |`);
        break;
      }
      const file = path.join(tmpdir(), `fidele_bench_import_${process.pid}_${n}.csv`);
      try {
        const bytes = await writeCsv(file, n);
        await applyMigrations(s.target);
        const db = createDb(s.target);
        try {
          await db.brand.create({ data: { code: 'B', name: 'B' } });
          await db.zone.create({ data: { code: 'Z', name: 'Z' } });
          global.gc?.();
          const base = process.memoryUsage().rss;
          let peak = base;
          const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
          const t0 = performance.now();
          const summary = await runImport(systemContext(db, provider, 'bench:import'), {
            entity: 'contacts',
            format: 'CSV',
            fileName: path.basename(file),
            source: createReadStream(file),
            totalBytes: bytes,
            mapping: {
              Nom: 'lastName',
              Prénom: 'firstName',
              'E-mail': 'email',
              Mobile: 'mobile',
              'Code postal': 'postalCode',
              Ville: 'city',
              Marque: 'brand',
              Zone: 'zone',
            },
            key: 'email',
            // The generated names repeat every 40 rows: distinct people (by e-mail), confirmed as such. The check
            // at entry still runs on every row (exact e-mails stop a row), so its cost is in the figures.
            duplicates: { confirm: true },
            limits: { maxFileBytes: 4 * bytes },
          });
          const secs = (performance.now() - t0) / 1000;
          clearInterval(sample);
          peak = Math.max(peak, process.memoryUsage().rss);
          const rate = n / secs;
          const goal =
            provider !== 'postgresql'
              ? '-'
              : rate >= GOAL_ROWS_PER_SECOND
                ? 'met'
                : `not met (${(GOAL_ROWS_PER_SECOND / rate).toFixed(1)}x too slow)`;
          console.log(
            `| ${provider} | ${n} | ${secs.toFixed(1)} | ${rate.toFixed(0)} | ${summary.created} | ${summary.rejected} | ${mb(peak)} | ${mb(peak - base)} | ${goal} |`,
          );
        } finally {
          await db.$disconnect();
        }
      } finally {
        rmSync(file, { force: true });
        await s.drop();
      }
    }
  }
  console.log(`\ngoal: at least ${GOAL_ROWS_PER_SECOND} rows/s on PostgreSQL with normalisation, memory flat (RSS`);
  console.log('growth about the same at 100k and 1M rows). Each row: names cased, e-mail and phone normalised, postal');
  console.log('code and city checked against the list of communes, looked up by its e-mail, then created.');
}

if (import.meta.url === `file://${process.argv[1]}`) await benchImport();
