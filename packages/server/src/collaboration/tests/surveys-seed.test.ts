import { afterAll, beforeAll, expect, it } from 'vitest';
import { issueToken } from '../../identity/token.js';
import { npsOf } from '../surveys/survey.results.js';
import { seedDatabase } from '../../platform/seed/seed.service.js';
import { createFideleYoga } from '../../platform/server.js';
import { gid } from '../../testing/api.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../testing/databases.js';

describeEachDatabase('demo survey', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDatabase(t.db, { contacts: 150, asOf: new Date('2026-11-01T00:00:00Z') });
  });
  afterAll(() => t?.drop());

  it('is closed, went only to consenting clients, and the API figures match the rows', async () => {
    const survey = await t.db.survey.findFirstOrThrow({
      include: { invitations: { include: { answers: { include: { question: true } } } } },
    });
    expect(survey.status).toBe('CLOSED');
    expect(survey.invitations.length).toBeGreaterThan(5);
    // Nobody invited had refused marketing (or had no marketing consent at all: the purpose is consent-based).
    const marketing = await t.db.purpose.findUniqueOrThrow({ where: { code: 'marketing' } });
    const granted = await t.db.consentState.count({
      where: {
        purposeId: marketing.id,
        status: 'GRANTED',
        contactId: { in: survey.invitations.map((i) => i.contactId) },
      },
    });
    expect(granted).toBe(survey.invitations.length);

    const admin = await t.db.staffUser.findFirstOrThrow({ where: { role: 'ADMIN' } });
    const yoga = createFideleYoga({ db: t.db, provider });
    const res = await yoga.fetch('http://x/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${(await issueToken(admin.id)).token}` },
      body: JSON.stringify({
        query: `query($id: ID!) { surveyResults(survey: $id) { invitationCount responseCount nps { score total } } }`,
        variables: { id: gid('Survey', survey.id) },
      }),
    });
    const { data } = await res.json();
    const responded = survey.invitations.filter((i) => i.respondedAt);
    const scores = new Map<number, number>();
    for (const a of responded.flatMap((i) => i.answers).filter((a) => a.question.type === 'NPS'))
      scores.set(a.rating!, (scores.get(a.rating!) ?? 0) + 1);
    expect(data.surveyResults).toEqual({
      invitationCount: survey.invitations.length,
      responseCount: responded.length,
      nps: { score: npsOf(scores).score, total: responded.length },
    });
  });
});
