import type { Context } from '../../kernel/context.js';
import { ApiError } from '../../kernel/errors.js';
import type { SurveyQuestionType } from '../../generated/sqlite/enums.js';
import { contactRelation, purposeConsent, surveyAnswers } from '../../privacy/access/contact-access.js';
import { isSmallGroup, minGroupSize } from '../../privacy/access/small-groups.js';
import { loadPurposes, purposeIn } from '../../privacy/consent/purpose.service.js';
import { segmentContactWhere } from './survey.recipients.js';
import { DEFAULT_SCALE } from './survey.rules.js';
import { SURVEY_PURPOSE } from './survey.service.js';
import { surveyScope } from './survey.scope.js';

/** Net Promoter Score of a set of 0-10 answers: % promoters (9-10) − % detractors (0-6), with the counts. */
export interface NpsFigure {
  score: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  total: number;
}

export interface QuestionResult {
  questionId: number;
  position: number;
  type: SurveyQuestionType;
  label: string;
  /** Fewer answers than the minimum group size: every figure of the question is null. */
  suppressed: boolean;
  answerCount: number | null;
  /** RATING and NPS: the mean answer. */
  meanRating: number | null;
  /** RATING: share (a fraction, 0 to 1) of answers in the top two boxes of the scale (4 or 5 of 5). */
  satisfaction: number | null;
  nps: NpsFigure | null;
  /** RATING and NPS: count per value (every value of the scale, zeros included); CHOICE: count per option. */
  /** Empty when suppressed (the flag says so). */
  distribution: { value: string; count: number }[];
}

export interface SurveyResults {
  surveyId: number;
  segmentId: number | null;
  /** The minimum group size in force (`FIDELE_MIN_GROUP_SIZE`). */
  minGroupSize: number;
  /**
   * The group is too small to describe: fewer invitations than the minimum (then every figure is null, counts
   * included) or fewer responses (then the answers' figures are null).
   */
  suppressed: boolean;
  invitationCount: number | null;
  responseCount: number | null;
  /** Responses / invitations, a fraction from 0 to 1; null without invitations. */
  responseRate: number | null;
  /** Top-two-box share (a fraction, 0 to 1) over every RATING answer of the survey. */
  satisfaction: number | null;
  /** The NPS of the survey's NPS question, if it has one. */
  nps: NpsFigure | null;
  questions: QuestionResult[];
}

/** part / whole as a fraction rounded to 4 decimals (0.6667), like every rate of the API; null when whole is 0. */
const fraction = (part: number, whole: number) => (whole ? Math.round((10000 * part) / whole) / 10000 : null);

/** The NPS of a distribution of 0-10 answers. */
export function npsOf(counts: ReadonlyMap<number, number>): NpsFigure {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const [v, n] of counts) {
    if (v >= 9) promoters += n;
    else if (v >= 7) passives += n;
    else detractors += n;
  }
  const total = promoters + passives + detractors;
  return {
    score: total ? Math.round((10000 * (promoters - detractors)) / total) / 100 : null,
    promoters,
    passives,
    detractors,
    total,
  };
}

/** Ratings in the top two boxes of a 1..max scale. */
const topTwo = (counts: ReadonlyMap<number, number>, max: number) =>
  (counts.get(max) ?? 0) + (counts.get(max - 1) ?? 0);

/**
 * The contacts whose invitations count, evaluated at query time: in the caller's scope, (in the segment,) and whose
 * consent still covers the purpose surveys are sent under: a contact who withdrew leaves the figures (and the group
 * shrinks, possibly below the minimum size).
 */
async function countedContacts(ctx: Context, segmentId: number | null) {
  const purpose = purposeIn(await loadPurposes(ctx.db), SURVEY_PURPOSE);
  return contactRelation(ctx, {
    AND: [purposeConsent(purpose, ctx.now), segmentId ? await segmentContactWhere(ctx, segmentId) : {}],
  });
}

/** A result whose group is too small to describe at all: the counts themselves would single a person out. */
const suppressedResults = (
  surveyId: number,
  segmentId: number | null,
  min: number,
  questions: Pick<QuestionResult, 'questionId' | 'position' | 'type' | 'label'>[],
): SurveyResults => ({
  surveyId,
  segmentId,
  minGroupSize: min,
  suppressed: true,
  invitationCount: null,
  responseCount: null,
  responseRate: null,
  satisfaction: null,
  nps: null,
  questions: questions.map((q) => ({
    ...q,
    suppressed: true,
    answerCount: null,
    meanRating: null,
    satisfaction: null,
    nps: null,
    distribution: [],
  })),
});

/** The survey-wide figures summed over its questions as they are described. */
interface Totals {
  /** RATING answers in the top two boxes, and all RATING answers. */
  satisfied: number;
  rated: number;
  /** The NPS of the (last) NPS question. */
  nps: NpsFigure | null;
}

/** What the grouped queries say of one question. */
interface QuestionFigures {
  stats: { _count: { _all: number }; _avg?: { rating: number | null } } | undefined;
  /** RATING and NPS: answers per value. */
  counts: Map<number, number>;
  /** CHOICE: answers for one option. */
  choiceCount: (option: string) => number;
  /** Whether a question with this many answers is too small a group to describe. */
  suppressed: (answerCount: number) => boolean;
  totals: Totals;
}

type SurveyQuestion = {
  id: number;
  position: number;
  type: SurveyQuestionType;
  label: string;
  options: unknown;
  scaleMax: number | null;
};

/** One question's figures; adds its RATING answers and its NPS to the survey's totals. */
function questionResult(q: SurveyQuestion, f: QuestionFigures): QuestionResult {
  const { stats, counts, totals } = f;
  const answerCount = stats?._count._all ?? 0;
  const base = {
    questionId: q.id,
    position: q.position,
    type: q.type,
    label: q.label,
    suppressed: false,
    answerCount,
    meanRating: null,
    satisfaction: null,
    nps: null,
  };
  if (f.suppressed(answerCount)) return { ...base, suppressed: true, answerCount: null, distribution: [] };
  if (q.type === 'RATING' || q.type === 'NPS') {
    const [min, max] = q.type === 'NPS' ? [0, 10] : [1, q.scaleMax ?? DEFAULT_SCALE];
    const distribution = Array.from({ length: max - min + 1 }, (_, i) => ({
      value: String(min + i),
      count: counts.get(min + i) ?? 0,
    }));
    const meanRating = stats?._avg?.rating == null ? null : Math.round(Number(stats._avg.rating) * 100) / 100;
    if (q.type === 'NPS') {
      totals.nps = npsOf(counts);
      return { ...base, meanRating, nps: totals.nps, distribution };
    }
    totals.satisfied += topTwo(counts, max);
    totals.rated += answerCount;
    return { ...base, meanRating, satisfaction: fraction(topTwo(counts, max), answerCount), distribution };
  }
  if (q.type === 'CHOICE') {
    const options = Array.isArray(q.options) ? (q.options as string[]) : [];
    return { ...base, distribution: options.map((o) => ({ value: o, count: f.choiceCount(o) })) };
  }
  return { ...base, distribution: [] };
}

/**
 * The figures of a survey, optionally for the members of one segment. Counts, means and distributions come from
 * grouped SQL queries (GROUP BY question and value); only the percentages are derived here. Only invitations of
 * contacts in the caller's scope whose consent still covers `SURVEY_PURPOSE` count: a group the caller may not see
 * is not described to it. Small groups are suppressed (`access/small-groups.ts`): fewer invitations than the
 * minimum, nothing but the flag; fewer responses, no figure of the answers; fewer answers to a question, no figure
 * of that question. The text answers themselves are read through `Survey.invitations` under the consent rule.
 */
export async function surveyResults(
  ctx: Context,
  surveyId: number,
  segmentId: number | null = null,
): Promise<SurveyResults> {
  const survey = await ctx.db.survey.findFirst({
    where: { id: surveyId, ...surveyScope(ctx) },
    select: {
      id: true,
      questions: {
        orderBy: { position: 'asc' },
        select: { id: true, position: true, type: true, label: true, options: true, scaleMax: true },
      },
    },
  });
  if (!survey) throw new ApiError('NOT_FOUND', 'Survey not found.');
  const min = minGroupSize();
  const contact = await countedContacts(ctx, segmentId);
  const invitations = { surveyId, contact };
  const answers = { invitation: invitations, question: { surveyId } };
  const [invitationCount, responseCount, perQuestion, ratings, choices] = await Promise.all([
    ctx.db.surveyInvitation.count({ where: invitations }),
    ctx.db.surveyInvitation.count({ where: { ...invitations, respondedAt: { not: null } } }),
    surveyAnswers(ctx).groupBy({ by: ['questionId'], where: answers, avgRating: true }),
    surveyAnswers(ctx).groupBy({ by: ['questionId', 'rating'], where: { ...answers, rating: { not: null } } }),
    surveyAnswers(ctx).groupBy({ by: ['questionId', 'choice'], where: { ...answers, choice: { not: null } } }),
  ]);
  if (isSmallGroup(invitationCount, min))
    return suppressedResults(
      surveyId,
      segmentId,
      min,
      survey.questions.map((q) => ({ ...q, questionId: q.id })),
    );
  const fewResponses = isSmallGroup(responseCount, min);
  const ratingCounts = new Map<number, Map<number, number>>();
  for (const r of ratings) {
    if (!ratingCounts.has(r.questionId)) ratingCounts.set(r.questionId, new Map());
    ratingCounts.get(r.questionId)!.set(r.rating!, r._count._all);
  }
  const totals: Totals = { satisfied: 0, rated: 0, nps: null };
  const questions = survey.questions.map((q) =>
    questionResult(q, {
      stats: perQuestion.find((s) => s.questionId === q.id),
      counts: ratingCounts.get(q.id) ?? new Map<number, number>(),
      choiceCount: (o) => choices.find((c) => c.questionId === q.id && c.choice === o)?._count._all ?? 0,
      suppressed: (answerCount) => fewResponses || isSmallGroup(answerCount, min),
      totals,
    }),
  );
  return {
    surveyId,
    segmentId,
    minGroupSize: min,
    suppressed: fewResponses,
    invitationCount,
    responseCount,
    responseRate: fraction(responseCount, invitationCount),
    satisfaction: fewResponses ? null : fraction(totals.satisfied, totals.rated),
    nps: fewResponses ? null : totals.nps,
    questions,
  };
}
