import type { Context } from '../../kernel/context.js';
import { CliError } from '../../kernel/cli-error.js';
import { type Command, dateFlag, stringFlag } from '../../kernel/command.js';

/**
 * `fidele sales:reattribute --from D --to D [--brand CODE]`: applies the attribution rule again to the sales dated
 * in [from, to) (TRIGGERS.md) and prints what changed as one JSON line. Like the mutation, it is idempotent.
 */
export async function runReattributeCommand(
  ctx: Context,
  o: { from?: Date; to?: Date; brandCode?: string },
): Promise<void> {
  const { db } = ctx;
  if (!o.from || !o.to) throw new CliError('sales:reattribute needs --from and --to (YYYY-MM-DD)', 2);
  if (o.from >= o.to) throw new CliError('--to must come after --from', 2);
  let brandIds: number[] | undefined;
  if (o.brandCode) {
    const brand = await db.brand.findUnique({ where: { code: o.brandCode }, select: { id: true } });
    if (!brand) throw new CliError(`unknown brand "${o.brandCode}"`, 2);
    brandIds = [brand.id];
  }
  // Loaded when the command runs: the registry of every command (platform/cli/registry.ts) stays light.
  const { reattributeSales } = await import('./attribution.service.js');
  const result = await reattributeSales(ctx, { from: o.from, to: o.to, brandIds });
  console.log(JSON.stringify(result));
}

export const reattributeCommand: Command = {
  name: 'sales:reattribute',
  help: `  sales:reattribute     apply the attribution rule again to the sales of a period (campaigns/triggers/TRIGGERS.md)
      --from YYYY-MM-DD   first day (included)
      --to YYYY-MM-DD     last day (excluded)
      --brand CODE        only this brand's sales`,
  options: { from: { type: 'string' }, to: { type: 'string' }, brand: { type: 'string' } },
  async run(input) {
    const [from, to] = [dateFlag('from', stringFlag(input, 'from')), dateFlag('to', stringFlag(input, 'to'))];
    await input.migrate();
    await input.withDb((db) =>
      input.asSystem(db, (ctx) => runReattributeCommand(ctx, { from, to, brandCode: stringFlag(input, 'brand') })),
    );
  },
};
