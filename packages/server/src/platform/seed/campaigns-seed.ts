import type { Db } from '../../kernel/db/client.js';
import type { SegmentCriteria } from '../../campaigns/segments/segment.criteria.js';
import { storeCriteria } from '../../campaigns/segments/segment.stored.js';

const DAY = 86_400_000;

/**
 * Demo segments and commercial pressure rules, so the segment builder and the targeting report have something to
 * show. Idempotent: segments are matched by name and rules by (brand, medium), nothing is duplicated on a rerun.
 * The caps are generous (demo actions stay targetable) but real: the report shows them at work on busy contacts.
 */
export async function seedCampaigns(db: Db, asOf: Date): Promise<void> {
  const yearAgo = new Date(asOf.getTime() - 365 * DAY);
  const owner = await db.staffUser.findUnique({ where: { email: 'marketing@fidele.demo' }, select: { id: true } });
  const segments: { name: string; description: string; criteria: SegmentCriteria }[] = [
    {
      name: 'Clients actifs (12 mois)',
      description: 'Clients ayant acheté au moins une fois au cours des douze derniers mois.',
      criteria: { contact: { kind: ['CLIENT'], deleted: false }, purchases: [{ period: { from: yearAgo, to: asOf } }] },
    },
    {
      name: 'Acheteurs inactifs',
      description: 'Ont acheté autrefois, mais rien depuis douze mois : une cible de reconquête.',
      criteria: { purchases: [{ period: { to: yearAgo } }, { period: { from: yearAgo, to: asOf }, maxPurchases: 0 }] },
    },
    {
      name: 'Abonnés à la lettre d’information',
      description: 'Contacts dont le consentement couvre aujourd’hui la lettre d’information.',
      criteria: { consents: ['newsletter'] },
    },
  ];
  for (const s of segments) {
    if (await db.segment.findFirst({ where: { name: s.name }, select: { id: true } })) continue;
    await db.segment.create({
      data: {
        name: s.name,
        description: s.description,
        kind: 'DYNAMIC',
        criteria: storeCriteria(s.criteria) as object,
        ownerId: owner?.id ?? null,
      },
    });
  }
  const rules = [
    { medium: null, maxSolicitations: 6, periodDays: 30 },
    { medium: 'TELEMARKETING' as const, maxSolicitations: 2, periodDays: 90 },
  ];
  for (const r of rules) {
    if (await db.pressureRule.findFirst({ where: { brandId: null, medium: r.medium }, select: { id: true } })) continue;
    await db.pressureRule.create({ data: { brandId: null, ...r } });
  }
}
