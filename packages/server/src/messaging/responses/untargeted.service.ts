import type { Context } from '../../kernel/context.js';
import type { ResponseChannel } from '../../generated/sqlite/enums.js';
import { reattributeContactSales } from '../../campaigns/attribution/attribution.service.js';
import { emitResponseRecorded } from '../../privacy/access/contact-events.js';

const DAY = 86_400_000;

export interface UntargetedResponse {
  contactId: number;
  channel: ResponseChannel;
  /** When the response came: both targetedAt and respondedAt of the row. */
  at: Date;
}

export interface UntargetedOptions {
  /**
   * Link as the conversion the contact's first sale of the action's brand in [at, at + attributionWindowDays) that
   * converts no other target: for responses keyed in after the sale (the demo history, a late batch of coupons).
   * @default false (a sale recorded later names its conversion itself)
   */
  linkConversions?: boolean;
  /**
   * Leave the contacts' stored sales as they are: the caller re-attributes the whole period afterwards (the seed's
   * closing `reattributeSales` pass), which gives the same result as one contact at a time, in one statement.
   * @default false
   */
  deferReattribution?: boolean;
}

/**
 * Records responses from contacts the action did not target (press coupon, web form, event): one ActionTarget each
 * with `untargeted: true` and targetedAt = respondedAt = the response, in one transaction, with the
 * RESPONSE_RECORDED event and the re-attribution of the contact's sales (a response moves attribution as any
 * response does). Contacts that already have a row for the action are left alone (returned in `skipped`): the caller
 * records a targeted contact's response through the target service. Bulk by construction (one createMany), so that
 * the demo seed and a batch of keyed-in coupons take the same path as one web form.
 */
export async function recordUntargetedResponses(
  ctx: Context,
  actionId: number,
  responses: readonly UntargetedResponse[],
  options: UntargetedOptions = {},
): Promise<{ created: Map<number, number>; skipped: number[] }> {
  return ctx.db.$transaction(
    async (tx) => {
      const action = await tx.marketingAction.findUniqueOrThrow({
        where: { id: actionId },
        select: { code: true, brandId: true, attributionWindowDays: true },
      });
      const ids = [...new Set(responses.map((r) => r.contactId))];
      const existing = new Set<number>();
      for (let i = 0; i < ids.length; i += 5000)
        for (const t of await tx.actionTarget.findMany({
          where: { actionId, contactId: { in: ids.slice(i, i + 5000) } },
          select: { contactId: true },
        }))
          existing.add(t.contactId);
      const seen = new Set<number>();
      const fresh = responses.filter(
        (r) => !existing.has(r.contactId) && !seen.has(r.contactId) && seen.add(r.contactId),
      );
      const conversions = options.linkConversions ? await firstSales(tx, action, fresh) : new Map<number, number>();
      await tx.actionTarget.createMany({
        data: fresh.map((r) => ({
          actionId,
          contactId: r.contactId,
          targetedAt: r.at,
          respondedAt: r.at,
          responseChannel: r.channel,
          untargeted: true,
          conversionSaleId: conversions.get(r.contactId) ?? null,
        })),
      });
      // A converting sale keeps its target's action (attribution.service.ts): the link and the attribution move
      // together, as on every other write path.
      const converting = [...conversions.values()];
      for (let i = 0; i < converting.length; i += 5000)
        await tx.sale.updateMany({
          where: { id: { in: converting.slice(i, i + 5000) } },
          data: { attributedActionId: actionId, version: { increment: 1 } },
        });
      const created = new Map<number, number>();
      for (let i = 0; i < fresh.length; i += 5000)
        for (const t of await tx.actionTarget.findMany({
          where: { actionId, untargeted: true, contactId: { in: fresh.slice(i, i + 5000).map((r) => r.contactId) } },
          select: { id: true, contactId: true },
        }))
          created.set(t.contactId, t.id);
      for (const r of fresh) {
        const id = created.get(r.contactId)!;
        await emitResponseRecorded(tx, {
          id,
          contactId: r.contactId,
          actionId,
          actionCode: action.code,
          channel: r.channel,
          respondedAt: r.at,
          now: ctx.now,
        });
        if (!options.deferReattribution) await reattributeContactSales(tx, ctx.provider, r.contactId);
      }
      return { created, skipped: responses.filter((r) => existing.has(r.contactId)).map((r) => r.contactId) };
    },
    { maxWait: 60_000, timeout: 300_000 },
  );
}

type Tx = Parameters<Parameters<Context['db']['$transaction']>[0]>[0];

/** contact → its first sale of the action's brand within the window after its response, converting no target. */
async function firstSales(
  tx: Tx,
  action: { brandId: number | null; attributionWindowDays: number },
  responses: readonly UntargetedResponse[],
): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  const at = new Map(responses.map((r) => [r.contactId, r.at]));
  const ids = [...at.keys()];
  for (let i = 0; i < ids.length; i += 5000) {
    const sales = await tx.sale.findMany({
      where: {
        contactId: { in: ids.slice(i, i + 5000) },
        conversion: { is: null },
        ...(action.brandId !== null ? { brandId: action.brandId } : {}),
      },
      select: { id: true, contactId: true, saleDate: true },
      orderBy: [{ saleDate: 'asc' }, { id: 'asc' }],
    });
    for (const s of sales) {
      const from = at.get(s.contactId)!;
      const inWindow = s.saleDate >= from && s.saleDate.getTime() < from.getTime() + action.attributionWindowDays * DAY;
      if (inWindow && !out.has(s.contactId)) out.set(s.contactId, s.id);
    }
  }
  return out;
}
