import type { IncomingMessage, ServerResponse } from 'node:http';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { ApiError, fieldProblem } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import type { HttpRoute } from '../../kernel/route-kit.js';
import { decodeCanonicalGlobalId } from '../../kernel/graphql/global-id.js';
import { sendError, sendFailure } from '../../kernel/route-kit.js';
import type { AnswerWrite } from './survey.rules.js';
import { SurveyClosedError, submitAnswers } from './survey.service.js';
import { systemContext } from '../../privacy/access/system.js';

const PREFIX = '/surveys/answer/';
const MAX_BODY = 64 * 1024;

const json = (res: ServerResponse, status: number, body: unknown): void =>
  void res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    .end(JSON.stringify(body));

/** 410 Gone: the survey was closed (or never opened); the link no longer takes answers. */
const gone = (res: ServerResponse, message: string): void =>
  json(res, 410, { error: { code: 'SURVEY_CLOSED', message } });

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY)
      throw new ApiError('VALIDATION', `The body exceeds ${MAX_BODY} bytes.`, {
        fields: [fieldProblem(['body'], fieldMessage('TOO_LARGE'))],
      });
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new ApiError(
      'VALIDATION',
      'The body must be JSON: { "answers": [{ "question": "<id>", "rating" | "choice" | "text": ... }] }.',
      {
        fields: [fieldProblem(['body'], fieldMessage('NOT_JSON'))],
      },
    );
  }
}

const tokenOf = (req: IncomingMessage) => decodeURIComponent((req.url ?? '').split('?')[0]!.slice(PREFIX.length));

async function invitationOf(req: IncomingMessage, res: ServerResponse, db: Parameters<HttpRoute['handle']>[2]['db']) {
  const token = tokenOf(req);
  const inv = /^[A-Za-z0-9_-]{16,64}$/.test(token)
    ? await db.surveyInvitation.findUnique({
        where: { token },
        select: {
          id: true,
          respondedAt: true,
          survey: {
            select: { name: true, description: true, status: true, questions: { orderBy: { position: 'asc' } } },
          },
        },
      })
    : null;
  if (!inv) sendError(res, 'NOT_FOUND', 'Unknown survey link.');
  return inv;
}

/**
 * GET /surveys/answer/<token>: the survey's questions for the contact holding the link (no account: the random
 * token is the credential; nothing about the contact is returned). 404 for an unknown token, 410 SURVEY_CLOSED once
 * closed; `respondedAt` says whether it was already answered.
 */
export const surveyQuestionsRoute: HttpRoute = {
  method: 'GET',
  path: PREFIX,
  async handle(req, res, { db }) {
    const inv = await invitationOf(req, res, db);
    if (!inv) return;
    if (inv.survey.status !== 'OPEN') {
      gone(res, 'This survey is closed.');
      return;
    }
    json(res, 200, {
      survey: { name: inv.survey.name, description: inv.survey.description },
      respondedAt: inv.respondedAt,
      questions: inv.survey.questions.map((q) => ({
        id: encodeGlobalID('SurveyQuestion', q.id),
        position: q.position,
        type: q.type,
        label: q.label,
        options: q.type === 'CHOICE' ? q.options : null,
        scaleMax: q.type === 'RATING' ? q.scaleMax : q.type === 'NPS' ? 10 : null,
        required: q.required,
      })),
    });
  },
};

/**
 * POST /surveys/answer/<token> with `{ "answers": [{ "question": "<id>", "rating": 4 }, ...] }`: records the answers
 * once. 201 on success; 400 VALIDATION (with `fields`) for a bad or missing answer; 409 CONFLICT when already
 * answered; 410 SURVEY_CLOSED; 404 for an unknown token.
 */
export const surveyAnswerRoute: HttpRoute = {
  method: 'POST',
  path: PREFIX,
  async handle(req, res, { db, provider }) {
    try {
      const inv = await invitationOf(req, res, db);
      if (!inv) return;
      const body = (await readJson(req)) as { answers?: unknown };
      if (!Array.isArray(body?.answers)) {
        throw new ApiError('VALIDATION', 'answers: a list is required', {
          fields: [fieldProblem(['answers'], fieldMessage('LIST_REQUIRED'))],
        });
      }
      const answers: AnswerWrite[] = body.answers.map((a: Record<string, unknown>) => {
        let questionId = -1;
        try {
          const g = decodeCanonicalGlobalId(String(a?.question ?? ''));
          if (g.typename === 'SurveyQuestion') questionId = Number(g.id);
        } catch {
          /* an unreadable id is reported as an unknown question below */
        }
        const num = (v: unknown) => (v == null ? null : typeof v === 'number' ? v : Number.NaN);
        const str = (v: unknown) => (v == null ? null : String(v));
        return { questionId, rating: num(a?.rating), choice: str(a?.choice), text: str(a?.text) };
      });
      // The contact answers through their personal link: the system stores it on their behalf, named in the audit.
      await submitAnswers(systemContext(db, provider, 'public:survey-answer'), inv.id, answers, new Date());
      json(res, 201, { ok: true });
    } catch (error) {
      if (error instanceof SurveyClosedError) gone(res, error.message);
      else sendFailure(res, error);
    }
  },
};
