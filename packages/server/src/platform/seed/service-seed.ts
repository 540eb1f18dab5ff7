import type { Db } from '../../kernel/db/client.js';
import type { ActivityType, CaseCategory, CasePriority, CaseStatus } from '../../generated/sqlite/enums.js';
import { caseReference } from '../../collaboration/cases/case.service.js';
import { caseOpenedComment } from '../../kernel/message-codes.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** `asOf` + `days` at `hour` o'clock UTC. */
const at = (asOf: Date, days: number, hour: number) => {
  const d = new Date(asOf.getTime() + days * DAY);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
};

const planned: { days: number; hour: number; type: ActivityType; subject: string }[] = [
  { days: 0, hour: 15, type: 'CALL', subject: 'Rappeler au sujet de la dernière commande' },
  { days: 1, hour: 10, type: 'MEETING', subject: 'Visite en boutique : nouvelle collection' },
  { days: 2, hour: 14, type: 'CALL', subject: 'Relancer l’offre fidélité' },
  { days: 4, hour: 9, type: 'MEETING', subject: 'Bilan trimestriel' },
  { days: 9, hour: 11, type: 'CALL', subject: 'Vérifier que la livraison s’est bien passée' },
  { days: 16, hour: 16, type: 'MEETING', subject: 'Présenter le catalogue de printemps' },
];

const promises = [
  'Livraison offerte sur la prochaine commande',
  '-10 % sur le prochain achat en magasin',
  'Un rappel sous 48 heures au sujet de l’échange',
  'Invitation prioritaire à la vente privée',
];

const cases: {
  category: CaseCategory;
  priority: CasePriority;
  subject: string;
  path: CaseStatus[];
  hoursPerStep: number;
  daysAgo: number;
}[] = [
  {
    category: 'DELIVERY',
    priority: 'HIGH',
    subject: 'Colis non livré',
    path: ['IN_PROGRESS', 'WAITING', 'RESOLVED', 'CLOSED'],
    hoursPerStep: 20,
    daysAgo: 30,
  },
  {
    category: 'BILLING',
    priority: 'NORMAL',
    subject: 'La facture affiche une mauvaise remise',
    path: ['IN_PROGRESS', 'RESOLVED'],
    hoursPerStep: 6,
    daysAgo: 20,
  },
  {
    category: 'PRODUCT_DEFECT',
    priority: 'URGENT',
    subject: 'Fermeture éclair cassée après une semaine',
    path: ['IN_PROGRESS', 'RESOLVED', 'CLOSED'],
    hoursPerStep: 30,
    daysAgo: 15,
  },
  {
    category: 'RETURN',
    priority: 'NORMAL',
    subject: 'Retour d’une veste, mauvaise taille',
    path: ['IN_PROGRESS', 'WAITING'],
    hoursPerStep: 12,
    daysAgo: 6,
  },
  {
    category: 'QUESTION',
    priority: 'LOW',
    subject: 'L’offre est-elle valable en ligne ?',
    path: ['RESOLVED'],
    hoursPerStep: 2,
    daysAgo: 4,
  },
  {
    category: 'COMPLAINT',
    priority: 'HIGH',
    subject: 'Livraison promise offerte mais facturée',
    path: ['IN_PROGRESS'],
    hoursPerStep: 3,
    daysAgo: 2,
  },
  {
    category: 'DATA_REQUEST',
    priority: 'NORMAL',
    subject: 'Demande quelles données nous détenons',
    path: [],
    hoursPerStep: 0,
    daysAgo: 1,
  },
];

/**
 * Demo collaboration data: planned meetings and calls (with reminders) and due tasks for the support and sales
 * logins, promises sales made on calls, and customer-service cases with their history, so the calendar, the
 * timeline, "my tasks" and the cases screens have something to show. Deterministic (dates from `asOf`, the first
 * contacts by id) and idempotent: nothing is written when a case already exists.
 */
export async function seedService(db: Db, asOf: Date): Promise<void> {
  if ((await db.serviceCase.count()) > 0) return;
  const users = await db.staffUser.findMany({
    where: { email: { in: ['support@fidele.demo', 'sales@fidele.demo'] } },
    select: { id: true, email: true },
  });
  const support = users.find((u) => u.email === 'support@fidele.demo');
  const sales = users.find((u) => u.email === 'sales@fidele.demo');
  if (!support || !sales) return;
  const live = { deletedAt: null, mergedIntoId: null, kind: 'CLIENT' as const, lastName: { not: null } };
  // The sales login sees brand MAISON in two zones: its meetings are with clients it may open.
  const salesScope = await db.staffUser.findUniqueOrThrow({
    where: { id: sales.id },
    select: { brands: { select: { brandId: true } }, zones: { select: { zoneId: true } } },
  });
  const [clients, salesClients] = await Promise.all([
    db.contact.findMany({ where: live, orderBy: { id: 'asc' }, take: 12, select: { id: true, brandId: true } }),
    db.contact.findMany({
      where: {
        ...live,
        brandId: { in: salesScope.brands.map((b) => b.brandId) },
        zoneId: { in: salesScope.zones.map((z) => z.zoneId) },
      },
      orderBy: { id: 'asc' },
      take: 6,
      select: { id: true, brandId: true },
    }),
  ]);
  if (!clients.length) return;
  const pick = <T>(list: T[], i: number) => list[i % list.length]!;

  await db.activity.createMany({
    data: planned.flatMap((p, i) => {
      const start = at(asOf, p.days, p.hour);
      const row = {
        type: p.type,
        status: 'PLANNED' as const,
        occurredAt: start,
        endsAt: new Date(start.getTime() + HOUR),
        remindAt: new Date(start.getTime() - HOUR),
        subject: p.subject,
      };
      return [
        { ...row, contactId: pick(clients, i).id, authorId: support.id },
        ...(salesClients.length ? [{ ...row, contactId: pick(salesClients, i).id, authorId: sales.id }] : []),
      ];
    }),
  });
  await db.task.createMany({
    data: [0, 1, 3, 7].map((days, i) => ({
      contactId: pick(clients, i + 2).id,
      assigneeId: support.id,
      createdById: support.id,
      title: `Envoyer la réponse au suivi de dossier ${i + 1}`,
      dueDate: at(asOf, days, 17),
      remindAt: at(asOf, days, 9),
    })),
  });
  const promiseContacts = salesClients.length ? salesClients : clients;
  await db.activity.createMany({
    data: promises.map((promised, i) => ({
      contactId: pick(promiseContacts, i).id,
      authorId: sales.id,
      type: 'CALL' as const,
      status: 'DONE' as const,
      outcome: 'INTERESTED' as const,
      occurredAt: at(asOf, -10 - i * 7, 11),
      subject: 'Offre par téléphone',
      nextStep: 'Envoyer l’offre écrite',
      promised,
    })),
  });

  for (const [i, c] of cases.entries()) {
    const contact = i < promiseContacts.length ? pick(promiseContacts, i) : pick(clients, i);
    await seedCase(db, asOf, c, i, contact, support.id);
  }
}

/** One case (reference `seed-<i>` until it has its id) with its history: opened, then each step of its path. */
async function seedCase(
  db: Db,
  asOf: Date,
  c: (typeof cases)[number],
  i: number,
  contact: { id: number; brandId: number },
  supportId: number,
) {
  const openedAt = at(asOf, -c.daysAgo, 9);
  let time = openedAt.getTime();
  let from: CaseStatus = 'OPEN';
  const events: { fromStatus: CaseStatus | null; toStatus: CaseStatus; comment: string; at: Date }[] = [
    { fromStatus: null, toStatus: 'OPEN', comment: caseOpenedComment, at: openedAt },
  ];
  for (const to of c.path) {
    time += c.hoursPerStep * HOUR;
    events.push({
      fromStatus: from,
      toStatus: to,
      comment: to === 'WAITING' ? 'En attente du client' : to === 'RESOLVED' ? 'Résolu avec le client' : '',
      at: new Date(time),
    });
    from = to;
  }
  const resolved = events.find((e) => e.toStatus === 'RESOLVED')?.at ?? null;
  const closed = events.find((e) => e.toStatus === 'CLOSED')?.at ?? null;
  const created = await db.serviceCase.create({
    data: {
      reference: `seed-${i}`,
      contactId: contact.id,
      brandId: contact.brandId,
      subject: c.subject,
      category: c.category,
      priority: c.priority,
      status: from,
      assigneeId: c.path.length ? supportId : null,
      openedById: supportId,
      openedAt,
      resolvedAt: resolved,
      closedAt: closed,
      events: { create: events.map((e) => ({ ...e, comment: e.comment || null, authorId: supportId })) },
    },
    select: { id: true },
  });
  await db.serviceCase.update({
    where: { id: created.id },
    data: { reference: caseReference(created.id, openedAt) },
  });
}
