import type { ApiHarness } from '../../../testing/api.js';

/** The day the tests move the clock to. */
export const ASOF = new Date('2030-06-15T00:00:00Z');

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The fixture's contacts by name, and what the tests expect of them. */
export interface RetentionWorld {
  ids: Record<string, number>;
  actionId: number;
}

/**
 * Contacts whose last activity comes from each source the rule reads, with the dates a person would compute by
 * hand (defaults: PROSPECT, CLIENT and FORMER_CLIENT 36 months, tracking 13 months), as of 2030-06-15:
 *
 * - p1 PROSPECT created 2027-01-10, nothing since: purge 2030-01-10, due.
 * - p2 PROSPECT created 2026-01-01, first contact 2025-06-01, a call on 2027-07-01: purge 2030-07-01 (in 16 days).
 * - p3 PROSPECT created 2027-06-10, gave a consent on 2029-12-01: purge 2032-12-01, beyond any test horizon.
 * - c1 CLIENT created 2020-01-01, last sale 2027-03-31 (converted by the action): purge 2030-03-31, due; its
 *   tracking consent (granted 2025-01-01) lapses 13 months after the sale: 2028-04-30, due.
 * - c2 CLIENT created 2020-01-01, targeted 2026-01-01, responded 2029-02-10: purge 2032-02-10, not due; its
 *   tracking consent (granted 2020-01-01) lapses 2030-03-10, due.
 * - f1 FORMER_CLIENT created 2027-08-31: purge 2030-08-31 (in 77 days).
 * - s1 SUPPLIER created 2000-01-01: no rule for suppliers.
 * - merged (into p2) and erased PROSPECTs created 2000-01-01: no longer hold data of their own; never listed.
 */
export async function retentionWorld(h: ApiHarness): Promise<RetentionWorld> {
  const db = h.t.db;
  if (!(await db.purpose.findUnique({ where: { code: 'tracking' } })))
    await db.purpose.create({ data: { code: 'tracking', name: 'Tracking', legalBasis: 'CONSENT' } });
  const base = { brandId: h.brands.a, zoneId: h.zones.north };
  const make = async (
    name: string,
    kind: 'PROSPECT' | 'CLIENT' | 'FORMER_CLIENT' | 'SUPPLIER',
    created: string,
    more = {},
  ) =>
    (
      await db.contact.create({
        data: {
          ...base,
          kind,
          lastName: `Retention-${name}`,
          email: `${name}@example.fr`,
          createdAt: d(created),
          ...more,
        },
      })
    ).id;
  const ids: Record<string, number> = {};
  ids.p1 = await make('p1', 'PROSPECT', '2027-01-10');
  ids.p2 = await make('p2', 'PROSPECT', '2026-01-01', { firstContactAt: d('2025-06-01') });
  ids.p3 = await make('p3', 'PROSPECT', '2027-06-10');
  ids.c1 = await make('c1', 'CLIENT', '2020-01-01', { city: 'Lyon', phone: '0102030405' });
  ids.c2 = await make('c2', 'CLIENT', '2020-01-01');
  ids.f1 = await make('f1', 'FORMER_CLIENT', '2027-08-31');
  ids.s1 = await make('s1', 'SUPPLIER', '2000-01-01');
  ids.merged = await make('merged', 'PROSPECT', '2000-01-01', { mergedIntoId: ids.p2 });
  ids.erased = await make('erased', 'PROSPECT', '2000-01-01', {
    erasedAt: d('2024-01-01'),
    deletedAt: d('2024-01-01'),
  });

  await db.activity.create({
    data: { contactId: ids.p2, type: 'CALL', occurredAt: d('2027-07-01'), subject: 'Asked for a catalogue' },
  });
  await h.consent(ids.p3, 'marketing', { from: d('2029-12-01') });
  await h.consent(ids.c1, 'tracking', { from: d('2025-01-01') });
  await h.consent(ids.c2, 'tracking', { from: d('2020-01-01') });

  const action = await db.marketingAction.create({
    data: {
      code: 'RET-1',
      name: 'Spring',
      objective: 'LOYALTY',
      medium: 'MAILING',
      startDate: d('2026-01-01'),
      endDate: d('2026-02-01'),
      requiredPurposeId: h.purposes.marketing!,
      brandId: h.brands.a,
    },
  });
  const sale = await db.sale.create({
    data: { brandId: h.brands.a, contactId: ids.c1, saleDate: d('2027-03-31'), channel: 'STORE', total: '120.50' },
  });
  await db.sale.create({
    data: { brandId: h.brands.a, contactId: ids.c1, saleDate: d('2026-01-20'), channel: 'WEB', total: '40' },
  });
  await db.actionTarget.create({
    data: {
      actionId: action.id,
      contactId: ids.c1,
      targetedAt: d('2026-01-01'),
      respondedAt: d('2026-01-15'),
      responseChannel: 'MAIL_COUPON',
      conversionSaleId: sale.id,
    },
  });
  await db.actionTarget.create({
    data: { actionId: action.id, contactId: ids.c2, targetedAt: d('2026-01-01'), respondedAt: d('2029-02-10') },
  });
  await db.actionTarget.create({ data: { actionId: action.id, contactId: ids.p1, targetedAt: d('2026-01-01') } });
  return { ids, actionId: action.id };
}
