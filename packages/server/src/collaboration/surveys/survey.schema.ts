import { encodeGlobalID } from '@pothos/plugin-relay';
import { rereadFrom, versionedMutations } from '../../kernel/graphql/versioned-mutations.js';
import { filteredList } from '../../kernel/graphql/connections.js';
import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import { ApiError } from '../../kernel/errors.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { searchWords } from '../../kernel/graphql/filters.js';
import { idFor } from '../../kernel/graphql/global-id.js';
import { orderInput } from '../../kernel/graphql/order.js';
import { contactRelation } from '../../privacy/access/contact-access.js';
import { type NpsFigure, type QuestionResult, type SurveyResults, surveyResults } from './survey.results.js';
import {
  SurveyAnswerInput,
  SurveyInput,
  SurveyPatch,
  SurveyQuestionTypeEnum,
  SurveyRecipients,
  SurveyStatusEnum,
} from './survey.input.js';
import { invitationScope, surveyScope } from './survey.scope.js';
import {
  closeSurvey,
  createSurvey,
  deleteSurvey,
  recordAnswers,
  type SendReport,
  sendSurvey,
  SURVEY_PURPOSE,
  updateSurvey,
} from './survey.service.js';

/** Who writes surveys: marketing (campaigns), support (customer service) and admins. */
const writers = { roles: ['ADMIN', 'MARKETING', 'SUPPORT'] as Role[] };

/** A questionnaire sent to contacts; answered through a personal link (`/surveys/answer/<token>`). */
export const SurveyRef = builder.prismaNode('Survey', {
  id: { field: 'id' },
  authScopes: { authenticated: true },
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), ...surveyScope(ctx) }),
  fields: (t) => ({
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    status: t.expose('status', { type: SurveyStatusEnum }),
    brand: t.relation('brand', { nullable: true }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    createdBy: t.relation('createdBy', { nullable: true }),
    questions: t.relation('questions', { query: { orderBy: { position: 'asc' } } }),
    invitations: t.relatedConnection('invitations', {
      cursor: 'id',
      totalCount: true,
      description: 'Invitations of contacts you may see, with their answers.',
      args: { responded: t.arg.boolean({ required: false }) },
      query: (args, ctx) => ({
        where: {
          contact: contactRelation(ctx),
          ...(args.responded == null ? {} : { respondedAt: args.responded ? { not: null } : null }),
        },
        orderBy: [{ id: 'asc' as const }],
      }),
    }),
    version: t.exposeInt('version', { description: 'Send it back with an update (optimistic concurrency).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const SurveyQuestionRef = builder.prismaNode('SurveyQuestion', {
  id: { field: 'id' },
  authScopes: { authenticated: true },
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), survey: surveyScope(ctx) }),
  fields: (t) => ({
    position: t.exposeInt('position'),
    type: t.expose('type', { type: SurveyQuestionTypeEnum }),
    label: t.exposeString('label'),
    options: t.stringList({
      select: { options: true },
      resolve: (q) => (Array.isArray(q.options) ? (q.options as string[]) : []),
    }),
    scaleMax: t.exposeInt('scaleMax', { nullable: true }),
    required: t.exposeBoolean('required'),
  }),
});

/** A contact a survey was sent to. */
export const SurveyInvitationRef = builder.prismaNode('SurveyInvitation', {
  id: { field: 'id' },
  authScopes: { authenticated: true },
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), ...invitationScope(ctx) }),
  fields: (t) => ({
    survey: t.relation('survey'),
    contact: t.relation('contact'),
    sentAt: t.expose('sentAt', { type: 'DateTime' }),
    respondedAt: t.expose('respondedAt', { type: 'DateTime', nullable: true }),
    token: t.exposeString('token', {
      nullable: true,
      authScopes: writers,
      description: 'The secret of the personal answer link /surveys/answer/<token> (survey writers only).',
    }),
    answers: t.relation('answers', { query: { orderBy: { question: { position: 'asc' } } } }),
  }),
});

builder.prismaObject('SurveyAnswer', {
  fields: (t) => ({
    question: t.relation('question'),
    rating: t.exposeInt('rating', { nullable: true }),
    choice: t.exposeString('choice', { nullable: true }),
    text: t.string({
      nullable: true,
      description:
        "Free text written by the contact: personal, resolves only when the contact's consent covers the request's purpose.",
      directives: { purpose: { consentBound: true } },
      select: { id: true, text: true, invitation: { select: { contactId: true } } },
      resolve: async (a, _args, ctx) => {
        if (a.text === null) return null;
        const allowed = await ctx.loaders.consent.load(a.invitation.contactId);
        ctx.audit?.read('SurveyAnswer', a.id, 'text', allowed);
        if (!allowed)
          throw new ApiError('CONSENT_REQUIRED', "The contact's consent does not cover this purpose.", {
            purpose: ctx.purpose?.code ?? null,
          });
        return a.text;
      },
    }),
  }),
});

const NpsRef = builder.objectRef<NpsFigure>('NpsFigure').implement({
  description: 'Net Promoter Score: % promoters (9-10) − % detractors (0-6), from −100 to 100, with the counts.',
  fields: (t) => ({
    score: t.exposeFloat('score', { nullable: true, description: 'Null without answers.' }),
    promoters: t.exposeInt('promoters'),
    passives: t.exposeInt('passives'),
    detractors: t.exposeInt('detractors'),
    total: t.exposeInt('total'),
  }),
});

const ValueCount = builder.objectRef<{ value: string; count: number }>('SurveyValueCount').implement({
  fields: (t) => ({ value: t.exposeString('value'), count: t.exposeInt('count') }),
});

const QuestionResultRef = builder.objectRef<QuestionResult>('SurveyQuestionResult').implement({
  fields: (t) => ({
    question: t.id({ resolve: (r) => encodeGlobalID('SurveyQuestion', r.questionId) }),
    position: t.exposeInt('position'),
    type: t.expose('type', { type: SurveyQuestionTypeEnum }),
    label: t.exposeString('label'),
    suppressed: t.exposeBoolean('suppressed', {
      description:
        'Fewer answers than the minimum group size: the figures of this question are null (the distribution empty).',
    }),
    answerCount: t.exposeInt('answerCount', { nullable: true, description: 'Null when suppressed.' }),
    meanRating: t.exposeFloat('meanRating', { nullable: true, description: 'RATING and NPS: mean answer.' }),
    satisfaction: t.exposeFloat('satisfaction', {
      nullable: true,
      description: 'RATING: share of answers in the top two boxes (4-5 of 5), a fraction from 0 to 1.',
    }),
    nps: t.expose('nps', { type: NpsRef, nullable: true }),
    distribution: t.expose('distribution', {
      type: [ValueCount],
      description: 'Count per scale value or option (zeros included); empty when suppressed.',
    }),
  }),
});

const SurveyResultsRef = builder.objectRef<SurveyResults>('SurveyResults').implement({
  description:
    'Figures of a survey over the invitations of contacts you may see whose consent still covers the survey purpose ' +
    '(optionally one segment): groups only, no person. A group smaller than `minGroupSize` is suppressed.',
  fields: (t) => ({
    survey: t.id({ resolve: (r) => encodeGlobalID('Survey', r.surveyId) }),
    segment: t.id({ nullable: true, resolve: (r) => (r.segmentId ? encodeGlobalID('Segment', r.segmentId) : null) }),
    minGroupSize: t.exposeInt('minGroupSize', {
      description: 'The smallest group whose figures are shown (FIDELE_MIN_GROUP_SIZE, default 5).',
    }),
    suppressed: t.exposeBoolean('suppressed', {
      description:
        'The group is too small: fewer invitations (every figure null, counts included) or responses (figures of the answers null) than minGroupSize.',
    }),
    invitationCount: t.exposeInt('invitationCount', {
      nullable: true,
      description: 'Null when fewer than minGroupSize.',
    }),
    responseCount: t.exposeInt('responseCount', {
      nullable: true,
      description: 'Null when the invitations are fewer than minGroupSize.',
    }),
    responseRate: t.exposeFloat('responseRate', {
      nullable: true,
      description: 'Responses / invitations, a fraction from 0 to 1.',
    }),
    satisfaction: t.exposeFloat('satisfaction', {
      nullable: true,
      description: 'Top-two-box share over every RATING answer, a fraction from 0 to 1.',
    }),
    nps: t.expose('nps', { type: NpsRef, nullable: true, description: 'From the NPS question, if any.' }),
    questions: t.expose('questions', { type: [QuestionResultRef] }),
  }),
});

const SendPayload = builder.objectRef<SendReport>('SendSurveyPayload').implement({
  description: `Who was invited. Recipients are invited only when their consent covers the purpose "${SURVEY_PURPOSE}".`,
  fields: (t) => ({
    survey: t.field({
      type: SurveyRef,
      nullable: true,
      resolve: (r, _a, ctx) => ctx.db.survey.findFirst({ where: { id: r.surveyId, ...surveyScope(ctx) } }),
    }),
    invited: t.exposeInt('invited', { description: 'Invitations created now.' }),
    alreadyInvited: t.exposeInt('alreadyInvited', { description: 'Invited before: one invitation per contact.' }),
    excludedWithoutConsent: t.exposeInt('excludedWithoutConsent', {
      description: `Consent does not cover "${SURVEY_PURPOSE}".`,
    }),
    notFound: t.exposeInt('notFound', {
      description: "Listed contacts unknown, deleted, outside your rights or of another brand than the survey's.",
    }),
  }),
});

const SurveyFilter = builder.inputType('SurveyFilter', {
  fields: (t) => ({
    status: t.field({ type: [SurveyStatusEnum], required: false }),
    search: t.string({ required: false, description: 'Words found in the name.' }),
  }),
});
const surveyOrder = orderInput('Survey', {
  ID: 'id',
  NAME: 'name',
  STATUS: 'status',
  SENT_AT: 'sentAt',
  CREATED_AT: 'createdAt',
});

const surveyWhere = (ctx: Context, f: typeof SurveyFilter.$inferInput | null | undefined) => ({
  AND: [
    surveyScope(ctx),
    f?.status ? { status: { in: f.status } } : {},
    ...searchWords(ctx.provider, f?.search, ['name']),
  ],
});

builder.queryFields((t) => ({
  surveys: t.prismaConnection({
    type: 'Survey',
    description: 'Surveys of your brands (and of no brand).',
    authScopes: { authenticated: true },
    ...filteredList(t.arg, {
      filter: SurveyFilter,
      order: surveyOrder,
      where: surveyWhere,
      rows: (ctx) => ctx.db.survey,
    }),
  }),
  surveyResults: t.field({
    type: SurveyResultsRef,
    description:
      'Response rate, mean ratings, distributions, satisfaction and NPS of a survey, optionally for one segment.',
    authScopes: { authenticated: true },
    args: { survey: t.arg.globalID(), segment: t.arg.globalID({ required: false }) },
    resolve: (_r, args, ctx) =>
      surveyResults(
        ctx,
        idFor('Survey', args.survey, ['survey']),
        args.segment ? idFor('Segment', args.segment, ['segment']) : null,
      ),
  }),
}));

versionedMutations({
  type: 'Survey',
  authScopes: writers,
  reread: rereadFrom((ctx) => ctx.db.survey),
  create: { input: SurveyInput, run: createSurvey },
  update: {
    description: 'Only a DRAFT survey; `version` must be the one you read (CONFLICT otherwise).',
    input: SurveyPatch,
    run: updateSurvey,
  },
  delete: { description: 'Only a DRAFT survey (a sent one holds answers: close it instead).', run: deleteSurvey },
  writes: { closeSurvey: { description: 'An OPEN survey stops taking answers.', run: closeSurvey } },
});

builder.mutationFields((t) => ({
  sendSurvey: t.field({
    type: SendPayload,
    description: `Invites a segment, a list of contacts or the contacts of a filter (in your scope, of the survey's brand, whose consent covers "${SURVEY_PURPOSE}"); the survey becomes OPEN. Can be called again to invite more.`,
    authScopes: writers,
    args: { id: t.arg.globalID(), version: t.arg.int(), to: t.arg({ type: SurveyRecipients }) },
    resolve: (_r, args, ctx) => sendSurvey(ctx, idFor('Survey', args.id, ['id']), args.version, args.to),
  }),
  recordSurveyAnswers: t.prismaField({
    type: 'SurveyInvitation',
    description: 'Answers received another way (by phone), once per invitation (CONFLICT if already answered).',
    authScopes: writers,
    args: { invitation: t.arg.globalID(), answers: t.arg({ type: [SurveyAnswerInput] }) },
    resolve: async (query, _r, args, ctx) => {
      const id = idFor('SurveyInvitation', args.invitation, ['invitation']);
      const answers = args.answers.map((a, i) => ({
        ...a,
        questionId: idFor('SurveyQuestion', a.question, ['answers', String(i), 'question']),
      }));
      await recordAnswers(ctx, id, answers);
      return ctx.db.surveyInvitation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
