/**
 * `fidele analytics:refresh [--as-of YYYY-MM-DD] [--brand CODE]`: computes score snapshots with progress on
 * stderr and one summary line per snapshot on stdout. Without --brand: every brand, then all brands together.
 */
import { CliError } from '../kernel/cli-error.js';
import { progressReporter } from '../kernel/progress.js';
import type { Db } from '../kernel/db/client.js';
import type { Provider } from '../kernel/db/paths.js';
import { refreshScoreSnapshot } from './analytics.service.js';

export async function runAnalyticsRefresh(
  db: Db,
  provider: Provider,
  options: { asOf?: Date; brandCode?: string },
): Promise<void> {
  const now = new Date();
  const asOf = options.asOf ?? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const brands = await db.brand.findMany({ select: { id: true, code: true }, orderBy: { code: 'asc' } });
  let targets: { id: number | null; code: string }[];
  if (options.brandCode !== undefined) {
    const brand = brands.find((b) => b.code === options.brandCode);
    if (!brand)
      throw new CliError(
        `--brand: no brand with code "${options.brandCode}" (known: ${brands.map((b) => b.code).join(', ') || 'none'})`,
        2,
      );
    targets = [brand];
  } else {
    targets = [...brands, { id: null, code: 'all brands' }];
  }
  const progress = progressReporter();
  const day = asOf.toISOString().slice(0, 10);
  for (const [i, target] of targets.entries()) {
    const snapshot = await refreshScoreSnapshot(db, provider, {
      asOf,
      brandId: target.id,
      onProgress: (p) =>
        progress.update({
          phase: `scores ${target.code}`,
          done: i * p.total + p.done,
          total: targets.length * p.total,
        }),
    });
    console.log(
      `snapshot ${snapshot.id}: ${target.code} as of ${day}, ${snapshot.buyerCount} buyers, ${snapshot.saleCount} sales, ${snapshot.durationMs} ms`,
    );
  }
}
