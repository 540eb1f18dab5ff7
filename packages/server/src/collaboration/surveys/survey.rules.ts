import type { SurveyQuestionType } from '../../generated/sqlite/enums.js';
import { text as freeText, textProblem } from '../../kernel/graphql/input-policy.js';
import { isBlank, Problems } from '../../kernel/validate.js';
import { fieldMessage } from '../../kernel/field-messages.js';

/** A question as written by the survey's author. */
export interface QuestionWrite {
  type: SurveyQuestionType;
  label: string;
  options?: readonly string[] | null;
  scaleMax?: number | null;
  required?: boolean | null;
}

/** A stored question, as the answer checks need it. */
export interface StoredQuestion {
  id: number;
  position: number;
  type: SurveyQuestionType;
  label: string;
  options: unknown;
  scaleMax: number | null;
  required: boolean;
}

/** One answer, question already decoded. */
export interface AnswerWrite {
  questionId: number;
  rating?: number | null;
  choice?: string | null;
  text?: string | null;
}

export const DEFAULT_SCALE = 5;
export const MAX_QUESTIONS = 50;
export const MAX_TEXT = 2000;
/** A text answer under the boundary policy: free text (line breaks allowed), no control character or lone surrogate. */
const TEXT_ANSWER = freeText(MAX_TEXT);

/**
 * Checks the questions of a survey (all problems at once) and returns the rows to store, positions 1..n. Rules:
 * 1 to 50 questions; a label of 1 to 300 characters; CHOICE: 2 to 20 distinct non-blank options; RATING: a scale
 * of 2 to 10 (default 5); at most one NPS question (its scale is fixed, 0 to 10); options and scale only where they
 * mean something.
 */
export function checkQuestions(p: Problems, questions: readonly QuestionWrite[]) {
  p.check(
    questions.length >= 1 && questions.length <= MAX_QUESTIONS,
    'questions',
    fieldMessage('QUESTION_COUNT', { min: 1, max: MAX_QUESTIONS }),
  );
  p.check(questions.filter((q) => q.type === 'NPS').length <= 1, 'questions', fieldMessage('ONE_NPS_QUESTION'));
  return questions.map((q, i) => {
    const at = (f: string) => `questions.${i}.${f}`;
    p.check(
      !isBlank(q.label) && q.label.trim().length <= 300,
      at('label'),
      fieldMessage('LABEL_LENGTH', { min: 1, max: 300 }),
    );
    const options = q.options?.map((o) => o.trim()) ?? null;
    if (q.type === 'CHOICE') {
      const ok =
        !!options &&
        options.length >= 2 &&
        options.length <= 20 &&
        options.every((o) => o.length > 0 && o.length <= 100);
      p.check(ok, at('options'), fieldMessage('CHOICE_OPTIONS'));
      p.check(!options || new Set(options).size === options.length, at('options'), fieldMessage('DISTINCT_OPTIONS'));
    } else {
      p.check(options === null, at('options'), fieldMessage('ONLY_FOR_QUESTION_TYPE', { type: 'CHOICE' }));
    }
    if (q.type === 'RATING') {
      p.check(
        q.scaleMax == null || (Number.isInteger(q.scaleMax) && q.scaleMax >= 2 && q.scaleMax <= 10),
        at('scaleMax'),
        fieldMessage('RATING_SCALE'),
      );
    } else {
      p.check(q.scaleMax == null, at('scaleMax'), fieldMessage('ONLY_FOR_QUESTION_TYPE', { type: 'RATING' }));
    }
    return {
      position: i + 1,
      type: q.type,
      label: q.label.trim(),
      options: q.type === 'CHOICE' ? (options ?? []) : undefined,
      scaleMax: q.type === 'RATING' ? (q.scaleMax ?? DEFAULT_SCALE) : null,
      required: q.required ?? true,
    };
  });
}

const optionsOf = (q: StoredQuestion): string[] => (Array.isArray(q.options) ? (q.options as string[]) : []);

/**
 * Checks a set of answers against the survey's questions (every problem at once, paths `answers.<i>.<field>`) and
 * returns the rows to store. RATING: an integer 1..scaleMax; NPS: 0..10; CHOICE: one of the options; TEXT: 1 to
 * 2000 characters, without control characters or invalid Unicode (lib/input-policy.ts, as on every other path); only the value of the question's type; each question at most once; every required question
 * answered.
 */
export function checkAnswers(p: Problems, questions: readonly StoredQuestion[], answers: readonly AnswerWrite[]) {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<number>();
  const rows: { questionId: number; rating: number | null; choice: string | null; text: string | null }[] = [];
  answers.forEach((a, i) => {
    const at = (f: string) => `answers.${i}.${f}`;
    const q = byId.get(a.questionId);
    if (!q) return void p.add(at('question'), fieldMessage('NOT_A_SURVEY_QUESTION'));
    if (seen.has(q.id)) return void p.add(at('question'), fieldMessage('ANSWERED_TWICE'));
    seen.add(q.id);
    const rating = a.rating ?? null;
    const choice = a.choice ?? null;
    const text = a.text?.trim() || null;
    const isRating = q.type === 'RATING' || q.type === 'NPS';
    p.check(isRating || rating === null, at('rating'), fieldMessage('NOT_FOR_QUESTION_TYPE', { type: q.type }));
    p.check(
      q.type === 'CHOICE' || choice === null,
      at('choice'),
      fieldMessage('NOT_FOR_QUESTION_TYPE', { type: q.type }),
    );
    p.check(q.type === 'TEXT' || a.text == null, at('text'), fieldMessage('NOT_FOR_QUESTION_TYPE', { type: q.type }));
    if (isRating) {
      const [min, max] = q.type === 'NPS' ? [0, 10] : [1, q.scaleMax ?? DEFAULT_SCALE];
      p.check(
        rating === null || (Number.isInteger(rating) && rating >= min && rating <= max),
        at('rating'),
        fieldMessage('INTEGER_RANGE', { min, max }),
      );
      if (rating === null) return;
    }
    if (q.type === 'CHOICE') {
      p.check(
        choice === null || optionsOf(q).includes(choice),
        at('choice'),
        fieldMessage('ONE_OF', { options: optionsOf(q).join(', ') }),
      );
      if (choice === null) return;
    }
    if (q.type === 'TEXT') {
      // The public route does not pass through the GraphQL input plugin: the same policy is applied here, for both.
      p.addIf(at('text'), text === null ? null : textProblem(text, TEXT_ANSWER));
      if (text === null) return;
    }
    rows.push({
      questionId: q.id,
      rating: isRating ? rating : null,
      choice: q.type === 'CHOICE' ? choice : null,
      text: q.type === 'TEXT' ? text : null,
    });
  });
  const answered = new Set(rows.map((r) => r.questionId));
  for (const q of questions)
    if (q.required && !answered.has(q.id))
      p.addPath(['answers'], fieldMessage('QUESTION_REQUIRED', { position: q.position, label: q.label }));
  return rows;
}
