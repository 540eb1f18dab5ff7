import type { Db } from '../../kernel/db/client.js';
import { consentWhere } from '../../privacy/consent/consent.rules.js';
import { loadPurposes, purposeIn } from '../../privacy/consent/purpose.service.js';
import { newToken, SURVEY_PURPOSE } from '../../collaboration/surveys/survey.service.js';

const DAY = 86_400_000;
const NAME = 'Satisfaction client — automne';

/**
 * A closed demo survey of the Maison brand with answers, so the results screen (response rate, satisfaction, NPS,
 * distributions) has figures to show. Sent to up to 80 clients whose consent covers the survey purpose, as
 * `sendSurvey` would; three in five answered. Deterministic (answers follow the invitation's rank) and idempotent
 * (matched by name).
 */
export async function seedSurveys(db: Db, asOf: Date): Promise<void> {
  if (await db.survey.findFirst({ where: { name: NAME }, select: { id: true } })) return;
  const [brand, author, purposes] = await Promise.all([
    db.brand.findUnique({ where: { code: 'MAISON' }, select: { id: true } }),
    db.staffUser.findUnique({ where: { email: 'marketing@fidele.demo' }, select: { id: true } }),
    loadPurposes(db),
  ]);
  const purpose = purposeIn(purposes, SURVEY_PURPOSE);
  if (!brand || !purpose) return;
  const sentAt = new Date(asOf.getTime() - 60 * DAY);
  const contacts = await db.contact.findMany({
    where: {
      AND: [{ brandId: brand.id, kind: 'CLIENT', deletedAt: null, mergedIntoId: null }, consentWhere(purpose, sentAt)],
    },
    select: { id: true },
    orderBy: { id: 'asc' },
    take: 80,
  });
  if (!contacts.length) return;
  const options = ['En magasin', 'Sur le site web', 'Par téléphone'];
  const survey = await db.survey.create({
    data: {
      name: NAME,
      description: 'Qu’ont pensé nos clients de leur dernier achat ?',
      status: 'CLOSED',
      brandId: brand.id,
      createdById: author?.id ?? null,
      sentAt,
      closedAt: new Date(asOf.getTime() - 30 * DAY),
      questions: {
        create: [
          { position: 1, type: 'RATING', label: 'Êtes-vous satisfait de votre dernier achat ?', scaleMax: 5 },
          { position: 2, type: 'NPS', label: 'Recommanderiez-vous notre enseigne à un proche ?' },
          { position: 3, type: 'CHOICE', label: 'Où avez-vous acheté ?', options },
          { position: 4, type: 'TEXT', label: 'Que pourrions-nous améliorer ?', required: false },
        ],
      },
    },
    select: { id: true, questions: { orderBy: { position: 'asc' }, select: { id: true } } },
  });
  const [rating, nps, choice, text] = survey.questions.map((q) => q.id) as [number, number, number, number];
  const invitations = await db.surveyInvitation.createManyAndReturn({
    data: contacts.map((c, i) => ({
      surveyId: survey.id,
      contactId: c.id,
      token: newToken(),
      sentAt,
      respondedAt: i % 5 < 3 ? new Date(sentAt.getTime() + (1 + (i % 9)) * DAY) : null,
    })),
    select: { id: true, respondedAt: true },
  });
  const ratings = [5, 4, 4, 3, 5, 2, 4, 5];
  const scores = [10, 9, 8, 7, 6, 3, 9, 10, 5, 8];
  const remarks = [
    'Une livraison plus rapide, s’il vous plaît.',
    'Plus de tailles en magasin.',
    'Personnel très aimable.',
  ];
  await db.surveyAnswer.createMany({
    data: invitations.flatMap((inv, i) =>
      inv.respondedAt
        ? [
            { invitationId: inv.id, questionId: rating, rating: ratings[i % ratings.length]! },
            { invitationId: inv.id, questionId: nps, rating: scores[i % scores.length]! },
            { invitationId: inv.id, questionId: choice, choice: options[i % options.length]! },
            ...(i % 4 === 0 ? [{ invitationId: inv.id, questionId: text, text: remarks[i % remarks.length]! }] : []),
          ]
        : [],
    ),
  });
}
