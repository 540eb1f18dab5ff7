import type { Db } from '../../kernel/db/client.js';

const DAY = 86_400_000;

/**
 * Demo triggers and one e-mail → phone sequence (campaigns/triggers/TRIGGERS.md), so the triggers screen and the
 * follow-up links have something to show. Only definitions: the `triggers` and `sequences` jobs do the targeting,
 * so the demo targets stay those of the action plans. Idempotent: actions by code, triggers by name.
 */
export async function seedTriggers(db: Db, asOf: Date): Promise<void> {
  const [maison, sport, marketing, offers] = await Promise.all([
    db.brand.findUnique({ where: { code: 'MAISON' }, select: { id: true } }),
    db.brand.findUnique({ where: { code: 'SPORT' }, select: { id: true } }),
    db.purpose.findUnique({ where: { code: 'marketing' }, select: { id: true } }),
    db.purpose.findUnique({ where: { code: 'targeted_offers' }, select: { id: true } }),
  ]);
  if (!maison || !sport || !marketing) return;
  const start = new Date(asOf.getTime() - 30 * DAY);
  const end = new Date(asOf.getTime() + 335 * DAY);
  const action = async (code: string, data: Record<string, unknown>) =>
    (await db.marketingAction.findUnique({ where: { code }, select: { id: true } })) ??
    (await db.marketingAction.create({
      data: {
        code,
        startDate: start,
        endDate: end,
        status: 'RUNNING',
        requiredPurposeId: offers?.id ?? marketing.id,
        ...data,
        // Cast: demo columns come as a loose record (checked by the seed tests); Prisma cannot type that spread.
      } as never,
      select: { id: true },
    }));
  const welcome = await action('TRG-WELCOME', {
    name: 'E-mail de bienvenue après un premier achat',
    objective: 'LOYALTY',
    medium: 'EMAIL',
    brandId: maison.id,
    attributionWindowDays: 30,
    responseChannels: { create: [{ channel: 'WEB' }, { channel: 'EMAIL_REPLY' }, { channel: 'EMAIL_CLICK' }] },
  });
  const winBack = await action('TRG-WINBACK', {
    name: 'Offre de reconquête après six mois sans achat',
    objective: 'WIN_BACK',
    medium: 'EMAIL',
    brandId: sport.id,
    attributionWindowDays: 45,
    promiseType: 'DISCOUNT',
    promiseSummary: '-15 % sur la prochaine commande',
    responseChannels: { create: [{ channel: 'WEB' }, { channel: 'STORE_VISIT' }, { channel: 'EMAIL_CLICK' }] },
  });
  const mail = await action('SEQ-MAIL', {
    name: 'E-mail collection automne',
    objective: 'UP_SELL',
    medium: 'EMAIL',
    brandId: maison.id,
    responseChannels: { create: [{ channel: 'WEB' }, { channel: 'EMAIL_REPLY' }, { channel: 'EMAIL_CLICK' }] },
  });
  await action('SEQ-CALL', {
    name: 'Appel à ceux qui n’ont pas ouvert l’e-mail d’automne',
    objective: 'UP_SELL',
    medium: 'TELEMARKETING',
    brandId: maison.id,
    previousActionId: mail.id,
    followUpCondition: 'NO_RESPONSE',
    followUpDelayDays: 7,
    responseChannels: { create: [{ channel: 'PHONE' }] },
  });
  const triggers = [
    {
      name: 'Bienvenue après un premier achat',
      kind: 'FIRST_PURCHASE' as const,
      params: {},
      actionId: welcome.id,
      brandId: maison.id,
    },
    {
      name: 'Reconquête après 180 jours',
      kind: 'NO_PURCHASE_FOR_DAYS' as const,
      params: { days: 180 },
      actionId: winBack.id,
      brandId: sport.id,
    },
  ];
  for (const t of triggers) {
    if (await db.trigger.findFirst({ where: { name: t.name }, select: { id: true } })) continue;
    await db.trigger.create({ data: t });
  }
}
