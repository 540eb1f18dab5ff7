/**
 * Survey results protect small groups (issue 14, `access/small-groups.ts`, default minimum 5): the group is
 * evaluated at query time, so a segment of one member is suppressed, and so is a segment whose member withdrew
 * the consent surveys are sent under (the group shrinks below the minimum); a question answered by fewer people
 * than the minimum shows no figure.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const results = `query($survey: ID!, $segment: ID) { surveyResults(survey: $survey, segment: $segment) {
  minGroupSize suppressed invitationCount responseCount responseRate satisfaction nps { score total }
  questions { position suppressed answerCount meanRating satisfaction distribution { value count } } } }`;

describeEachDatabase('surveys: small groups are suppressed', (provider) => {
  let h: ApiHarness;
  let surveyId: number;
  const members: number[] = [];

  const staticSegment = (name: string, contactIds: number[]) =>
    h.t.db.segment
      .create({
        data: {
          name,
          kind: 'STATIC',
          criteria: {},
          brandId: h.brands.a,
          members: { create: contactIds.map((contactId) => ({ contactId })) },
        },
      })
      .then((s) => s.id);
  const ask = async (segmentId?: number) => {
    const r = await h.as('MARKETING')(results, {
      survey: gid('Survey', surveyId),
      segment: segmentId ? gid('Segment', segmentId) : null,
    });
    expect(r.errors).toBeUndefined();
    return r.data.surveyResults;
  };

  beforeAll(async () => {
    delete process.env.FIDELE_MIN_GROUP_SIZE; // the default, 5
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    const survey = await db.survey.create({
      data: {
        name: 'S',
        status: 'OPEN',
        brandId: h.brands.a,
        sentAt: new Date('2026-01-01T00:00:00Z'),
        questions: {
          create: [
            { position: 1, type: 'RATING', label: 'Rate', scaleMax: 5 },
            { position: 2, type: 'TEXT', label: 'Say', required: false },
          ],
        },
      },
      include: { questions: { orderBy: { position: 'asc' } } },
    });
    surveyId = survey.id;
    const [rate, say] = survey.questions;
    // Six respondents with ratings 5, 5, 4, 3, 2, 1; only the first wrote a text.
    for (const [i, rating] of [5, 5, 4, 3, 2, 1].entries()) {
      const contactId = (
        await db.contact.create({
          data: { kind: 'CLIENT', lastName: `R${i}`, brandId: h.brands.a, zoneId: h.zones.north },
        })
      ).id;
      await h.consent(contactId, 'marketing');
      members.push(contactId);
      const invitation = await db.surveyInvitation.create({
        data: {
          surveyId,
          contactId,
          token: `tok-${provider}-${i}`,
          sentAt: new Date('2026-01-01T00:00:00Z'),
          respondedAt: new Date('2026-01-02T00:00:00Z'),
        },
      });
      await db.surveyAnswer.create({ data: { invitationId: invitation.id, questionId: rate!.id, rating } });
      if (i === 0)
        await db.surveyAnswer.create({ data: { invitationId: invitation.id, questionId: say!.id, text: 'Hello' } });
    }
  });
  afterAll(() => h?.drop());

  it('shows the figures of a group of at least 5, and suppresses a question answered by fewer', async () => {
    const all = await ask();
    expect(all).toMatchObject({
      minGroupSize: 5,
      suppressed: false,
      invitationCount: 6,
      responseCount: 6,
      responseRate: 1,
      satisfaction: 0.5,
    });
    expect(all.questions[0]).toMatchObject({ suppressed: false, answerCount: 6, meanRating: 3.33 });
    expect(all.questions[0].distribution.map((d: { count: number }) => d.count)).toEqual([1, 1, 1, 1, 2]);
    // One text answer: a group of one person.
    expect(all.questions[1]).toEqual({
      position: 2,
      suppressed: true,
      answerCount: null,
      meanRating: null,
      satisfaction: null,
      distribution: [],
    });
  });

  it('suppresses every figure of a segment of one member, counts included', async () => {
    const one = await staticSegment('One', [members[5]!]);
    expect(await ask(one)).toEqual({
      minGroupSize: 5,
      suppressed: true,
      invitationCount: null,
      responseCount: null,
      responseRate: null,
      satisfaction: null,
      nps: null,
      questions: [
        { position: 1, suppressed: true, answerCount: null, meanRating: null, satisfaction: null, distribution: [] },
        { position: 2, suppressed: true, answerCount: null, meanRating: null, satisfaction: null, distribution: [] },
      ],
    });
  });

  it('evaluates the group at query time: a segment of 5 is shown, then suppressed once a member withdraws', async () => {
    const five = await staticSegment('Five', members.slice(1));
    const before = await ask(five);
    expect(before).toMatchObject({ suppressed: false, invitationCount: 5, responseCount: 5 });
    expect(before.questions[0]).toMatchObject({ answerCount: 5, meanRating: 3 });
    await h.consent(members[1]!, 'marketing', { status: 'WITHDRAWN', from: new Date('2026-02-01T00:00:00Z') });
    const after = await ask(five);
    expect(after).toMatchObject({ suppressed: true, invitationCount: null, responseCount: null, satisfaction: null });
    expect(
      after.questions.every((q: { suppressed: boolean; meanRating: unknown }) => q.suppressed && q.meanRating === null),
    ).toBe(true);
    // The whole survey still shows, without the withdrawn contact's answer (5 remain).
    expect(await ask()).toMatchObject({ suppressed: false, invitationCount: 5, responseCount: 5 });
  });

  it('follows FIDELE_MIN_GROUP_SIZE', async () => {
    process.env.FIDELE_MIN_GROUP_SIZE = '7';
    try {
      const all = await ask();
      expect(all).toMatchObject({ minGroupSize: 7, suppressed: true, invitationCount: null });
    } finally {
      delete process.env.FIDELE_MIN_GROUP_SIZE;
    }
  });
});
