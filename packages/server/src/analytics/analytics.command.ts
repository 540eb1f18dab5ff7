/**
 * `fidele analytics:refresh [--as-of YYYY-MM-DD] [--brand CODE]`: computes score snapshots with progress on
 * stderr and one summary line per snapshot on stdout. Without --brand: every brand, then all brands together.
 */
import { CliError } from '../kernel/cli-error.js';
import { type Command, dateFlag, stringFlag } from '../kernel/command.js';
import { progressReporter } from '../kernel/progress.js';
import type { Db } from '../kernel/db/client.js';
import type { Provider } from '../kernel/db/paths.js';

export async function runAnalyticsRefresh(
  db: Db,
  provider: Provider,
  options: { asOf?: Date; brandCode?: string },
): Promise<void> {
  // Loaded when the command runs: the registry of every command (platform/cli/registry.ts) stays light.
  const { refreshScoreSnapshot } = await import('./analytics.service.js');
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

export const analyticsRefreshCommand: Command = {
  name: 'analytics:refresh',
  help: `  analytics:refresh     compute the RFM / FRAT score snapshots (every brand, then all brands together)
      --as-of YYYY-MM-DD  the day scored (default today): sales dated that day or before count
      --brand CODE        only this brand's snapshot`,
  options: { 'as-of': { type: 'string' }, brand: { type: 'string' } },
  async run(input) {
    const asOf = dateFlag('as-of', stringFlag(input, 'as-of'));
    await input.migrate();
    await input.withDb((db) =>
      input.asSystem(db, () =>
        runAnalyticsRefresh(db, input.target.provider, { asOf, brandCode: stringFlag(input, 'brand') }),
      ),
    );
  },
};
