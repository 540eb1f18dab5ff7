import { randomBytes } from 'node:crypto';
import type { Context } from '../../kernel/context.js';
import { ApiError, fieldProblem, validationError } from '../../kernel/errors.js';
import { type DecodedGlobalId, idFor } from '../../kernel/graphql/global-id.js';
import { isBlank, Problems } from '../../kernel/validate.js';
import { deleteVersioned, updateVersioned } from '../../kernel/versioned-update.js';
import { contactRelation, contacts, purposeConsent, surveyAnswers } from '../../privacy/access/contact-access.js';
import { brandZoneScope } from '../../privacy/access/row-rules.js';
import { loadPurposes, purposeIn } from '../../privacy/consent/purpose.service.js';
import { contactWhere } from '../../contacts/contact.filter.js';
import { segmentContactWhere } from './survey.recipients.js';
import { type AnswerWrite, checkAnswers, checkQuestions, type QuestionWrite } from './survey.rules.js';
import { invitationScope, surveyScope } from './survey.scope.js';
import { fieldMessage } from '../../kernel/field-messages.js';

/**
 * The purpose a survey is sent under: `marketing`. A survey invites a contact by its address details, and the
 * authorities treat a satisfaction survey sent by e-mail as close to prospecting, so it needs the contact's consent
 * to marketing (a refusal or a restriction of processing excludes the contact). `customer_service` (contract basis)
 * would reach contacts who refused marketing and those whose processing is restricted.
 */
export const SURVEY_PURPOSE = 'marketing';

export interface SurveyWrite {
  name?: string | null;
  description?: string | null;
  brand?: DecodedGlobalId | null;
  questions?: readonly QuestionWrite[] | null;
}

async function prepare(ctx: Context, input: SurveyWrite) {
  const p = new Problems();
  if (input.name !== undefined)
    p.check(
      !isBlank(input.name) && input.name!.trim().length <= 200,
      'name',
      fieldMessage('NAME_LENGTH', { min: 1, max: 200 }),
    );
  if (input.description != null)
    p.check(input.description.length <= 2000, 'description', fieldMessage('TOO_LONG', { max: 2000 }));
  const questions = input.questions ? checkQuestions(p, input.questions) : undefined;
  if (input.questions === null) p.add('questions', fieldMessage('REQUIRED'));
  let brandId: number | null | undefined;
  if (input.brand) {
    brandId = idFor('Brand', input.brand, ['input', 'brand']);
    const allowed = brandZoneScope(ctx)?.brandId;
    const exists = !allowed || allowed.in.includes(brandId) ? await ctx.db.brand.count({ where: { id: brandId } }) : 0;
    p.check(exists === 1, 'brand', fieldMessage('UNKNOWN_OR_FOREIGN_BRAND'));
  } else if (input.brand === null) {
    // A survey without a brand is visible to every staff user: only an admin may make one.
    p.check(ctx.principal?.role === 'ADMIN', 'brand', fieldMessage('SURVEY_NO_BRAND_ADMIN_ONLY'));
    brandId = null;
  }
  p.throwIfAny();
  const data: { name?: string; description?: string | null; brandId?: number | null } = {};
  if (input.name != null) data.name = input.name.trim();
  if (input.description !== undefined) data.description = input.description?.trim() || null;
  if (brandId !== undefined) data.brandId = brandId;
  return { data, questions };
}

export async function createSurvey(
  ctx: Context,
  input: SurveyWrite & { name: string; questions: readonly QuestionWrite[] },
) {
  // Non-admins always write within their brands: no brand given means their first brand would be a guess, so ask.
  if (input.brand === undefined && ctx.principal?.role !== 'ADMIN') {
    throw validationError([fieldProblem(['input', 'brand'], fieldMessage('SURVEY_BRAND_REQUIRED'))]);
  }
  const { data, questions } = await prepare(ctx, { ...input, brand: input.brand ?? null });
  return ctx.db.survey.create({
    data: { ...data, name: data.name!, createdById: ctx.principal?.userId ?? null, questions: { create: questions! } },
    select: { id: true },
  });
}

/** The survey, visible to the caller, or NOT_FOUND; `draft` also requires it to be a DRAFT (else VALIDATION). */
async function visibleSurvey(ctx: Context, id: number, draft = false) {
  const survey = await ctx.db.survey.findFirst({
    where: { id, ...surveyScope(ctx) },
    select: { id: true, status: true, brandId: true, version: true },
  });
  if (!survey) throw new ApiError('NOT_FOUND', 'Survey not found.');
  if (draft && survey.status !== 'DRAFT')
    throw validationError([fieldProblem(['id'], fieldMessage('SURVEY_STATUS_NOT_DRAFT', { status: survey.status }))]);
  return survey;
}

export async function updateSurvey(ctx: Context, id: number, version: number, input: SurveyWrite) {
  await visibleSurvey(ctx, id, true);
  const { data, questions } = await prepare(ctx, input);
  const where = { id, status: 'DRAFT' as const, ...surveyScope(ctx) };
  await ctx.db.$transaction(async (tx) => {
    await updateVersioned(tx.survey, 'Survey', where, version, data);
    if (questions) {
      await tx.surveyQuestion.deleteMany({ where: { surveyId: id } });
      await tx.surveyQuestion.createMany({ data: questions.map((q) => ({ ...q, surveyId: id })) });
    }
  });
}

export async function deleteSurvey(ctx: Context, id: number, version: number) {
  await visibleSurvey(ctx, id, true);
  await deleteVersioned(ctx.db.survey, 'Survey', { id, status: 'DRAFT' as const, ...surveyScope(ctx) }, version);
}

export async function closeSurvey(ctx: Context, id: number, version: number) {
  const survey = await visibleSurvey(ctx, id);
  if (survey.status !== 'OPEN')
    throw validationError([fieldProblem(['id'], fieldMessage('SURVEY_STATUS_NOT_OPEN', { status: survey.status }))]);
  await updateVersioned(ctx.db.survey, 'Survey', { id, status: 'OPEN' as const, ...surveyScope(ctx) }, version, {
    status: 'CLOSED',
    closedAt: ctx.now,
  });
}

export interface Recipients {
  segment?: DecodedGlobalId | null;
  contacts?: readonly DecodedGlobalId[] | null;
  filter?: Parameters<typeof contactWhere>[1];
}

export interface SendReport {
  surveyId: number;
  /** Invitations created by this call. */
  invited: number;
  /** Recipients already invited earlier (unique per contact: not invited twice). */
  alreadyInvited: number;
  /** Recipients whose consent does not cover the survey purpose. */
  excludedWithoutConsent: number;
  /** Listed contacts not found: unknown, deleted, outside your rights or of another brand than the survey's. */
  notFound: number;
}

/** A random, unguessable answer token (192 bits, URL-safe). */
export const newToken = () => randomBytes(24).toString('base64url');

/**
 * Sends a DRAFT or OPEN survey: one invitation per recipient that is live, in the caller's scope, of the survey's
 * brand, and whose consent covers SURVEY_PURPOSE; the others are counted, never invited. The survey becomes OPEN.
 */
export async function sendSurvey(ctx: Context, id: number, version: number, to: Recipients): Promise<SendReport> {
  const survey = await visibleSurvey(ctx, id);
  const given = [to.segment, to.contacts, to.filter].filter((x) => x != null).length;
  if (given !== 1) throw validationError([fieldProblem(['to'], fieldMessage('SURVEY_AUDIENCE'))]);
  if (survey.status === 'CLOSED') throw validationError([fieldProblem(['id'], fieldMessage('SURVEY_CLOSED'))]);
  const purpose = purposeIn(await loadPurposes(ctx.db), SURVEY_PURPOSE);
  if (!purpose)
    throw validationError([fieldProblem(['id'], fieldMessage('SURVEY_PURPOSE_MISSING', { purpose: SURVEY_PURPOSE }))]);

  let target: object;
  let segmentId: number | undefined;
  const listed = to.contacts?.map((c, i) => idFor('Contact', c, ['to', 'contacts', String(i)]));
  if (to.segment) {
    segmentId = idFor('Segment', to.segment, ['to', 'segment']);
    target = await segmentContactWhere(ctx, segmentId);
  } else if (listed) {
    target = { id: { in: [...new Set(listed)] } };
  } else {
    target = await contactWhere(ctx, to.filter);
  }
  // The recipients asked for; the access layer adds the caller's row rule (and consent, if they compare a personal value).
  const where = {
    AND: [
      target,
      { deletedAt: null, mergedIntoId: null, erasedAt: null },
      survey.brandId ? { brandId: survey.brandId } : {},
    ],
  };
  return ctx.db.$transaction(async (tx) => {
    const candidates = await contacts(ctx, tx).count({ where });
    const consenting = await contacts(ctx, tx).findMany({
      where: { AND: [where, purposeConsent(purpose, ctx.now), { surveyInvitations: { none: { surveyId: id } } }] },
      select: { id: true },
    });
    const already = await tx.surveyInvitation.count({ where: { surveyId: id, contact: contactRelation(ctx, where) } });
    await tx.surveyInvitation.createMany({
      data: consenting.map((c) => ({ surveyId: id, contactId: c.id, token: newToken(), sentAt: ctx.now })),
    });
    await updateVersioned(tx.survey, 'Survey', { id, ...surveyScope(ctx) }, version, {
      status: 'OPEN',
      ...(survey.status === 'DRAFT' ? { sentAt: ctx.now } : {}),
      ...(segmentId ? { segmentId } : {}),
    });
    return {
      surveyId: id,
      invited: consenting.length,
      alreadyInvited: already,
      excludedWithoutConsent: candidates - consenting.length - already,
      notFound: listed ? new Set(listed).size - candidates : 0,
    };
  });
}

/** Why a set of answers cannot be recorded, besides bad values. */
export class SurveyClosedError extends Error {}

/**
 * Records the answers of one invitation, once: the invitation is marked answered in the same transaction, and only
 * if it was not already (a second submission, even concurrent, is CONFLICT and writes nothing). The survey must be
 * OPEN (SurveyClosedError otherwise).
 */
export async function submitAnswers(
  ctx: Context,
  invitationId: number,
  answers: readonly AnswerWrite[],
  now: Date,
  base: string[] = [],
) {
  const db = ctx.db;
  const inv = await db.surveyInvitation.findUnique({
    where: { id: invitationId },
    select: { respondedAt: true, survey: { select: { status: true, questions: { orderBy: { position: 'asc' } } } } },
  });
  if (!inv) throw new ApiError('NOT_FOUND', 'Survey invitation not found.');
  if (inv.survey.status !== 'OPEN')
    throw new SurveyClosedError(`The survey is ${inv.survey.status}: it takes no answers.`);
  if (inv.respondedAt) throw new ApiError('CONFLICT', 'This survey was already answered.');
  const p = new Problems(base);
  const rows = checkAnswers(p, inv.survey.questions, answers);
  p.throwIfAny();
  await db.$transaction(async (tx) => {
    const done = await tx.surveyInvitation.updateMany({
      where: { id: invitationId, respondedAt: null },
      data: { respondedAt: now },
    });
    if (done.count !== 1) throw new ApiError('CONFLICT', 'This survey was already answered.');
    await surveyAnswers(ctx, tx).create(invitationId, rows);
  });
}

/** Staff record answers received another way (by phone): an invitation of a survey and a contact they may see. */
export async function recordAnswers(ctx: Context, invitationId: number, answers: readonly AnswerWrite[]) {
  const visible = await ctx.db.surveyInvitation.count({ where: { id: invitationId, ...invitationScope(ctx) } });
  if (!visible) throw new ApiError('NOT_FOUND', 'Survey invitation not found.');
  try {
    await submitAnswers(ctx, invitationId, answers, ctx.now);
  } catch (e) {
    if (e instanceof SurveyClosedError)
      throw validationError([fieldProblem(['invitation'], fieldMessage('SURVEY_CLOSED'))]);
    throw e;
  }
}
