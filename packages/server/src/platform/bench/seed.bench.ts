/**
 * Seed benchmark: time and memory of the demo-data generator at two sizes. Memory is bounded when the peak
 * resident set does not grow with the number of contacts (batches of 500 are written and dropped).
 * Prints figures and ratios; asserts nothing (these machines are shared and noisy).
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDb } from '../../kernel/db/client.js';
import { applyMigrations } from '../../kernel/db/migrate.js';
import { seedDatabase } from '../seed/seed.service.js';

export async function benchSeed(sizes = [5_000, 20_000]): Promise<void> {
  console.log('\n## seed (SQLite file)');
  console.log('| contacts | seconds | contacts/s | sales | peak RSS (MB) | RSS growth (MB) |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  const rows: { n: number; growth: number }[] = [];
  for (const n of sizes) {
    const file = path.join(tmpdir(), `fidele_bench_seed_${process.pid}_${n}.db`);
    rmSync(file, { force: true });
    const target = { provider: 'sqlite' as const, url: `file:${file}`, file };
    await applyMigrations(target);
    const db = createDb(target);
    global.gc?.();
    const base = process.memoryUsage().rss;
    let peak = base;
    const t0 = performance.now();
    const summary = await seedDatabase(db, {
      contacts: n,
      asOf: new Date('2026-06-30T00:00:00Z'),
      onProgress: () => (peak = Math.max(peak, process.memoryUsage().rss)),
    });
    const secs = (performance.now() - t0) / 1000;
    await db.$disconnect();
    rmSync(file, { force: true });
    const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
    rows.push({ n, growth: peak - base });
    console.log(
      `| ${n} | ${secs.toFixed(1)} | ${(n / secs).toFixed(0)} | ${summary.sales} | ${mb(peak)} | ${mb(peak - base)} |`,
    );
  }
  const [a, b] = [rows[0]!, rows.at(-1)!];
  console.log(
    `\nsize ratio ${(b.n / a.n).toFixed(1)}x, RSS growth ratio ${(b.growth / Math.max(a.growth, 1)).toFixed(2)}x (about 1 = bounded memory)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSeed();
