/**
 * Writes a batch of generated contacts with everything that happened to them, in one transaction, and adds them
 * to the seed's summary.
 */
import type { Db } from '../../kernel/db/client.js';
import type { GeneratedContact, GeneratedSale, SeedWorld } from './contact-world.js';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** What a seed run wrote, counted batch by batch. */
export interface SeedSummary {
  contacts: number;
  sales: number;
  targets: number;
  responses: number;
  conversions: number;
  consentEvents: number;
  activities: number;
  tasks: number;
  actions: number;
  products: number;
  staffUsers: number;
}

/** Inserted ids come back in insertion order once sorted: each batch is one transaction on an otherwise idle table. */
const sortedIds = (rows: { id: number }[]) => rows.map((r) => r.id).sort((a, b) => a - b);

export async function writeBatch(
  db: Db,
  batch: GeneratedContact[],
  relationOf: (number | null)[],
  world: SeedWorld,
  summary: SeedSummary,
): Promise<number[]> {
  return db.$transaction(
    async (tx) => {
      const contactIds = sortedIds(
        await tx.contact.createManyAndReturn({
          data: batch.map((g, i) => ({ ...(g.contact as any), relationOfId: relationOf[i] })),
          select: { id: true },
        }),
      );
      await tx.contactInterest.createMany({
        data: batch.flatMap((g, i) => g.interests.map((interest) => ({ contactId: contactIds[i]!, interest }))),
      });
      const consentEvents = await writeConsents(tx, batch, contactIds, world);
      const { saleId, saleCount } = await writeSales(tx, batch, contactIds);
      const targets = batch.flatMap((g, i) =>
        g.targets.map((t) => ({
          actionId: t.actionId,
          contactId: contactIds[i]!,
          targetedAt: t.targetedAt,
          respondedAt: t.respondedAt,
          responseChannel: t.responseChannel,
          inControlGroup: t.inControlGroup,
          conversionSaleId: t.conversion ? saleId.get(t.conversion)! : null,
        })),
      );
      await tx.actionTarget.createMany({ data: targets });
      const activities = batch.flatMap((g, i) => g.activities.map((a) => ({ ...a, contactId: contactIds[i]! })));
      await tx.activity.createMany({ data: activities });
      const tasks = batch.flatMap((g, i) => g.tasks.map((t) => ({ ...t, contactId: contactIds[i]! })));
      await tx.task.createMany({ data: tasks });

      summary.contacts += batch.length;
      summary.sales += saleCount;
      summary.targets += targets.length;
      summary.responses += targets.filter((t) => t.respondedAt).length;
      summary.conversions += targets.filter((t) => t.conversionSaleId).length;
      summary.consentEvents += consentEvents;
      summary.activities += activities.length;
      summary.tasks += tasks.length;
      return contactIds;
    },
    { timeout: 120_000 },
  );
}

/** The consent events and, from them, the current consent states. Returns the number of events. */
async function writeConsents(tx: Tx, batch: GeneratedContact[], contactIds: number[], world: SeedWorld) {
  const events = batch.flatMap((g, i) => g.consents.map((c) => ({ contactId: contactIds[i]!, c })));
  const eventIds = sortedIds(
    await tx.consentEvent.createManyAndReturn({
      data: events.map(({ contactId, c }) => ({
        contactId,
        purposeId: world.purposes.get(c.purpose)!.id,
        status: c.status,
        source: c.source,
        capturedAt: c.capturedAt,
        capturedById: c.capturedById,
        proof: c.proof,
        effectiveFrom: c.capturedAt,
      })),
      select: { id: true },
    }),
  );
  // The current state is each contact's latest event per purpose (events are generated in time order).
  const states = new Map<
    string,
    {
      contactId: number;
      purposeId: number;
      status: GeneratedContact['consents'][number]['status'];
      effectiveFrom: Date;
      lastEventId: number;
    }
  >();
  events.forEach(({ contactId, c }, k) => {
    const purposeId = world.purposes.get(c.purpose)!.id;
    states.set(`${contactId}:${purposeId}`, {
      contactId,
      purposeId,
      status: c.status,
      effectiveFrom: c.capturedAt,
      lastEventId: eventIds[k]!,
    });
  });
  await tx.consentState.createMany({ data: [...states.values()] });
  return events.length;
}

/** The sales and their lines. Returns their number and each generated sale's id (the conversions point at them). */
async function writeSales(tx: Tx, batch: GeneratedContact[], contactIds: number[]) {
  const sales = batch.flatMap((g, i) =>
    g.sales.map((s) => ({ contactId: contactIds[i]!, s, brandId: g.contact.brandId as number })),
  );
  const saleIds = sortedIds(
    await tx.sale.createManyAndReturn({
      data: sales.map(({ contactId, s, brandId }) => ({
        contactId,
        brandId,
        saleDate: s.saleDate,
        channel: s.channel,
        total: s.total,
        grossMargin: s.grossMargin,
        attributedActionId: s.attributedActionId,
        externalRef: null,
      })),
      select: { id: true },
    }),
  );
  const saleId = new Map<GeneratedSale, number>(sales.map(({ s }, k) => [s, saleIds[k]!]));
  await tx.saleLine.createMany({
    data: sales.flatMap(({ s }) => s.lines.map((l) => ({ ...l, saleId: saleId.get(s)! }))),
  });
  return { saleId, saleCount: sales.length };
}
